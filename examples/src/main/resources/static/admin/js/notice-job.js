// A notice's page: polls the send (one template message per participant) until every recipient has an outcome.
(function () {
  'use strict';
  var table = document.getElementById('deliveries');
  wxkitJobProgress({
    prefix: 'notice', every: 700,
    fields: {sent: 'sent', total: 'total', notfollowers: 'notFollowers', failed: 'failed'},
    render: function (p) {
      while (table.rows.length > 1) { table.deleteRow(1); }
      p.deliveries.forEach(function (d) {
        var row = table.insertRow();
        row.id = 'delivery-' + d.openid;
        var code = document.createElement('code');
        code.textContent = d.openid;
        row.insertCell().appendChild(code);
        var status = row.insertCell();
        status.className = 'status';
        status.textContent = d.status;
        row.insertCell().textContent = d.detail;
      });
    },
    done: function (p) { return p.state === 'finished'; }
  });
})();
