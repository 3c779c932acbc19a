// The menu editor's phone preview: redrawn from the form on every change (the server checks the limits again).
(function () {
  'use strict';
  var form = document.getElementById('menu-form');
  var bar = document.getElementById('pp-bar');
  var sub = document.getElementById('pp-sub');
  if (!form || !bar) { return; }
  var val = function (name) { var e = form.elements[name]; return e ? e.value.trim() : ''; };
  var bytes = function (s) { return new TextEncoder().encode(s).length; };
  function draw() {
    bar.textContent = '';
    sub.textContent = '';
    sub.className = 'pp-sub';
    for (var i = 0; i < 3; i++) {
      var name = val('t' + i + '.name');
      var type = val('t' + i + '.type');
      if (!name && !type) { continue; }
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = (type === 'sub' ? '≡ ' : '') + (name || '?');
      if (bytes(name) > 16) { b.className = 'too-long'; }
      (function (i, type) {
        b.addEventListener('click', function () {
          sub.textContent = '';
          if (type !== 'sub') { sub.className = 'pp-sub'; return; }
          for (var j = 0; j < 5; j++) {
            var n = val('t' + i + '.s' + j + '.name');
            if (!n) { continue; }
            var s = document.createElement('div');
            s.textContent = n;
            if (bytes(n) > 60) { s.className = 'too-long'; }
            sub.appendChild(s);
          }
          sub.className = 'pp-sub open';
          sub.style.left = (i * 33.3) + '%';
        });
      })(i, type);
      bar.appendChild(b);
    }
  }
  form.addEventListener('input', draw);
  form.addEventListener('change', draw);
  draw();
})();
