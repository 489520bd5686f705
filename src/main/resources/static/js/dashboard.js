// Draws the dashboard's charts from the numbers the page already shows in its tables (data-* on
// each canvas); without JavaScript the tables carry everything.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var numbers = function (text) { return text ? text.split('|').map(Number) : []; };
  var targets = document.getElementById('targets-chart');
  if (targets) {
    new Chart(targets, {
      type: 'bar',
      data: {
        labels: targets.dataset.labels.split('|'),
        datasets: [
          { label: '%', data: numbers(targets.dataset.values), backgroundColor: '#0d6efd' },
          { label: 'Chỉ tiêu (%)', data: numbers(targets.dataset.goals), backgroundColor: '#adb5bd' }
        ]
      },
      options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, scales: { x: { min: 0, max: 100 } } }
    });
  }
  var meetings = document.getElementById('meetings-chart');
  if (meetings) {
    new Chart(meetings, {
      type: 'bar',
      data: {
        labels: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
        datasets: [{ label: 'Giao ban', data: numbers(meetings.dataset.values), backgroundColor: '#198754' }]
      },
      options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
});
