// The wheel: draws its segments, asks the server for a draw and turns to the segment the server chose.
// The page never decides anything (without this script the form posts and the answer is the bare JSON).
(function () {
  'use strict';
  var canvas = document.getElementById('wheel');
  var form = document.getElementById('spin-form');
  var result = document.getElementById('result');
  if (!canvas || !form) { return; }
  var segments = canvas.getAttribute('data-segments').split('|');
  var colours = ['#f6c344', '#e8553e', '#4a90d9', '#5cb85c', '#9b59b6', '#f39c12', '#1abc9c', '#95a5a6'];
  var slice = 2 * Math.PI / segments.length;
  var turned = 0;

  function draw() {
    var ctx = canvas.getContext('2d');
    var r = canvas.width / 2;
    ctx.font = '15px "Noto Sans CJK SC", sans-serif';
    ctx.textAlign = 'center';
    segments.forEach(function (name, i) {
      // segment i starts at the top (12 o'clock) and runs clockwise
      var start = -Math.PI / 2 + i * slice;
      ctx.beginPath();
      ctx.moveTo(r, r);
      ctx.arc(r, r, r - 4, start, start + slice);
      ctx.closePath();
      ctx.fillStyle = i === segments.length - 1 ? '#dfe6e9' : colours[i % colours.length];
      ctx.fill();
      ctx.save();
      ctx.translate(r, r);
      ctx.rotate(start + slice / 2 + Math.PI / 2);
      ctx.fillStyle = '#222';
      ctx.fillText(name, 0, -r * 0.62);
      ctx.restore();
    });
  }

  function turnTo(segment) {
    var degrees = 360 / segments.length;
    // whole turns for show, then the segment's centre under the pointer at the top
    var target = 360 * 5 + (360 - (segment + 0.5) * degrees);
    turned = turned - (turned % 360) + target;
    canvas.style.transform = 'rotate(' + turned + 'deg)';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = document.getElementById('spin');
    button.disabled = true;
    result.textContent = '抽奖中…';
    result.className = 'result';
    fetch(form.action, { method: 'POST', body: new FormData(form), headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.error) {
          result.textContent = answer.error;
          result.className = 'result error';
          button.disabled = false;
          return;
        }
        turnTo(answer.segment);
        setTimeout(function () {
          result.textContent = answer.message;
          result.className = answer.won ? 'result won' : 'result';
          result.setAttribute('data-done', 'true');
          button.disabled = false;
        }, 3200);
      })
      .catch(function () {
        result.textContent = '网络错误，请重试。Network error, try again.';
        result.className = 'result error';
        button.disabled = false;
      });
  });
  draw();
}());
