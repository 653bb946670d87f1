// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../../src/annotations/brat/parse-brat.js';
import { toBrat } from '../../../src/annotations/brat/to-brat.js';
import { type AnnotatedDocument, emptyDocument } from '../../../src/annotations/document.js';
import { parseInline } from '../../../src/annotations/inline/parse-inline.js';
import { toInline } from '../../../src/annotations/inline/to-inline.js';
import { sharedPath } from '../../helpers/shared.js';

const repoRoot = resolve(import.meta.dirname, '../../..');
const tutorial = sharedPath('reference-data/annotations/brat-tutorial-news');

/** What a document says, independent of the order and of generated ids of relations, attributes… */
function meaning(doc: AnnotatedDocument): unknown {
  const sort = <T>(xs: T[]): T[] => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const relId = new Map(doc.relations.map((r) => [r.id, `${r.label}:${r.from}>${r.to}`]));
  const ref = (id: string): string => relId.get(id) ?? id;
  return {
    text: doc.text,
    metadata: doc.metadata,
    spans: sort(doc.spans),
    events: sort(doc.events.map((e) => ({ ...e, arguments: sort(e.arguments) }))),
    relations: sort(doc.relations.map((r) => ({ ...r, id: '' }))),
    attributes: sort(doc.attributes.map((a) => ({ ...a, id: '', target: ref(a.target) }))),
    normalizations: sort(doc.normalizations.map((n) => ({ ...n, id: '', target: ref(n.target) }))),
    notes: sort(doc.notes.map((n) => ({ ...n, id: '', target: ref(n.target) }))),
    equivalences: sort(doc.equivalences.map((q) => ({ ...q, id: '', members: sort(q.members) }))),
  };
}

describe('toInline', () => {
  const names = readdirSync(tutorial).filter((f) => f.endsWith('.ann')).map((f) => f.slice(0, -4));

  it.each(names)('brat tutorial %s → inline → document says the same', (name) => {
    const text = readFileSync(resolve(tutorial, `${name}.txt`), 'utf8');
    const doc = parseBrat(text, readFileSync(resolve(tutorial, `${name}.ann`), 'utf8'), { id: name }).value[0]!;
    const { value: source, issues } = toInline(doc);
    expect(issues).toEqual([]);
    const back = parseInline(source);
    expect(back.issues).toEqual([]);
    expect(back.value[0]!.id).toBe(name);
    expect(meaning(back.value[0]!)).toEqual(meaning(doc));
    // And the inline reading is a fixed point of write → read.
    expect(parseInline(toInline(back.value[0]!).value).value[0]).toEqual(back.value[0]);
  });

  it('seed: brat → inline → brat gives back the .ann file byte for byte', () => {
    const dir = resolve(repoRoot, 'examples/seed');
    const text = readFileSync(resolve(dir, 'seed-report.txt'), 'utf8');
    const ann = readFileSync(resolve(dir, 'seed-report.ann'), 'utf8');
    const metadata = JSON.parse(readFileSync(resolve(dir, 'seed-report.meta.json'), 'utf8')) as Record<string, string>;
    const doc = parseBrat(text, ann, { id: 'seed-report', metadata }).value[0]!;
    const inline = toInline(doc);
    expect(inline.issues).toEqual([]);
    const back = parseInline(inline.value).value[0]!;
    expect({ ...back, format: 'brat' }).toEqual(doc);
    expect(toBrat(back).value).toBe(ann);
  });

  it('writes spans that cross each other as pieces with a shared id', () => {
    const doc = emptyDocument('x', 'Deir ez-Zor countryside attack', 'brat');
    doc.spans.push({ id: 'T1', label: 'Location', fragments: [{ start: 0, end: 23 }], text: 'Deir ez-Zor countryside' });
    doc.spans.push({ id: 'T2', label: 'Phrase', fragments: [{ start: 12, end: 30 }], text: 'countryside attack' });
    doc.spans.push({ id: 'T3', label: 'Empty', fragments: [{ start: 30, end: 30 }], text: '' });
    const { value } = toInline(doc);
    expect(value).toBe('---\nid: x\n---\n[[Deir ez-Zor [[countryside|#T2 Phrase]]|#T1 Location]][[ attack|#T2]][[|#T3 Empty]]');
    const back = parseInline(value);
    expect(back.issues).toEqual([]);
    expect(back.value[0]!.spans).toEqual(doc.spans);
  });

  it('escapes only what would read as markup', () => {
    const doc = emptyDocument('e', 'a [[b]] | c\\ [x] \\[ y|z', 'inline');
    doc.spans.push({ id: 'T1', label: 'L', fragments: [{ start: 20, end: 23 }], text: 'y|z' });
    const { value } = toInline(doc);
    expect(value).toBe('---\nid: e\n---\na \\[[b\\]] | c\\ [x] \\\\[ [[y\\|z|L]]');
    expect(parseInline(value).value[0]!.text).toBe(doc.text);
  });

  it('reports what the format cannot hold', () => {
    const doc = emptyDocument('ls', 'Rebels shelled Homs.', 'label-studio');
    doc.spans.push({ id: 'a', label: 'Organization', fragments: [{ start: 0, end: 6 }], text: 'Rebels' });
    doc.spans.push({ id: 'b', label: 'Shelling', fragments: [{ start: 7, end: 14 }], text: 'shelled' });
    doc.relations.push({ id: 'R1', label: 'Perpetrator', from: 'b', to: 'a', direction: 'right' });
    doc.attributes.push({ id: 'A1', name: 'relevant', target: '', value: 'yes' });
    const { value, issues } = toInline(doc);
    expect(issues.map((i) => i.code)).toEqual(['inline_relation_direction', 'inline_document_annotation']);
    expect(parseInline(value).value[0]!.relations).toEqual([{ id: 'R1', label: 'Perpetrator', from: 'b', to: 'a', fromRole: 'Arg1', toRole: 'Arg2' }]);
  });

  it('writes the scheme asked for and marks triggers it does not know', () => {
    const doc = emptyDocument('ace', 'Rebels attacked Homs and married.', 'brat');
    doc.spans.push({ id: 'T1', label: 'Attack', fragments: [{ start: 7, end: 15 }], text: 'attacked' });
    doc.spans.push({ id: 'T2', label: 'Marry', fragments: [{ start: 25, end: 32 }], text: 'married' });
    doc.events.push({ id: 'E1', label: 'Attack', trigger: 'T1', arguments: [] }, { id: 'E2', label: 'Marry', trigger: 'T2', arguments: [] });
    const { value } = toInline(doc, { scheme: 'ace2005' });
    expect(value).toContain('scheme: ace2005');
    expect(value).toContain('[[attacked|Attack@E1]]');
    expect(value).toContain('[[married|!Marry@E2]]');
    expect(parseInline(value).value[0]!.events.map((e) => e.label)).toEqual(['Attack', 'Marry']);
  });
});
