// Nutrition day page: search the food table while typing. Only an enhancement: without this
// script the search form is an ordinary GET form and the results come with the page.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-food-search]');
    var results = document.getElementById('food-results');
    if (!form || !results || !window.fetch || !window.history) {
      return;
    }
    var input = form.querySelector('input[name="q"]');
    var url = form.getAttribute('data-results-url');
    var timer = null;
    var latest = 0;

    function search() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (query.length < 2) {
        return;
      }
      fetch(url + '?q=' + encodeURIComponent(query), {
        credentials: 'same-origin',
        headers: { 'Accept': 'text/html' }
      }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        // a slower answer to an older query must not replace a newer one
        if (html === null || ticket !== latest) {
          return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#food-results');
        if (fresh) {
          results.innerHTML = fresh.innerHTML;
          var address = new URL(window.location.href);
          address.searchParams.set('q', query);
          window.history.replaceState(null, '', address.pathname + address.search + '#add-food');
        }
      }).catch(function () {
        // keep the current results; the Search button still works
      });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(search, 250);
    });
  });
})();
