// Draws each DEXA site's BMD over time from the data attributes of its .dexa-chart element. Only an
// enhancement: the table under each chart holds the same values and is always there.
(function () {
  'use strict';

  var DAY_MS = 24 * 60 * 60 * 1000;

  function list(element, name) {
    var value = element.getAttribute('data-' + name);
    return value ? value.split(',') : [];
  }

  function isoDate(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function draw(element) {
    var dates = list(element, 'dates');
    var bmd = list(element, 'bmd').map(Number);
    var comparable = list(element, 'comparable');
    if (dates.length === 0 || dates.length !== bmd.length) {
      return;
    }
    var times = dates.map(function (date) { return Date.parse(date + 'T00:00:00Z'); });
    var points = times.map(function (time, index) { return { x: time, y: bmd[index] }; });
    var first = times[0];
    var last = times[times.length - 1];
    var padding = Math.max((last - first) * 0.05, 30 * DAY_MS);
    var datasets = [];

    var low = element.getAttribute('data-band-low');
    var high = element.getAttribute('data-band-high');
    if (low && high) {
      var edge = function (value) {
        return [{ x: first - padding, y: Number(value) }, { x: last + padding, y: Number(value) }];
      };
      datasets.push({
        label: 'Baseline ± LSC', data: edge(high), borderColor: 'rgba(11, 79, 108, 0.5)', borderDash: [4, 4],
        borderWidth: 1, pointRadius: 0, fill: '+1', backgroundColor: 'rgba(11, 79, 108, 0.12)'
      });
      datasets.push({
        label: 'lower edge', data: edge(low), borderColor: 'rgba(11, 79, 108, 0.5)', borderDash: [4, 4],
        borderWidth: 1, pointRadius: 0, fill: false
      });
    }
    datasets.push({
      label: 'BMD (g/cm²)', data: points, borderColor: '#0b4f6c', backgroundColor: '#0b4f6c', borderWidth: 2,
      pointRadius: 5, pointHoverRadius: 7,
      pointStyle: comparable.map(function (value) { return value === 'false' ? 'triangle' : 'circle'; }),
      // a dashed line into a result that cannot be compared with the baseline: not a change in the bone
      segment: {
        borderDash: function (context) { return comparable[context.p1DataIndex] === 'false' ? [6, 4] : undefined; }
      }
    });

    var canvas = document.createElement('canvas');
    element.appendChild(canvas);
    new window.Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: {
            type: 'linear', min: first - padding, max: last + padding,
            ticks: { maxTicksLimit: 6, callback: function (value) { return isoDate(value); } }
          },
          y: { title: { display: true, text: 'BMD (g/cm²)' } }
        },
        plugins: {
          legend: { labels: { filter: function (item) { return item.text !== 'lower edge'; } } },
          tooltip: {
            callbacks: {
              title: function (items) { return isoDate(items[0].parsed.x); },
              label: function (item) { return item.dataset.label + ': ' + item.parsed.y.toFixed(3); }
            }
          }
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('.dexa-chart[data-dates]').forEach(draw);
  });
})();
