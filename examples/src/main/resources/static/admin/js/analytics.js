// The analytics dashboard's charts (ECharts from the WebJar), drawn from the JSON the page carries.
(function () {
  'use strict';
  var el = document.getElementById('analytics-data');
  if (!el || !window.echarts) { return; }
  var data = JSON.parse(el.textContent);
  var s = data.series;
  function chart(id, series) {
    var node = document.getElementById(id);
    var c = echarts.init(node);
    c.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 40, right: 40, top: 36, bottom: 28},
      xAxis: {type: 'category', data: data.days.map(function (d) { return d.substring(5); })},
      yAxis: [{type: 'value', minInterval: 1}, {type: 'value', minInterval: 1, splitLine: {show: false}}],
      series: series
    });
    node.dataset.rendered = 'true';
    window.addEventListener('resize', function () { c.resize(); });
  }
  chart('chart-followers', [
    {name: '新增 new', type: 'bar', data: s.wxNewUsers},
    {name: '取消 lost', type: 'bar', data: s.wxLostUsers},
    {name: '净增 net', type: 'line', data: s.wxNetUsers},
    {name: '累计 cumulative', type: 'line', yAxisIndex: 1, data: s.wxCumulateUsers}
  ]);
  chart('chart-messages', [
    {name: '微信统计 WeChat', type: 'bar', data: s.wxMessages},
    {name: '平台记录 platform', type: 'bar', data: s.ownMessages},
    {name: '关注 follows', type: 'line', data: s.ownFollows}
  ]);
  chart('chart-clicks', [
    {name: '菜单点击 menu clicks', type: 'bar', data: s.ownMenuClicks},
    {name: '模板消息 template sends', type: 'bar', data: s.ownTemplateSends}
  ]);
  // the modules' own series (absent when a module does not run here); sales travel in fen and show as yuan
  function present(list) { return list.filter(function (x) { return x.data; }); }
  if (document.getElementById('chart-modules')) {
    chart('chart-modules', present([
      {name: '投票 votes', type: 'bar', data: s.modVotes},
      {name: '抽奖 draws', type: 'bar', data: s.modDraws},
      {name: '中奖 wins', type: 'line', data: s.modWins},
      {name: '主题 threads', type: 'bar', data: s.modThreads},
      {name: '回复 replies', type: 'bar', data: s.modReplies},
      {name: '表单 submissions', type: 'bar', data: s.modSubmissions},
      {name: '新会员 members', type: 'line', data: s.modNewMembers}
    ]));
    chart('chart-shop', present([
      {name: '支付订单 orders paid', type: 'bar', data: s.modOrdersPaid},
      {name: '销售额 sales ¥', type: 'line', yAxisIndex: 1,
        data: s.modSalesFen && s.modSalesFen.map(function (fen) { return fen / 100; })}
    ]));
  }
  chart('chart-reads', [
    {name: '图文阅读 reads', type: 'line', areaStyle: {}, data: s.wxArticleReads}
  ]);
})();
