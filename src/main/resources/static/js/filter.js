/*
 * The comparison filter, faster: ticking a box shows the chosen rows at once and puts the same address in the
 * address bar that the form's GET submit would load. Without this script the form works as it is.
 * Adds a "copy link" button next to the link to the view, and keeps the view's downloads (CSV, JSON) on the same
 * filter. No framework, no request to anyone.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-filter]');
  if (!form || !window.URLSearchParams || !window.history || !history.replaceState) {
    return;
  }
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name=dimension]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.compare-table tbody tr[data-dimension]'));
  var status = form.querySelector('[data-status-template]');
  var viewLink = document.querySelector('a[data-copy-link]');
  var switches = Array.prototype.slice.call(document.querySelectorAll('.language-switch a[hreflang]'));
  var downloads = Array.prototype.slice.call(document.querySelectorAll('a[data-download]'));
  var path = new URL(form.action, location.href).pathname;
  var holder = viewLink && viewLink.closest('[data-copy-label]');
  var copyLabel = holder && holder.getAttribute('data-copy-label');
  var copyButton = null;

  /** path?dimension=…&lang=…, as the server writes its canonical links: dimensions in page order, then lang. */
  function address(chosen, lang, base) {
    var query = new URLSearchParams();
    chosen.forEach(function (key) { query.append('dimension', key); });
    if (lang) {
      query.append('lang', lang);
    }
    var text = query.toString();
    return (base || path) + (text ? '?' + text : '');
  }

  function apply() {
    var chosen = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    var all = chosen.length === 0 || chosen.length === boxes.length;
    if (all) {
      chosen = [];
    }
    rows.forEach(function (row) {
      row.hidden = !all && chosen.indexOf(row.getAttribute('data-dimension')) < 0;
    });
    history.replaceState(history.state, '', address(chosen, new URLSearchParams(location.search).get('lang')));
    if (status) {
      status.textContent = all ? '' : status.getAttribute('data-status-template')
          .replace('{0}', String(chosen.length)).replace('{1}', String(boxes.length));
    }
    if (viewLink) {
      viewLink.href = new URL(viewLink.href).origin + address(chosen, document.documentElement.lang);
      viewLink.textContent = viewLink.href;
    }
    switches.forEach(function (link) {
      link.href = address(chosen, link.getAttribute('hreflang'));
    });
    downloads.forEach(function (link) {
      link.href = address(chosen, document.documentElement.lang, new URL(link.href).pathname);
    });
    if (copyButton) {
      copyButton.textContent = copyLabel;
    }
  }

  boxes.forEach(function (box) { box.addEventListener('change', apply); });

  // "Link copied" stays until the view changes: the label says what the clipboard holds, not what happened lately.
  if (holder && navigator.clipboard && window.isSecureContext) {
    copyButton = document.createElement('button');
    copyButton.type = 'button';
    copyButton.className = 'button button--quiet copy-link';
    copyButton.textContent = copyLabel;
    copyButton.addEventListener('click', function () {
      navigator.clipboard.writeText(viewLink.href).then(function () {
        copyButton.textContent = holder.getAttribute('data-copied-label');
      });
    });
    holder.appendChild(copyButton);
  }
}());
