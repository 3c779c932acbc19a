// wxkit emulator phone page: a fake user's chat with an Official Account, driven through the control API.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const state = { appId: params.get('appId'), openid: params.get('openid'), seen: 0, subscribed: false,
    menu: [], dismissedOrders: new Set(), order: null };

  async function api(method, path, body) {
    // control POSTs must be JSON (the emulator refuses other types as cross-site attempts)
    const res = await fetch(path, { method, headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
      body: method === 'POST' ? JSON.stringify(body || {}) : undefined });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) { throw new Error((data && data.error) || ('HTTP ' + res.status)); }
    return data;
  }

  function status(text) { $('status').textContent = text || ''; }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function add(node) { $('chat').appendChild(node); $('chat').scrollTop = $('chat').scrollHeight; }

  function notice(text) { add(el('div', 'notice', text)); }

  function renderEntry(entry) {
    const type = entry.msgType;
    if (entry.kind === 'redpack') { renderRedPacket(entry); return; }
    if (entry.kind === 'transfer') { renderTransfer(entry); return; }
    if (entry.kind === 'refund') { renderRefund(entry); return; }
    if (type === 'text') { add(el('div', 'bubble them', entry.content)); return; }
    if (type === 'news' && entry.articles) { entry.articles.forEach(renderArticle); return; }
    if (type === 'template' || type === 'subscribe') { renderTemplate(entry); return; }
    if (type === 'music') { add(el('div', 'bubble them', '♪ ' + (entry.title || 'music'))); return; }
    add(el('div', 'bubble them', '[' + type + ']' + (entry.mediaId || entry.media_id ? ' ' + (entry.mediaId || entry.media_id) : '')));
  }

  function renderArticle(a) {
    const card = el('div', 'card');
    if (a.picUrl || a.picurl) { const img = el('img'); img.src = a.picUrl || a.picurl; img.alt = ''; card.appendChild(img); }
    card.appendChild(el('div', 'card-title', a.title || ''));
    card.appendChild(el('div', 'card-desc', a.description || ''));
    card.addEventListener('click', () => { if (a.url) { openWebview(a.url); } });
    add(card);
  }

  function renderTemplate(entry) {
    const card = el('div', 'template');
    card.appendChild(el('div', 't-head', entry.kind === 'subscribe' ? 'Subscription message' : 'Template message'));
    const data = entry.data || {};
    Object.keys(data).forEach((k) => {
      const row = el('div', 't-row');
      row.appendChild(el('span', 't-key', k));
      row.appendChild(el('span', 't-value', data[k] && data[k].value !== undefined ? String(data[k].value) : ''));
      card.appendChild(row);
    });
    const link = entry.url || entry.page;
    if (link) {
      const more = el('div', 't-link', 'View details');
      more.addEventListener('click', () => openWebview(link));
      card.appendChild(more);
    }
    add(card);
  }

  function yuan(fen) { return '¥' + (fen / 100).toFixed(2); }

  // Red packet (现金红包): the card stays closed until this user opens it; the emulator keeps who opened what,
  // so the merchant's gethbinfo answers RECEIVED afterwards and a reload shows the card opened.
  function renderRedPacket(entry) {
    const card = el('div', 'redpack');
    card.dataset.billno = entry.mchBillno;
    card.appendChild(el('div', 'rp-from', entry.sendName || ''));
    card.appendChild(el('div', 'rp-wishing', entry.wishing || ''));
    const action = el('button', 'rp-open', 'Open');
    action.type = 'button';
    card.appendChild(action);
    card.appendChild(el('div', 'rp-foot', 'WeChat Red Packet'));
    const q = '/emulator/redpacks/' + encodeURIComponent(entry.mchBillno) + '?mchId=' + encodeURIComponent(entry.mchId);
    const opened = (fen) => { card.classList.add('opened'); action.remove(); card.insertBefore(el('div', 'rp-amount', yuan(fen)), card.lastChild); };
    api('GET', q).then((p) => {
      const mine = (p.receivers || []).find((x) => x.openid === state.openid);
      if (mine) { opened(mine.amountFen); }
    }).catch((e) => status(e.message));
    action.addEventListener('click', async () => {
      try {
        const r = await api('POST', '/emulator/redpacks/' + encodeURIComponent(entry.mchBillno) + '/open?mchId='
          + encodeURIComponent(entry.mchId), { openid: state.openid });
        opened(r.amountFen);
      } catch (e) { notice(e.message); }
    });
    add(card);
  }

  // Merchant transfer awaiting the payee (商家转账 用户确认收款): confirm → SUCCESS, reject → CANCELLED; the
  // emulator then notifies the merchant's notify_url.
  function renderTransfer(entry) {
    const card = el('div', 'transfer');
    card.dataset.bill = entry.outBillNo;
    card.appendChild(el('div', 'tr-head', 'Transfer from merchant ' + entry.mchId));
    card.appendChild(el('div', 'tr-amount', yuan(entry.amountFen)));
    card.appendChild(el('div', 'tr-remark', entry.remark || ''));
    const buttons = el('div', 'tr-buttons');
    const confirm = el('button', 'tr-confirm', 'Confirm receipt');
    const reject = el('button', 'tr-reject', 'Decline');
    confirm.type = 'button';
    reject.type = 'button';
    buttons.appendChild(confirm);
    buttons.appendChild(reject);
    card.appendChild(buttons);
    const stateLine = el('div', 'tr-state', '');
    card.appendChild(stateLine);
    const base = '/emulator/transfers/' + encodeURIComponent(entry.outBillNo);
    const mch = '?mchId=' + encodeURIComponent(entry.mchId);
    const show = (bill) => {
      stateLine.textContent = bill.state;
      if (bill.state !== 'WAIT_USER_CONFIRM') { buttons.remove(); card.classList.add('answered'); }
    };
    api('GET', base + mch).then(show).catch((e) => status(e.message));
    const answer = async (verb) => {
      try { show(await api('POST', base + '/' + verb + mch, {})); } catch (e) { notice(e.message); }
    };
    confirm.addEventListener('click', () => answer('confirm'));
    reject.addEventListener('click', () => answer('reject'));
    add(card);
  }

  // Refund notice (退款通知) WeChat Pay puts in the payer's chat once a refund succeeds.
  function renderRefund(entry) {
    const card = el('div', 'template refund');
    card.appendChild(el('div', 't-head', 'Refund notice'));
    [['Amount', yuan(entry.refundFen)], ['Order', entry.description || entry.outTradeNo], ['Refund no.', entry.outRefundNo],
      ['To', entry.account || '']].forEach(([k, v]) => {
      const row = el('div', 't-row');
      row.appendChild(el('span', 't-key', k));
      row.appendChild(el('span', 't-value', v));
      card.appendChild(row);
    });
    add(card);
  }

  function showResult(result) {
    if (result && result.error) { notice('The account\'s server did not answer properly: ' + result.error); }
    return refreshInbox();
  }

  async function refreshInbox() {
    if (!state.openid) { return; }
    const inbox = await api('GET', '/emulator/users/' + encodeURIComponent(state.openid) + '/inbox');
    for (; state.seen < inbox.length; state.seen++) { renderEntry(inbox[state.seen]); }
  }

  async function refreshUser() {
    const u = await api('GET', '/emulator/users/' + encodeURIComponent(state.openid));
    state.subscribed = u.subscribed;
    $('follow-btn').textContent = u.subscribed ? 'Following' : 'Follow';
    $('follow-btn').classList.toggle('following', u.subscribed);
  }

  async function refreshMenu() {
    const m = await api('GET', '/emulator/users/' + encodeURIComponent(state.openid) + '/menu');
    const key = JSON.stringify(m.button);
    if (key === JSON.stringify(state.menu)) { return; }
    state.menu = m.button;
    const bar = $('menu-bar');
    bar.textContent = '';
    m.button.forEach((b) => {
      const btn = el('button', 'menu-btn', b.name);
      btn.type = 'button';
      if (b.key) { btn.dataset.key = b.key; }
      const subs = Array.isArray(b.sub_button) ? b.sub_button : [];
      btn.addEventListener('click', (ev) => subs.length ? openSubmenu(ev.currentTarget, subs) : tap(b));
      bar.appendChild(btn);
    });
  }

  function openSubmenu(anchor, subs) {
    const box = $('submenu');
    box.textContent = '';
    subs.forEach((s) => {
      const b = el('button', 'submenu-btn', s.name);
      b.type = 'button';
      if (s.key) { b.dataset.key = s.key; }
      b.addEventListener('click', () => { box.classList.add('hidden'); tap(s); });
      box.appendChild(b);
    });
    box.style.left = (anchor.offsetLeft + 4) + 'px';
    box.classList.toggle('hidden');
  }

  async function tap(button) {
    try {
      if (button.type === 'view') {
        const r = await api('POST', path('menu-click'), { url: button.url });
        openWebview(button.url);
        await showResult(r);
      } else if (button.key) {
        await showResult(await api('POST', path('menu-click'), { key: button.key }));
      } else {
        notice('This button (' + button.type + ') needs a real phone.');
      }
    } catch (e) { notice(e.message); }
  }

  function path(action) { return '/emulator/users/' + encodeURIComponent(state.openid) + '/' + action; }

  function openWebview(url) {
    let target = url;
    try {
      const u = new URL(url, location.href);
      if (u.pathname === '/connect/oauth2/authorize') {
        target = location.origin + u.pathname + u.search + '&emulator_openid=' + encodeURIComponent(state.openid);
      }
    } catch (e) { /* keep the url as given */ }
    $('webview-title').textContent = url;
    $('webview-frame').src = target;
    $('webview').classList.remove('hidden');
  }

  async function refreshOrders() {
    if (state.order) { return; }
    const orders = await api('GET', '/emulator/orders?openid=' + encodeURIComponent(state.openid));
    const pending = orders.find((o) => o.trade_state === 'NOTPAY' && !state.dismissedOrders.has(o.out_trade_no));
    if (!pending) { return; }
    state.order = pending;
    $('pay-desc').textContent = pending.description;
    $('pay-amount').textContent = '¥' + (pending.amount.total / 100).toFixed(2);
    $('pay-sheet').classList.remove('hidden');
  }

  async function pay() {
    const o = state.order;
    try {
      const r = await api('POST', '/emulator/orders/' + encodeURIComponent(o.out_trade_no) + '/pay?mchId='
        + encodeURIComponent(o.mchid), { openid: state.openid });
      notice('Paid ¥' + (o.amount.total / 100).toFixed(2) + (r.notified ? '' : ' (merchant not notified yet)'));
    } catch (e) { notice(e.message); }
    closeSheet(o);
  }

  function closeSheet(o) {
    state.dismissedOrders.add(o.out_trade_no);
    state.order = null;
    $('pay-sheet').classList.add('hidden');
  }

  async function poll() {
    if (!state.openid) { return; }
    try {
      await refreshUser();
      await refreshMenu();
      await refreshInbox();
      await refreshOrders();
      status('');
    } catch (e) { status(e.message); }
  }

  async function loadAccounts() {
    const accounts = await api('GET', '/emulator/accounts');
    const sel = $('account');
    sel.textContent = '';
    accounts.forEach((a) => { const o = el('option', '', a.appId); o.value = a.appId; sel.appendChild(o); });
    if (!state.appId && accounts.length) { state.appId = accounts[0].appId; }
    sel.value = state.appId || '';
    $('title').textContent = state.appId || 'No account — POST /emulator/accounts';
  }

  async function loadUsers() {
    if (!state.appId) { return; }
    const users = await api('GET', '/emulator/users?appId=' + encodeURIComponent(state.appId));
    const sel = $('user');
    sel.textContent = '';
    users.forEach((u) => { const o = el('option', '', u.nickname + ' · ' + u.openid); o.value = u.openid; sel.appendChild(o); });
    if (!state.openid && users.length) { state.openid = users[0].openid; }
    sel.value = state.openid || '';
  }

  function switchUser(openid) {
    state.openid = openid;
    state.seen = 0;
    state.menu = [];
    $('chat').textContent = '';
    poll();
  }

  function wire() {
    $('account').addEventListener('change', async (e) => { state.appId = e.target.value; state.openid = null;
      await loadUsers(); switchUser(state.openid); $('title').textContent = state.appId; });
    $('user').addEventListener('change', (e) => switchUser(e.target.value));
    $('new-user').addEventListener('click', async () => {
      const u = await api('POST', '/emulator/users', { appId: state.appId, nickname: 'User ' + Date.now() % 10000 });
      state.openid = u.openid;
      await loadUsers();
      switchUser(u.openid);
    });
    $('follow-btn').addEventListener('click', async () => {
      try {
        if (state.subscribed) { await api('POST', path('unfollow')); notice('You unfollowed the account.'); }
        else { await showResult(await api('POST', path('follow'), {})); }
      } catch (e) { notice(e.message); }
      poll();
    });
    $('keyboard-toggle').addEventListener('click', () => {
      $('menu-bar').classList.toggle('hidden');
      $('composer').classList.toggle('hidden');
    });
    $('composer').addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = $('input').value;
      if (!text) { return; }
      $('input').value = '';
      add(el('div', 'bubble me', text));
      try { await showResult(await api('POST', path('messages'), { type: 'text', content: text })); }
      catch (err) { notice(err.message); }
    });
    $('webview-close').addEventListener('click', () => { $('webview').classList.add('hidden'); $('webview-frame').src = 'about:blank'; });
    $('pay-confirm').addEventListener('click', pay);
    $('pay-cancel').addEventListener('click', () => closeSheet(state.order));
  }

  async function start() {
    wire();
    try { await loadAccounts(); await loadUsers(); } catch (e) { status(e.message); }
    await poll();
    setInterval(poll, 1500);
  }

  start();
}());
