// Inside WeChat: hand the server's signed parameters to WeChat Pay's cashier and reload when it closes.
// Elsewhere (the emulator, a desktop browser) the page's link opens the emulator's phone, whose pay sheet
// shows the same order. The order turns paid when WeChat Pay notifies the server, never because of this page.
(function () {
  'use strict';
  var node = document.getElementById('pay-params');
  if (!node) { return; }
  var params = JSON.parse(node.textContent);
  function invoke() {
    window.WeixinJSBridge.invoke('getBrandWCPayRequest', params, function () { location.href = location.pathname.replace(/\/pay$/, ''); });
  }
  if (window.WeixinJSBridge) {
    invoke();
  } else {
    document.addEventListener('WeixinJSBridgeReady', invoke, false);
  }
}());
