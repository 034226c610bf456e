/* Draws the inbox charts from the JSON the page embeds; the tables next to them hold the same numbers. */
(function () {
  'use strict';
  var source = document.getElementById('chart-data');
  if (!source || typeof window.Chart === 'undefined') return;
  var data = JSON.parse(source.textContent);
  var palette = ['#2456c9', '#c2410c', '#15803d', '#a21caf', '#0e7490', '#b45309', '#4338ca', '#be123c', '#4d7c0f', '#0369a1', '#7c3aed', '#9f1239'];
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.Chart.defaults.animation = reduceMotion ? false : window.Chart.defaults.animation;
  window.Chart.defaults.maintainAspectRatio = false;

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) new window.Chart(canvas, config);
  }

  draw('chart-weekly', {
    type: 'bar',
    data: {
      labels: data.weekly.labels,
      datasets: data.weekly.series.map(function (s, i) {
        return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length] };
      }),
    },
    options: {
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.itemsLabel } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });

  draw('chart-top', {
    type: 'bar',
    data: { labels: data.top.labels, datasets: [{ label: data.itemsLabel, data: data.top.data, backgroundColor: palette[0] }] },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
  });

  draw('chart-sla', {
    type: 'bar',
    data: {
      labels: data.sla.labels,
      datasets: [
        { label: data.sla.ackLabel, data: data.sla.ack, backgroundColor: palette[0] },
        { label: data.sla.resolveLabel, data: data.sla.resolve, backgroundColor: palette[2] },
      ],
    },
    options: {
      scales: { y: { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + '%'; } } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
})();
