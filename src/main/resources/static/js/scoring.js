// Draws the weekly-score trend from the table on the same page (the table stays the accessible
// source of the figures). Without JavaScript or Chart.js, only the table shows.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-score-chart]');
    if (!box || typeof window.Chart === 'undefined') {
      return;
    }
    var table = document.getElementById(box.getAttribute('data-score-chart'));
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-week]')).reverse();
    if (rows.length < 2) {
      return;
    }
    function series(name) {
      return rows.map(function (row) { return Number(row.getAttribute('data-' + name)); });
    }
    box.hidden = false;
    new window.Chart(box.querySelector('canvas'), {
      type: 'line',
      data: {
        labels: rows.map(function (row) { return row.getAttribute('data-week'); }),
        datasets: [
          { label: 'Total', data: series('total'), borderColor: '#0b4f6c', backgroundColor: '#0b4f6c', borderWidth: 3 },
          { label: 'Loading', data: series('loading'), borderColor: '#8a4b08', backgroundColor: '#8a4b08', borderDash: [6, 4] },
          { label: 'Nutrition', data: series('nutrition'), borderColor: '#2e6b30', backgroundColor: '#2e6b30', borderDash: [2, 3] }
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, title: { display: true, text: 'Score (out of 100)' } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
