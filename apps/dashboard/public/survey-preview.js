/*
 * The survey form's live preview: while the admin types, the form is posted
 * to the preview endpoint (the same rendering the "Preview" button gives
 * without script) and the preview panel is swapped for the answer.
 */
(function () {
  'use strict';
  var form = document.getElementById('survey-form');
  var target = document.querySelector('[data-preview-target]');
  if (!form || !target || !window.fetch) return;
  var fieldset = form.querySelector('fieldset');
  if (fieldset && fieldset.disabled) return;
  var url = form.getAttribute('data-preview-url');
  var timer = null;
  var inFlight = null;
  var sequence = 0;

  function refresh() {
    var mine = ++sequence;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    var body = new URLSearchParams(new FormData(form));
    fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'x-preview': 'fragment' },
      signal: inFlight.signal,
    })
      .then(function (res) {
        return res.ok ? res.text() : null;
      })
      .then(function (html) {
        // Only the newest answer counts: an older one arriving late must not overwrite it.
        if (html === null || mine !== sequence) return;
        target.innerHTML = html;
        target.setAttribute('data-preview-version', String(mine));
      })
      .catch(function () {
        /* aborted or offline: the next keystroke tries again, and the Preview button still works */
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  var button = form.querySelector('[data-preview-button]');
  if (button) {
    button.addEventListener('click', function (e) {
      e.preventDefault();
      refresh();
    });
  }
})();
