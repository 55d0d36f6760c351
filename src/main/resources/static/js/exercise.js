// Enhances the exercise session form; the form works the same without this file.
(function () {
  'use strict';

  function checkedType(form) {
    var checked = form.querySelector('input[name="type"]:checked');
    return checked ? checked.value : null;
  }

  // Show only the parts of the form that the chosen type of session uses.
  function showSectionsFor(form) {
    var type = checkedType(form);
    form.querySelectorAll('[data-for-types]').forEach(function (section) {
      var types = section.getAttribute('data-for-types').split(' ');
      section.hidden = type !== null && types.indexOf(type) < 0;
    });
  }

  // Rows are numbered in their field names (sets[3].reps); a copy of the last row gets the next number.
  function renumber(element, from, to) {
    ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
      var value = element.getAttribute(attribute);
      if (value) {
        element.setAttribute(attribute, value
          .replace('[' + from + ']', '[' + to + ']')
          .replace(new RegExp('^(sets|impacts)' + from + '(?=[a-zA-Z])'), '$1' + to));
      }
    });
  }

  function addRows(button, rowClass, howMany) {
    var tbody = button.closest('fieldset').querySelector('tbody');
    var first = null;
    for (var n = 0; n < howMany; n++) {
      var rows = tbody.querySelectorAll('tr.' + rowClass);
      var last = rows[rows.length - 1];
      var from = rows.length - 1;
      var copy = last.cloneNode(true);
      copy.querySelectorAll('.invalid-feedback').forEach(function (error) { error.remove(); });
      copy.querySelectorAll('[name], [id], label[for]').forEach(function (element) {
        renumber(element, from, from + 1);
        element.classList.remove('is-invalid');
        element.removeAttribute('aria-invalid');
        element.removeAttribute('aria-describedby');
        if (element.tagName === 'SELECT') {
          element.selectedIndex = 0;
        } else if (element.tagName === 'INPUT') {
          element.value = '';
        }
        if (element.tagName === 'LABEL') {
          element.textContent = element.textContent.replace(/\d+/, String(from + 2));
        }
      });
      var number = copy.querySelector('.row-number');
      if (number) {
        number.textContent = String(from + 2);
      }
      tbody.appendChild(copy);
      first = first || copy;
    }
    var control = first && first.querySelector('select, input');
    if (control) {
      control.focus();
    }
  }

  function showVestShare(form) {
    var input = form.querySelector('#vestLoad');
    var output = form.querySelector('.vest-share');
    var bodyWeight = parseFloat(form.getAttribute('data-body-weight'));
    if (!input || !output || !(bodyWeight > 0)) {
      return;
    }
    var update = function () {
      var load = parseFloat(String(input.value).replace(',', '.'));
      if (load > 0) {
        output.textContent = 'That is ' + Math.round(load * 100 / bodyWeight) + ' % of your latest body weight.';
        output.hidden = false;
      } else {
        output.hidden = true;
      }
    };
    input.addEventListener('input', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('session-form');
    if (!form) {
      return;
    }
    form.classList.add('js');
    showSectionsFor(form);
    form.querySelectorAll('input[name="type"]').forEach(function (radio) {
      radio.addEventListener('change', function () { showSectionsFor(form); });
    });
    form.querySelectorAll('[data-add-rows]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        event.preventDefault();
        addRows(button, button.getAttribute('data-add-rows'), button.getAttribute('data-add-rows') === 'set-row' ? 4 : 2);
      });
    });
    showVestShare(form);
  });
})();
