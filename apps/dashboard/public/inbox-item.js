/* The reply form's SMS hint: how many characters and SMS parts the text takes (the form works without it). */
(function () {
  'use strict';
  var body = document.getElementById('f-body');
  var hint = document.querySelector('[data-sms-hint]');
  if (!body || !hint) return;
  var template = hint.getAttribute('data-sms-hint');
  var original = hint.textContent;
  // GSM 03.38 basic set: 160 characters in one SMS, 153 per part; anything else (ą, ę, ł...) means UCS-2: 70 and 67.
  var gsm = /^[A-Za-z0-9 \r\n@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà^{}\\[~\]|€]*$/;

  function update() {
    var text = body.value;
    if (!text) {
      hint.textContent = original;
      return;
    }
    var length = Array.from(text).length;
    var plain = gsm.test(text);
    var single = plain ? 160 : 70;
    var part = plain ? 153 : 67;
    var parts = length <= single ? 1 : Math.ceil(length / part);
    hint.textContent = template.replace('{chars}', String(length)).replace('{parts}', String(parts));
  }
  body.addEventListener('input', update);
  update();
})();
