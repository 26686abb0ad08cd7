// The HTML caseload report's one script, plain JavaScript that needs no library: sorting the matrix by a column
// (within each trainee's group; the header's aria-sort says how) and filtering its rows by trainee, client or file,
// or to the notes with gaps. Without it the page still shows everything, and the cells' details still open (they
// are native popovers); the controls stay hidden then. It reads only the page, and sends nothing anywhere.
export const SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('matrix');
  if (!table) return;
  var controls = document.getElementById('controls');
  var filter = document.getElementById('filter');
  var gapsOnly = document.getElementById('gaps-only');
  var status = document.getElementById('shown');
  var isNote = function (r) { return r.classList.contains('note'); };
  var rows = [];
  for (var b = 0; b < table.tBodies.length; b++) rows = rows.concat([].slice.call(table.tBodies[b].rows).filter(isNote));
  controls.hidden = false;

  function apply() {
    var words = filter.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (r) {
      var text = r.getAttribute('data-find');
      var show = words.every(function (w) { return text.indexOf(w) >= 0; }) && (!gapsOnly.checked || r.getAttribute('data-gaps') !== '0');
      r.hidden = !show;
      if (show) n++;
    });
    [].forEach.call(table.tBodies, function (body) {
      body.hidden = ![].some.call(body.rows, function (r) { return isNote(r) && !r.hidden; });
    });
    status.textContent = n === rows.length ? 'Showing all ' + n + ' notes.' : 'Showing ' + n + ' of ' + rows.length + ' notes.';
  }
  filter.addEventListener('input', apply);
  gapsOnly.addEventListener('change', apply);

  var heads = [].slice.call(table.tHead.rows[0].cells);
  var sorted = -1;
  var direction = 1;
  function value(row, col) {
    var c = row.cells[col];
    var v = c.getAttribute('data-v');
    return v === null ? c.textContent.trim() : v;
  }
  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b);
  }
  table.tHead.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button.sort');
    if (!button) return;
    var col = heads.indexOf(button.closest('th'));
    direction = col === sorted ? -direction : 1;
    sorted = col;
    heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
    heads[col].setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
    [].forEach.call(table.tBodies, function (body) {
      var list = [].slice.call(body.rows).filter(isNote);
      list.sort(function (a, b) {
        return compare(value(a, col), value(b, col)) * direction || Number(a.getAttribute('data-i')) - Number(b.getAttribute('data-i'));
      });
      list.forEach(function (r) { body.appendChild(r); });
    });
    status.textContent = 'Sorted by ' + button.textContent.trim() + ', ' + (direction > 0 ? 'ascending' : 'descending') + '.';
  });
  apply();
})();
`;
