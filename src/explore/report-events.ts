import type { ConflictEvent } from '../schema/event.js';
import type { Count } from '../schema/count.js';
import { escapeHtml as h, safeHttpUrl } from './html.js';

/** Text a reader may write in any script: isolated, with its direction taken from its first strong letter. */
function text(value: string, cls = 'tx'): string {
  return `<bdi dir="auto" class="${cls}">${h(value)}</bdi>`;
}

function dateCell(e: ConflictEvent): string {
  const { start, end, precision } = e.date;
  const range = start === undefined && end === undefined ? 'unknown' : start === end ? (start ?? '') : `${start ?? '…'} – ${end ?? '…'}`;
  const parts = [`<span class="nw">${h(range)}</span>`, `<span class="muted">${h(precision)}</span>`];
  if (e.date.text !== undefined) parts.push(text(e.date.text));
  return parts.join('<br>');
}

function placeCell(e: ConflictEvent): string {
  const l = e.location;
  const names = [l.name, l.admin2, l.admin1, l.country ?? l.iso3].filter((v, i, all): v is string => v !== undefined && all.indexOf(v) === i);
  const parts = names.length > 0 ? [text(names.join(', '))] : ['<span class="muted">unresolved</span>'];
  parts.push(`<span class="muted">${h(l.precision)}${l.point !== undefined ? ` · ${l.point.lat.toFixed(3)}, ${l.point.lon.toFixed(3)}` : ''}</span>`);
  if (l.text !== undefined) parts.push(text(l.text));
  return parts.join('<br>');
}

function actorsCell(e: ConflictEvent): string {
  if (e.actors.length === 0) return '<span class="muted">none</span>';
  return `<ul>${e.actors
    .map((a) => `<li>${text(a.name)} <span class="muted">${h(a.role)}${a.associated === true ? ' (assoc.)' : ''}${a.id !== undefined ? ` · ${h(a.id)}` : ''}</span>${a.text !== undefined && a.text !== a.name ? ` ${text(a.text, 'tx src')}` : ''}</li>`)
    .join('')}</ul>`;
}

function count(c: Count | undefined): string {
  if (c === undefined || (c.low === undefined && c.best === undefined && c.high === undefined)) {
    return c?.text !== undefined ? text(c.text) : '<span class="muted">–</span>';
  }
  const f = (n: number | undefined): string => (n === undefined ? '?' : String(n));
  const figures = c.low === c.best && c.best === c.high ? f(c.best) : `${f(c.low)} / ${f(c.best)} / ${f(c.high)}`;
  return `<span class="nw">${h(figures)}</span>${c.text !== undefined ? `<br>${text(c.text)}` : ''}`;
}

function sourcesCell(e: ConflictEvent): string {
  return `<ul>${e.sources
    .map((s) => {
      const url = safeHttpUrl(s.url);
      const label = s.publisher ?? s.document;
      const head = url !== undefined ? `<a href="${h(url)}" rel="noreferrer noopener">${text(label)}</a>` : text(label);
      const meta = [s.published, s.language, s.publisher !== undefined ? s.document : undefined].filter((v): v is string => v !== undefined);
      const rawUrl = url === undefined && s.url !== undefined ? `<br><span class="muted">${h(s.url)}</span>` : '';
      return `<li>${head}${meta.length > 0 ? ` <span class="muted">${h(meta.join(' · '))}</span>` : ''}${s.title !== undefined ? `<br>${text(s.title)}` : ''}${rawUrl}</li>`;
    })
    .join('')}</ul>`;
}

function evidenceCell(e: ConflictEvent): string {
  if (e.evidence.length === 0) return '<span class="muted">–</span>';
  return `<ul>${e.evidence
    .map((v) => `<li><span class="field">${h(v.field)}</span> ${text(v.text, 'tx quote')} <span class="muted">${h(v.document)} [${v.start}, ${v.end})</span></li>`)
    .join('')}</ul>`;
}

function disagreementsCell(e: ConflictEvent): string {
  if (e.disagreements === undefined || e.disagreements.length === 0) return '';
  return `<ul class="dis">${e.disagreements
    .map(
      (d) =>
        `<li><span class="field">${h(d.field)}</span>: ${d.values
          .map((v) => `${text(v.value === null ? 'none' : String(v.value))} <span class="muted">(${h(v.documents.join(', '))})</span>`)
          .join(' vs ')}${d.resolution !== undefined ? ` <span class="muted">→ ${h(d.resolution)}</span>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/**
 * The anchor id of an event's row in the report.
 *
 * @example
 * ```ts
 * eventAnchor('acled:SYR1234'); //=> 'event-acled:SYR1234'
 * ```
 */
export function eventAnchor(id: string): string {
  return `event-${id.replace(/\s/g, '_')}`;
}

/**
 * One row of the report's events table, as HTML: date, type, place, actors, fatalities, sources
 * (publisher, date, link), evidence spans (field, text, document and code-point offsets), and the
 * reports' disagreements. Every value is escaped; free text is isolated with `dir="auto"` so that
 * Arabic reads right to left inside its cell.
 *
 * @example
 * ```ts
 * const html = `<table><tbody>${events.map(eventRowHtml).join('')}</tbody></table>`;
 * ```
 */
export function eventRowHtml(e: ConflictEvent): string {
  const disagree = e.disagreements !== undefined && e.disagreements.length > 0;
  const type = `${h(e.type)}${e.subtype !== undefined ? `<br><span class="muted">${h(e.subtype)}</span>` : ''}`;
  const notes = e.notes !== undefined ? `<details><summary>notes</summary>${text(e.notes, 'tx notes')}</details>` : '';
  const merged = e.mergedFrom !== undefined && e.mergedFrom.length > 1 ? `<br><span class="muted">merged from ${e.mergedFrom.length}</span>` : '';
  return `<tr id="${h(eventAnchor(e.id))}"${disagree ? ' class="disagree"' : ''}><td class="id">${h(e.id)}${merged}</td><td>${dateCell(e)}</td><td>${type}</td><td>${placeCell(e)}</td><td>${actorsCell(e)}</td><td class="num">${count(e.fatalities)}</td><td>${sourcesCell(e)}</td><td>${evidenceCell(e)}${notes}</td><td>${disagreementsCell(e)}</td></tr>`;
}
