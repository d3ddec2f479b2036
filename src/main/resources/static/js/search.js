/*
 * Suggestions under the header's search box as the reader types, following the WAI-ARIA combobox pattern: the input
 * is a combobox that controls a listbox; arrow keys move through the options, Enter opens the active one, Escape
 * closes the list. Without this script the box is a plain GET form to /search.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-search]');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var input = form.querySelector('input[name=q]');
  var label = document.getElementById(input.id + '-label');
  var address = form.getAttribute('data-suggest');
  var list = document.createElement('ul');
  list.id = input.id + '-options';
  list.className = 'site-search__options';
  list.setAttribute('role', 'listbox');
  if (label) {
    list.setAttribute('aria-labelledby', label.id);
  }
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var options = [];
  var active = -1;
  var asked = 0;

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    options.forEach(function (option) {
      option.setAttribute('aria-selected', 'false');
    });
  }

  function choose(index) {
    if (!options.length) {
      return;
    }
    active = (index + options.length) % options.length;
    options.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === active ? 'true' : 'false');
    });
    input.setAttribute('aria-activedescendant', options[active].id);
    if (options[active].scrollIntoView) {
      options[active].scrollIntoView({block: 'nearest'});
    }
  }

  function show(items) {
    list.textContent = '';
    options = items.map(function (item, i) {
      var option = document.createElement('li');
      option.id = list.id + '-' + i;
      option.className = 'site-search__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-url', item.url);
      option.setAttribute('data-kind', item.kind);
      option.textContent = item.label;
      option.addEventListener('mousedown', function (event) {
        event.preventDefault(); // keep the focus in the input
      });
      option.addEventListener('click', function () {
        window.location.assign(item.url);
      });
      list.appendChild(option);
      return option;
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (options.length) {
      open();
    } else {
      close();
    }
  }

  input.addEventListener('input', function () {
    var query = input.value.trim();
    var mine = ++asked;
    if (!query) {
      show([]);
      return;
    }
    var parameters = new URLSearchParams({q: query.slice(0, 200), lang: document.documentElement.lang});
    fetch(address + '?' + parameters.toString(), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (items) {
        if (mine === asked && document.activeElement === input) {
          show(Array.isArray(items) ? items : []);
        }
      })
      .catch(function () {
        if (mine === asked) {
          show([]);
        }
      });
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) {
        return;
      }
      event.preventDefault();
      open();
      choose(active < 0 ? (event.key === 'ArrowDown' ? 0 : -1) : active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      window.location.assign(options[active].getAttribute('data-url'));
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });

  input.addEventListener('blur', close);
})();
