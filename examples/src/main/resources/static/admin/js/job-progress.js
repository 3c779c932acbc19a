// The console's long jobs (mass send, binding import, notice send): polls a job's progress JSON off the request
// thread and shows it, one request at a time, until the job says it is done. Each page's script says which
// fields it shows and when to stop; the bar, the percent and the state are the same on every job page.
window.wxkitJobProgress = function (o) {
  'use strict';
  var box = document.getElementById(o.prefix + '-job');
  if (!box) { return; }
  var bar = document.getElementById(o.prefix + '-progress');
  var set = function (id, v) { document.getElementById(o.prefix + '-' + id).textContent = v; };
  var poll = function () {
    fetch(box.dataset.progress, {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (p) {
        bar.firstElementChild.style.width = p.percent + '%';
        bar.setAttribute('aria-valuenow', p.percent);
        set('percent', p.percent + '%');
        set('state', p.state);
        Object.keys(o.fields).forEach(function (id) { set(id, p[o.fields[id]]); });
        if (o.render) { o.render(p); }
        if (!o.done(p)) { setTimeout(poll, o.every); }
      });
  };
  o.delayFirst ? setTimeout(poll, o.every) : poll();
};
