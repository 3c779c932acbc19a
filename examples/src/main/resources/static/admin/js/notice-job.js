// A notice's page: polls the send (one template message per participant) until every recipient has an outcome.
(function () {
  'use strict';
  var box = document.getElementById('notice-job');
  if (!box) { return; }
  var bar = document.getElementById('notice-progress');
  var set = function (id, v) { document.getElementById(id).textContent = v; };
  var table = document.getElementById('deliveries');
  var showDeliveries = function (list) {
    while (table.rows.length > 1) { table.deleteRow(1); }
    list.forEach(function (d) {
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
  };
  var poll = function () {
    fetch(box.dataset.progress, {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (p) {
        bar.firstElementChild.style.width = p.percent + '%';
        bar.setAttribute('aria-valuenow', p.percent);
        set('notice-percent', p.percent + '%');
        set('notice-state', p.state);
        set('notice-sent', p.sent);
        set('notice-total', p.total);
        set('notice-notfollowers', p.notFollowers);
        set('notice-failed', p.failed);
        showDeliveries(p.deliveries);
        if (p.state !== 'finished') { setTimeout(poll, 700); }
      });
  };
  poll();
})();
