import { describe, expect, it } from 'vitest';
import { parseInline } from '../../../src/annotations/inline/parse-inline.js';
import { toInline } from '../../../src/annotations/inline/to-inline.js';

const SOURCE = `---
id: r1
published: 2021-02-22
language: ar
timeZone: Asia/Damascus
---
تبنّى [[تنظيم “داعش”|Organization Perpetrator@e1 Claimant@e1 Perpetrator@e2 =wikidata:Q2429253"Islamic State"]] [[اغتيال|Assassination@e1+Claimed]] الناشطة [[سعدة|Person Victim@e1 "one of two victims"]] و[[هجوم|Attack@e2+Attempted @e2"foiled"]] على [[حاجز|Target@e2]] 😀 في [[ريف [[دير الزور|Location]]|Location Place@e1]].
`;

describe('parseInline', () => {
  const { value, issues } = parseInline(SOURCE, { file: 'r1.inline.md' });
  const doc = value[0]!;

  it('reads the front matter and removes the markup', () => {
    expect(issues).toEqual([]);
    expect(doc.id).toBe('r1');
    expect(doc.format).toBe('inline');
    expect(doc.metadata).toEqual({ published: '2021-02-22', language: 'ar', timeZone: 'Asia/Damascus' });
    expect(doc.text).toBe('تبنّى تنظيم “داعش” اغتيال الناشطة سعدة وهجوم على حاجز 😀 في ريف دير الزور.\n');
  });

  it('gives code point offsets into the text without markup, even after emoji', () => {
    for (const s of doc.spans) {
      const f = s.fragments[0]!;
      expect(Array.from(doc.text).slice(f.start, f.end).join('')).toBe(s.text);
    }
    expect(doc.spans.map((s) => [s.id, s.label, s.text])).toEqual([
      ['T1', 'Organization', 'تنظيم “داعش”'],
      ['T2', 'Assassination', 'اغتيال'],
      ['T3', 'Person', 'سعدة'],
      ['T4', 'Attack', 'هجوم'],
      ['T5', 'Target', 'حاجز'],
      ['T6', 'Location', 'ريف دير الزور'],
      ['T7', 'Location', 'دير الزور'],
    ]);
  });

  it('reads triggers, arguments, several events sharing a span, attributes, notes and normalisations', () => {
    expect(doc.events).toEqual([
      {
        id: 'e1',
        label: 'Assassination',
        trigger: 'T2',
        arguments: [
          { role: 'Perpetrator', target: 'T1' },
          { role: 'Claimant', target: 'T1' },
          { role: 'Victim', target: 'T3' },
          { role: 'Place', target: 'T6' },
        ],
      },
      { id: 'e2', label: 'Attack', trigger: 'T4', arguments: [{ role: 'Perpetrator', target: 'T1' }, { role: 'Target', target: 'T5' }] },
    ]);
    expect(doc.attributes).toEqual([
      { id: 'A1', name: 'Claimed', target: 'e1', value: true },
      { id: 'A2', name: 'Attempted', target: 'e2', value: true },
    ]);
    expect(doc.notes).toEqual([
      { id: '#1', target: 'T3', text: 'one of two victims' },
      { id: '#2', target: 'e2', text: 'foiled' },
    ]);
    expect(doc.normalizations).toEqual([{ id: 'N1', target: 'T1', db: 'wikidata', dbId: 'Q2429253', text: 'Islamic State' }]);
    expect(doc.equivalences).toEqual([]);
  });

  it('round-trips: read → write → read gives the same document', () => {
    const { value: written, issues: writeIssues } = toInline(doc);
    expect(writeIssues).toEqual([]);
    const again = parseInline(written, { file: 'r1.inline.md' });
    expect(again.issues).toEqual([]);
    expect(again.value[0]).toEqual(doc);
  });

  it('reads multi-valued attributes, relations, equivalences, discontinuous spans and escapes', () => {
    const src = 'A \\[[literal\\]] and [[North|Location #L1 Near>#T1 +Mention=Name]] and [[South|Location *Alias:x]] [[America|#L1]] [[Sud|Location *Alias:x]] pipe \\| back\\\\slash [[a\\|b|Odd\\ label]]';
    const r = parseInline(src);
    expect(r.issues).toEqual([]);
    const d = r.value[0]!;
    expect(d.text).toBe('A [[literal]] and North and South America Sud pipe | back\\slash a|b');
    expect(d.spans.map((s) => [s.id, s.label, s.text, s.fragments.length])).toEqual([
      ['L1', 'Location', 'North America', 2],
      ['T1', 'Location', 'South', 1],
      ['T2', 'Location', 'Sud', 1],
      ['T3', 'Odd label', 'a|b', 1],
    ]);
    expect(d.relations).toEqual([{ id: 'R1', label: 'Near', from: 'L1', to: 'T1', fromRole: 'Arg1', toRole: 'Arg2' }]);
    expect(d.attributes).toEqual([{ id: 'A1', name: 'Mention', target: 'L1', value: 'Name' }]);
    expect(d.equivalences).toEqual([{ id: '*1', label: 'Alias', members: ['T1', 'T2'] }]);
    const again = parseInline(toInline(d).value);
    expect(again.value[0]).toEqual({ ...d, id: 'document' });
  });

  it('keeps explicit ids of every form apart: numbered (small and huge), named, and automatic ones avoiding them', () => {
    const src = '[[a|#T3 Person]] [[b|Location]] [[c|#T70000 Person Near>#T3]] [[d|#x1 Person]] [[e|Location Near>#T70000]] [[f|#T3]] [[g|#T070 Person]]';
    const r = parseInline(src);
    expect(r.issues).toEqual([]);
    const d = r.value[0]!;
    expect(d.spans.map((s) => [s.id, s.text])).toEqual([
      ['T3', 'a f'],
      ['T1', 'b'],
      ['T70000', 'c'],
      ['x1', 'd'],
      ['T2', 'e'],
      ['T070', 'g'],
    ]);
    expect(d.relations.map((x) => [x.from, x.to])).toEqual([
      ['T70000', 'T3'],
      ['T2', 'T70000'],
    ]);
    expect(parseInline('[[a|#T2 Person]] [[b|Person Near>#T9]]').issues.map((i) => i.code)).toEqual(['undefined_reference']);
  });

  it('reads nested event arguments and labels the scheme does not know with !', () => {
    const src = '[[Wikinews|Organization Reporter-Arg@E2]] [[reported|!Report@E2]] that [[Google|Org-Arg@E1]] [[merged|!Merge-org@E1 Event-Arg@E2<@E1]].';
    const d = parseInline(src).value[0]!;
    expect(d.events).toEqual([
      { id: 'E2', label: 'Report', trigger: 'T2', arguments: [{ role: 'Reporter-Arg', target: 'T1' }, { role: 'Event-Arg', target: 'E1' }] },
      { id: 'E1', label: 'Merge-org', trigger: 'T4', arguments: [{ role: 'Org-Arg', target: 'T3' }] },
    ]);
  });

  it('uses the ACE 2005 preset when the front matter names it', () => {
    const d = parseInline('---\nscheme: ace2005\n---\n[[Rebels|Attacker@e1]] [[attacked|Conflict:Attack@e1]] [[Homs|GPE Place-Arg@e1]]').value[0]!;
    expect(d.events[0]).toEqual({ id: 'e1', label: 'Conflict:Attack', trigger: 'T2', arguments: [{ role: 'Attacker', target: 'T1' }, { role: 'Place-Arg', target: 'T3' }] });
    expect(d.metadata.scheme).toBe('ace2005');
  });

  it('keeps CRLF line endings and a BOM in the text', () => {
    const src = '\uFEFF---\r\nlanguage: en\r\n---\r\nLine one\r\n[[Idlib|Location]] 🔥\r\n';
    const r = parseInline(src);
    expect(r.issues).toEqual([]);
    const d = r.value[0]!;
    expect(d.text).toBe('\uFEFFLine one\r\nIdlib 🔥\r\n');
    expect(d.spans[0]?.fragments).toEqual([{ start: 11, end: 16 }]);
    expect(parseInline(toInline(d).value).value[0]).toEqual({ ...d, id: 'document' });
  });

  it('reports errors with file, line and column and keeps the rest', () => {
    const src = [
      '---',
      'published 2021',
      '---',
      'ok [[one|Person]] and [[two]] and [[three|+]]',
      '[[four|Victim@e9]] [[five|Person Victim@e1]] [[six|Assassination@e1 Assassination@e1]]',
      'stray ]] and [[unclosed',
      '[[seven|Person Near>#T99]] [[eight|Person Person2]] [[nine|Person @e7+X]]',
    ].join('\n');
    const { value, issues } = parseInline(src, { file: 'bad.inline.md' });
    const d = value[0]!;
    const found = issues.map((i) => [i.code, i.line, i.column, i.level]);
    expect(found).toEqual([
      ['invalid_front_matter', 2, 1, 'error'],
      ['missing_labels', 4, 23, 'error'],
      ['missing_label', 4, 35, 'error'],
      ['invalid_annotation', 4, 43, 'error'],
      ['event_without_trigger', 5, 8, 'error'],
      ['several_triggers', 5, 69, 'error'],
      ['unmatched_close', 6, 7, 'warning'],
      ['unclosed_span', 6, 14, 'error'],
      ['undefined_reference', 7, 16, 'error'],
      ['several_labels', 7, 43, 'error'],
      ['event_without_trigger', 7, 67, 'error'],
      ['reference_to_skipped', 7, 70, 'warning'],
    ]);
    expect(issues.every((i) => i.file === 'bad.inline.md' && i.document === 'document')).toBe(true);
    expect(d.text).toBe('ok one and two and three\nfour five six\nstray ]] and unclosed\nseven eight nine');
    expect(d.spans.map((s) => s.text)).toEqual(['one', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
    expect(d.events).toEqual([{ id: 'e1', label: 'Assassination', trigger: 'T5', arguments: [{ role: 'Victim', target: 'T4' }] }]);
  });
});
