// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to a form's error summary so screen-reader and keyboard users hear it first.
    var summary = document.querySelector('[data-focus-on-load]');
    if (summary) {
      summary.focus();
    }

    // Ask before destructive actions marked with data-confirm (the server asks again where it matters).
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    });
  });
})();
