// Add and remove rows of the forms' dynamic lists (forms/fields.html, type 'dynamiclist'). A new row is a
// copy of the list's <template>; after every change the rows are numbered again from 0, so the names
// path[i].key and the ids stay unique and in screen order. Without this script the server-rendered rows
// are posted as they are, which the server accepts too (it reads the indices in ascending order).
(function () {
  'use strict';

  var TEMPLATE_INDEX = '__INDEX__';
  var ID_ATTRIBUTES = ['id', 'for', 'aria-describedby'];

  function rows(list) {
    return Array.prototype.slice.call(list.querySelector('[data-dynamic-list-items]').children)
      .filter(function (row) { return row.hasAttribute('data-dynamic-list-item'); });
  }

  function renameIds(value, from, to) {
    return value.split(' ').map(function (token) {
      return token.indexOf(from) === 0 ? to + token.substring(from.length) : token;
    }).join(' ');
  }

  function renumber(list) {
    var name = list.getAttribute('data-dynamic-list-name');
    var idBase = list.getAttribute('data-dynamic-list-id') + '-';
    rows(list).forEach(function (row, i) {
      var old = row.getAttribute('data-index');
      var index = String(i);
      row.querySelector('[data-dynamic-list-number]').textContent = String(i + 1);
      if (old === index) { return; }
      var fromName = name + '[' + old + '].';
      var toName = name + '[' + index + '].';
      row.querySelectorAll('[name]').forEach(function (element) {
        var value = element.getAttribute('name');
        if (value.indexOf(fromName) === 0) { element.setAttribute('name', toName + value.substring(fromName.length)); }
      });
      // Ids inside the row are the row's id plus "-" and the field's own part.
      ID_ATTRIBUTES.forEach(function (attribute) {
        row.querySelectorAll('[' + attribute + ']').forEach(function (element) {
          element.setAttribute(attribute, renameIds(element.getAttribute(attribute), idBase + old + '-', idBase + index + '-'));
        });
      });
      row.id = idBase + index;
      row.setAttribute('data-index', index);
    });
    update(list);
  }

  // The buttons mirror the server's limits, which stay the real check.
  function update(list) {
    var count = rows(list).length;
    var min = parseInt(list.getAttribute('data-min-items'), 10) || 0;
    var max = parseInt(list.getAttribute('data-max-items'), 10);
    var add = list.querySelector('[data-dynamic-list-add]');
    if (add) { add.disabled = !isNaN(max) && count >= max; }
    rows(list).forEach(function (row) {
      var remove = row.querySelector('[data-dynamic-list-remove]');
      if (remove) { remove.disabled = count <= min; }
    });
  }

  function addRow(list) {
    var template = list.querySelector('template[data-dynamic-list-template]');
    var row = template.content.firstElementChild.cloneNode(true);
    row.setAttribute('data-index', TEMPLATE_INDEX);
    row.querySelectorAll('[hidden][data-dynamic-list-remove]').forEach(function (button) { button.hidden = false; });
    list.querySelector('[data-dynamic-list-items]').appendChild(row);
    renumber(list);
    var first = row.querySelector('input, select, textarea');
    if (first) { first.focus(); }
  }

  function removeRow(list, row) {
    row.parentNode.removeChild(row);
    renumber(list);
    var add = list.querySelector('[data-dynamic-list-add]');
    if (add && !add.disabled) { add.focus(); }
  }

  document.querySelectorAll('[data-dynamic-list]').forEach(function (list) {
    if (!list.querySelector('template[data-dynamic-list-template]')) { return; }
    list.querySelectorAll('[data-dynamic-list-add], [data-dynamic-list-remove]').forEach(function (button) {
      if (!button.closest('template')) { button.hidden = false; }
    });
    list.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || !list.contains(button)) { return; }
      if (button.hasAttribute('data-dynamic-list-add')) {
        addRow(list);
      } else if (button.hasAttribute('data-dynamic-list-remove')) {
        removeRow(list, button.closest('[data-dynamic-list-item]'));
      }
    });
    update(list);
  });
})();
