/**
 * The report's style sheet, inlined in the HTML.
 *
 * @example
 * ```ts
 * const head = `<style>${REPORT_CSS}</style>`;
 * ```
 */
export const REPORT_CSS = `
:root { color-scheme: light; --muted: #666; --line: #ddd; --warn: #f0a500; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif; color: #222; background: #fff; }
header { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0 0 6px; }
nav a { margin-right: 12px; }
main { padding: 8px 24px 32px; }
h2 { font-size: 18px; margin: 24px 0 8px; }
a { color: #1f5fa8; }
.muted { color: var(--muted); font-size: 12px; }
.nw { white-space: nowrap; }
.grid { display: flex; flex-wrap: wrap; gap: 16px 28px; align-items: flex-start; }
table { border-collapse: collapse; }
caption { text-align: start; font-weight: 600; padding: 4px 0; }
.counts td, .counts th { padding: 2px 8px 2px 0; border-bottom: 1px solid #f0f0f0; text-align: start; font-weight: normal; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
figure.chart { margin: 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
.issues { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; max-height: 320px; overflow: auto; padding-left: 18px; }
.issues .error { color: #b00020; }
.issues .warning { color: #8a5a00; }
.table-wrap { overflow-x: auto; }
table.events { width: 100%; font-size: 13px; }
table.events th { position: sticky; top: 0; background: #fafafa; text-align: start; border-bottom: 2px solid var(--line); padding: 6px; }
table.events td { vertical-align: top; border-bottom: 1px solid var(--line); padding: 6px; max-width: 360px; overflow-wrap: anywhere; }
table.events tr.disagree td:first-child { border-left: 4px solid var(--warn); }
table.events ul { margin: 0; padding-left: 16px; }
td.id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.field { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; background: #f3f3f3; padding: 0 3px; border-radius: 3px; }
.quote { background: #fff7d6; }
.tx.src { color: var(--muted); }
.dis li { color: #7a4a00; }
bdi.tx { unicode-bidi: isolate; }
.filters input[type=search] { width: 320px; max-width: 100%; }
details summary { cursor: pointer; color: var(--muted); font-size: 12px; }
`;

/**
 * The report's script, inlined: filters the events table by text and by disagreement.
 *
 * @example
 * ```ts
 * const tail = `<script>${REPORT_SCRIPT}</script>`;
 * ```
 */
export const REPORT_SCRIPT = `
(function () {
  var input = document.getElementById('filter');
  var only = document.getElementById('only-disagree');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#events-table tbody tr'));
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  function apply() {
    var q = input.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r, i) {
      var ok = (!q || texts[i].indexOf(q) >= 0) && (!only.checked || r.classList.contains('disagree'));
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' rows shown';
  }
  input.addEventListener('input', apply);
  only.addEventListener('change', apply);
  apply();
})();
`;
