// A binding import's page: polls the job (read off the request thread) until it is done, refreshing the refused lines.
(function () {
  'use strict';
  var box = document.getElementById('import-job');
  if (!box) { return; }
  var bar = document.getElementById('import-progress');
  var set = function (id, v) { document.getElementById(id).textContent = v; };
  var errors = document.getElementById('import-errors');
  var showErrors = function (list) {
    while (errors.rows.length > 1) { errors.deleteRow(1); }
    list.forEach(function (e) {
      var row = errors.insertRow();
      row.insertCell().textContent = e.line;
      row.insertCell().textContent = e.reason;
    });
  };
  var poll = function () {
    fetch(box.dataset.progress, {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (p) {
        bar.firstElementChild.style.width = p.percent + '%';
        bar.setAttribute('aria-valuenow', p.percent);
        set('import-percent', p.percent + '%');
        set('import-state', p.state);
        set('import-lines', p.lines);
        set('import-imported', p.imported);
        set('import-unchanged', p.unchanged);
        set('import-rejected', p.rejected);
        set('import-failure', p.failure);
        showErrors(p.errors);
        if (p.state === 'running') { setTimeout(poll, 700); }
      });
  };
  poll();
})();
