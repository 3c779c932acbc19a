// A mass send's page: polls the job's progress (fed by WeChat's MASSSENDJOBFINISH events) until it is done.
(function () {
  'use strict';
  var box = document.getElementById('mass-job');
  if (!box) { return; }
  var bar = document.getElementById('mass-progress');
  var set = function (id, v) { document.getElementById(id).textContent = v; };
  var timer = setInterval(function () {
    fetch(box.dataset.progress, {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (p) {
        bar.firstElementChild.style.width = p.percent + '%';
        bar.setAttribute('aria-valuenow', p.percent);
        set('mass-percent', p.percent + '%');
        set('mass-state', p.state);
        set('mass-sent', p.sent);
        set('mass-total', p.total);
        set('mass-errors', p.errors);
        set('mass-failure', p.failure);
        if (p.state === 'finished' || p.state === 'failed') { clearInterval(timer); }
      });
  }, 1000);
})();
