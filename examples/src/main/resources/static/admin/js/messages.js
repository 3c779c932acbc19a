// Live updates for the message pages: polls the JSON feeds every 2 s and adds what is new (no reload).
(function () {
  'use strict';
  // Times show in China time (UTC+8, no daylight saving), as the server-rendered rows do.
  var fmt = function (iso) {
    var d = new Date(Date.parse(iso) + 8 * 3600 * 1000);
    var p = function (n) { return (n < 10 ? '0' : '') + n; };
    return p(d.getUTCMonth() + 1) + '-' + p(d.getUTCDate()) + ' ' + p(d.getUTCHours()) + ':' + p(d.getUTCMinutes()) + ':' + p(d.getUTCSeconds());
  };
  var cell = function (tr, text) { var td = document.createElement('td'); td.textContent = text; tr.appendChild(td); return td; };

  var table = document.getElementById('messages');
  if (table && table.dataset.live === 'true') {
    var last = Number(table.dataset.lastId || 0);
    var state = document.getElementById('live-state');
    setInterval(function () {
      fetch('/admin/messages/feed?after=' + last, {headers: {Accept: 'application/json'}})
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (rows) {
          state.textContent = 'live';
          var body = table.tBodies[0];
          var empty = body.querySelector('tr.empty');
          rows.forEach(function (m) {
            last = Math.max(last, m.id);
            if (empty) { empty.remove(); empty = null; }
            var tr = document.createElement('tr');
            tr.className = 'unhandled fresh';
            cell(tr, fmt(m.at));
            cell(tr, m.appId);
            var a = document.createElement('a');
            a.href = '/admin/messages/' + encodeURIComponent(m.appId) + '/' + encodeURIComponent(m.openid);
            a.className = 'open';
            a.textContent = m.openid;
            cell(tr, '').appendChild(a);
            var badge = document.createElement('span');
            badge.className = 'badge new';
            badge.textContent = m.event || m.msgType;
            cell(tr, '').appendChild(badge);
            cell(tr, m.summary);
            cell(tr, '待处理 open');
            body.insertBefore(tr, body.firstChild);
          });
        })
        .catch(function () { state.textContent = 'offline'; });
    }, 2000);
  }

  var convo = document.getElementById('conversation');
  if (convo) {
    var after = Number(convo.dataset.lastId || 0);
    convo.scrollTop = convo.scrollHeight;
    setInterval(function () {
      fetch(convo.dataset.feed + '?after=' + after, {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (rows) {
          rows.forEach(function (m) {
            if (convo.querySelector('[data-id="' + m.id + '"]')) { return; }
            after = Math.max(after, m.id);
            var b = document.createElement('div');
            b.className = 'bubble ' + (m.direction === 'in' ? 'in' : 'out');
            b.dataset.id = m.id;
            var meta = document.createElement('div');
            meta.className = 'meta';
            meta.textContent = fmt(m.at) + (m.direction === 'in' ? '' : ' · 客服 ' + m.sentBy);
            var text = document.createElement('div');
            text.className = 'text';
            text.textContent = m.summary;
            b.appendChild(meta);
            b.appendChild(text);
            convo.appendChild(b);
            convo.scrollTop = convo.scrollHeight;
          });
        });
    }, 2000);
  }
})();
