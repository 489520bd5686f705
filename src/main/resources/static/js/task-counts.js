// Fills the count badges of the task list once the list is on screen: counting every open task
// of the user's groups is the slow part of the page, so it does not hold the list back.
(function () {
  var script = document.getElementById('task-counts-script');
  if (!script || !window.fetch) { return; }
  // the server counts up to its limit and one more: more than the limit reads "1000+"
  var limit = parseInt(script.getAttribute('data-count-limit'), 10);
  function shown(value) { return limit && value > limit ? limit + '+' : value; }
  fetch(script.getAttribute('data-counts-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (counts) {
      if (!counts) { return; }
      document.querySelectorAll('[data-count]').forEach(function (element) {
        var value = counts[element.getAttribute('data-count')];
        if (value === undefined) { return; }
        // a language with a singular form gives it as data-template-one ("1 task", not "1 tasks")
        var template = value === 1 && element.getAttribute('data-template-one') || element.getAttribute('data-template');
        element.textContent = template ? template.replace('{0}', shown(value)) : shown(value);
      });
      document.querySelectorAll('[data-count-label]').forEach(function (option) {
        var value = counts[option.getAttribute('data-count-label')];
        if (value !== undefined) { option.textContent = option.textContent + ' (' + shown(value) + ')'; }
      });
    });
})();
