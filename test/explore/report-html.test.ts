import { describe, expect, test } from 'vitest';
import { mergeEvents } from '../../src/build/merge/index.js';
import { escapeHtml, safeHttpUrl } from '../../src/explore/html.js';
import { renderReport } from '../../src/explore/report-html.js';
import { issue } from '../../src/schema/issue.js';
import { event, twoReports } from './events.js';

describe('renderReport', () => {
  test('one self-contained page: inline style and SVG, nothing loaded from anywhere', async () => {
    const html = await renderReport(mergeEvents(twoReports()).value, { title: 'Deir ez-Zor <2021>', source: 'events.jsonl' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
    expect(html).toContain('<title>Deir ez-Zor &lt;2021&gt;</title>');
    // No external resource of any kind: no src=, no stylesheet links, no imports.
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(http/i);
    expect(html.match(/<svg\b/g)).toHaveLength(2);
    expect(html).toContain('<section id="timeline">');
    expect(html).toContain('<section id="map">');
  });

  test('event rows: sources with links, evidence spans with their fields, disagreements, Arabic isolated right to left, all escaped', async () => {
    const html = await renderReport(mergeEvents(twoReports()).value);
    const row = html.slice(html.indexOf('<tr id="event-'), html.indexOf('</tr>', html.indexOf('<tr id="event-')));
    expect(row).toContain('class="disagree"');
    expect(row).toContain('<a href="https://example.org/ar?x=1&amp;y=2" rel="noreferrer noopener"><bdi dir="auto" class="tx">Al Arabiya</bdi></a>');
    // A javascript: URL is shown as text, never as a link.
    expect(row).not.toContain('href="javascript:');
    expect(row).toContain('javascript:alert(1)');
    expect(row).toContain('Wire &lt;Agency&gt;');
    expect(row).toContain('<span class="field">type</span> <bdi dir="auto" class="tx quote">اغتيال</bdi> <span class="muted">alarabiya [40, 46)</span>');
    expect(row).toContain('three &lt;b&gt;activists&lt;/b&gt;');
    expect(row).toContain('<bdi dir="auto" class="tx">التحالف: فلول داعش لا تزال تشكل تهديدا</bdi>');
    expect(row).toMatch(/<span class="field">fatalities\.best<\/span>: <bdi dir="auto" class="tx">2<\/bdi> <span class="muted">\(alarabiya\)<\/span> vs <bdi dir="auto" class="tx">3<\/bdi>/);
    expect(row).toContain('merged from 2');
    expect(html).toContain('Disagreements between reports (1 event');
  });

  test('issues listed as file:line: level: message; the table capped with those that disagree first', async () => {
    const events = [...mergeEvents(twoReports()).value, ...Array.from({ length: 5 }, (_, i) => event({ id: `e${i}`, date: { start: `2020-0${i + 1}-01`, end: `2020-0${i + 1}-01`, precision: 'day' } }))];
    const issues = [issue('error', 'invalid_json', 'Unexpected token } in JSON', { file: 'a.jsonl', line: 3 }), issue('warning', 'x', '<b>bold</b>', { file: 'a.jsonl', line: 9 })];
    const html = await renderReport(events, { issues, maxEvents: 2 });
    expect(html).toContain('a.jsonl:3: error: Unexpected token } in JSON');
    expect(html).toContain('a.jsonl:9: warning: &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('Showing 2 of 6 events');
    const rows = html.match(/<tr id="event-[^"]+"/g) ?? [];
    expect(rows).toEqual(['<tr id="event-e0"', `<tr id="event-${mergeEvents(twoReports()).value[0]!.id}"`]);
    await expect(renderReport(events, { maxEvents: -1 })).rejects.toThrow(RangeError);
  });

  test('escaping helpers', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(safeHttpUrl('https://example.org/ü')).toBe('https://example.org/%C3%BC');
    expect(safeHttpUrl('data:text/html,x')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
