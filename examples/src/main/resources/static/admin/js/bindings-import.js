// A binding import's page: polls the job (read off the request thread) until it is done, refreshing the refused lines.
(function () {
  'use strict';
  var errors = document.getElementById('import-errors');
  wxkitJobProgress({
    prefix: 'import', every: 700,
    fields: {lines: 'lines', imported: 'imported', unchanged: 'unchanged', rejected: 'rejected', failure: 'failure'},
    render: function (p) {
      while (errors.rows.length > 1) { errors.deleteRow(1); }
      p.errors.forEach(function (e) {
        var row = errors.insertRow();
        row.insertCell().textContent = e.line;
        row.insertCell().textContent = e.reason;
      });
    },
    done: function (p) { return p.state !== 'running'; }
  });
})();
