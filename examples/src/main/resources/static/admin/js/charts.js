// The module pages' charts (ECharts from the WebJar): every element with a data-chart attribute holds
// {categories: [...], series: [{name, type, values}]} (BarChart.json()) and becomes a chart; it gets
// data-rendered="true" once drawn, which the browser tests wait for.
(function () {
  'use strict';
  if (!window.echarts) { return; }
  document.querySelectorAll('[data-chart]').forEach(function (node) {
    var data = JSON.parse(node.getAttribute('data-chart'));
    var horizontal = node.getAttribute('data-horizontal') === 'true';
    var labels = {type: 'category', data: data.categories, axisLabel: {interval: 0, width: 110, overflow: 'truncate'}};
    var numbers = {type: 'value', minInterval: 1};
    var c = echarts.init(node);
    c.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: horizontal ? 120 : 50, right: 30, top: 36, bottom: 28},
      xAxis: horizontal ? numbers : labels,
      yAxis: horizontal ? labels : numbers,
      series: data.series.map(function (s) {
        return {name: s.name, type: s.type, data: s.values, label: {show: s.type === 'bar', position: horizontal ? 'right' : 'top',
          formatter: function (p) { return p.value ? p.value : ''; }}};
      })
    });
    node.dataset.rendered = 'true';
    window.addEventListener('resize', function () { c.resize(); });
  });
})();
