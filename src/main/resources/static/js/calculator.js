/*
 * A metric's calculator, instant: the same arithmetic and rounding as the server (Calculator.java) as the reader
 * types, and the address updated to what the form would load. Without this script the form works as it is.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-calculator]');
  if (!form || !window.URLSearchParams || !history.replaceState) {
    return;
  }
  var kind = form.getAttribute('data-kind');
  var inputs = Array.prototype.slice.call(form.querySelectorAll('input[name]'));
  var output = form.querySelector('output');

  function number(text) {
    text = text.trim();
    if (!/^[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?$/i.test(text) || text.length > 30) {
      return null;
    }
    var value = Number(text);
    return isFinite(value) && value >= 0 && value < 1e15 ? value : null;
  }

  function format(value, decimals) {
    var factor = Math.pow(10, decimals);
    var rounded = Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
    return String(rounded === 0 ? 0 : rounded);
  }

  function compute() {
    var values = inputs.map(function (input) { return number(input.value); });
    if (values.some(function (v) { return v === null; })) {
      return '';
    }
    var last = values[values.length - 1];
    if (kind === 'share') {
      return last === 0 ? '' : format(values[0] * 100 / last, 1);
    }
    if (kind === 'difference') {
      return format(values[0] - values[1], 2);
    }
    if (last === 0) {
      return '';
    }
    if (kind === 'ratio') {
      return format(values[0] / last, 2);
    }
    var sum = values.slice(0, -1).reduce(function (a, b) { return a + b; }, 0);
    return format(sum / last, 2);
  }

  function update() {
    output.textContent = compute();
    var query = new URLSearchParams();
    inputs.forEach(function (input) { query.append(input.name, input.value); });
    history.replaceState(history.state, '', form.getAttribute('action') + '?' + query.toString());
  }

  inputs.forEach(function (input) { input.addEventListener('input', update); });
}());
