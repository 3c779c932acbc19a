// The customer-service page: fetch the conversation every 3 s and append the lines not shown yet (staff answers).
(function () {
  'use strict';
  const chat = document.getElementById('kf-chat');
  if (!chat) { return; }
  const url = chat.dataset.poll;
  function shown() {
    return new Set(Array.from(chat.querySelectorAll('[data-id]')).map((li) => li.dataset.id));
  }
  async function poll() {
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!res.ok) { return; }
      const seen = shown();
      (await res.json()).forEach((m) => {
        if (seen.has(String(m.id))) { return; }
        const li = document.createElement('li');
        li.className = 'kf-line kf-' + m.sender;
        li.dataset.id = m.id;
        const span = document.createElement('span');
        span.className = 'kf-text';
        span.textContent = m.content;
        li.appendChild(span);
        chat.appendChild(li);
      });
    } catch (e) { /* offline for a moment: try again on the next tick */ }
  }
  setInterval(poll, 3000);
})();
