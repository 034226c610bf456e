/*
 * Draws the overview's charts from the chart.js configurations the page
 * embeds (#chart-data, keyed by canvas id). The tables under each canvas
 * hold the same figures, so without script nothing is lost.
 */
(function () {
  'use strict';
  var source = document.getElementById('chart-data');
  if (!source || typeof window.Chart === 'undefined') return;
  var charts = JSON.parse(source.textContent);
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (reduceMotion) window.Chart.defaults.animation = false;
  window.Chart.defaults.maintainAspectRatio = false;
  window.Chart.defaults.color = '#374151';
  var locale = document.documentElement.lang || 'en';
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  Object.keys(charts).forEach(function (id) {
    var canvas = document.getElementById(id);
    if (!canvas) return;
    var config = charts[id];
    config.options = config.options || {};
    config.options.locale = locale;
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.tooltip = {
      callbacks: {
        label: function (ctx) {
          var v = ctx.raw;
          var text = Array.isArray(v) ? number.format(v[0]) + ' – ' + number.format(v[1]) : v === null ? '—' : number.format(v);
          return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') + text;
        },
      },
    };
    new window.Chart(canvas, config);
  });
})();
