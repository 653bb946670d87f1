// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from '../../src/annotations/document.js';
import { readAnnotations } from '../../src/annotations/read-annotations.js';
import { DEFAULT_SCHEME } from '../../src/annotations/schemes/default-scheme.js';
import { interpretLabel, resolveRole } from '../../src/annotations/schemes/interpret.js';
import { sharedPath } from '../helpers/shared.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const seedDir = resolve(repoRoot, 'examples/seed');

/** The events of a document as type → role → argument texts, read through the default scheme. */
function eventsOf(doc: AnnotatedDocument): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  const text = (id: string): string => doc.spans.find((s) => s.id === id)?.text ?? '';
  for (const e of doc.events) {
    const type = interpretLabel(e.label, DEFAULT_SCHEME).value.event?.type ?? 'unknown';
    const roles: Record<string, string[]> = { trigger: [text(e.trigger)] };
    for (const a of e.arguments) {
      const span = doc.spans.find((s) => s.id === a.target);
      const role = resolveRole({ eventRole: a.role, eventLabel: e.label, ...(span !== undefined ? { spanLabel: span.label } : {}) }, DEFAULT_SCHEME).value?.role ?? `(${a.role})`;
      (roles[role] ??= []).push(text(a.target));
    }
    out[`${e.id} ${type}`] = roles;
  }
  return out;
}

describe('the annotated seed report', () => {
  it('copies the text byte for byte', () => {
    expect(readFileSync(resolve(seedDir, 'seed-report.txt'))).toEqual(readFileSync(sharedPath('seed/000_af08a84683ad50d3.txt')));
  });

  it('reads the brat and the inline annotation without issues, and they are the same document', async () => {
    const brat = await readAnnotations(resolve(seedDir, 'seed-report.ann'));
    const inline = await readAnnotations(resolve(seedDir, 'seed-report.inline.md'));
    expect(brat.issues).toEqual([]);
    expect(inline.issues).toEqual([]);
    const a = brat.value[0]!;
    const b = inline.value[0]!;
    expect({ ...b, file: '', format: 'brat' }).toEqual({ ...a, file: '' });
    expect(a.metadata).toMatchObject({ published: '2021-02-22', language: 'ar', timeZone: 'Asia/Damascus' });
    expect(a.metadata.publisher).toBeUndefined();
    expect(a.metadata.publisherNote).toContain('publisher unknown');
  });

  it('annotates the four events of the brief, and every label is known to the default scheme', async () => {
    const doc = (await readAnnotations(resolve(seedDir, 'seed-report.ann'))).value[0]!;
    expect(eventsOf(doc)).toEqual({
      'E2 attack': {
        trigger: ['استهدافهم'],
        target: ['قوات النظام السوري'],
        fatalities: ['العشرات'],
        time: ['خلال شهر فبراير الجاري'],
        perpetrator: ['التنظيم المتطرّف'],
        place: ['البادية السورية'],
      },
      'E1 assassination': {
        trigger: ['اغتيال'],
        perpetrator: ['تنظيم “داعش”'],
        claimant: ['تنظيم “داعش”'],
        '(Claimed)': ['تبنّى'],
        time: ['في شهر يناير الماضي'],
        victim: ['سعدة فيصل الهرماس', 'هند لطيف الخضير'],
        place: ['ريف مدينة دير الزور السورية'],
      },
      'E4 territory_change': {
        trigger: ['القضاء على'],
        actor: ['قوات سوريا الديمقراطية'],
        target: ['تنظيم “داعش”'],
        place: ['سوريا'],
        time: ['أواخر مارس من عام 2019'],
      },
      'E3 attack': {
        trigger: ['الهجوم'],
        perpetrator: ['التركي'],
        place: ['سوريا'],
        time: ['مطلع تشرين الأول/أكتوبر من عام 2019'],
      },
    });
    expect(doc.attributes).toEqual([{ id: 'A1', name: 'Claimed', target: 'E1', value: true }]);
    for (const s of doc.spans) expect(interpretLabel(s.label, DEFAULT_SCHEME).issues).toEqual([]);
    // The perpetrator of the Badia attacks is linked to ISIS by a normalisation and an equivalence.
    const perpetrator = doc.events.find((e) => e.id === 'E2')!.arguments.find((a) => a.role === 'Perpetrator')!.target;
    expect(doc.normalizations.find((n) => n.target === perpetrator)).toMatchObject({ db: 'wikidata', dbId: 'Q2429253' });
    expect(doc.equivalences[0]!.members).toContain(perpetrator);
    // The victims are described by the span the brief names.
    const described = doc.relations.filter((r) => r.label === 'Description').map((r) => doc.spans.find((s) => s.id === r.to)!.text);
    expect(described).toEqual(Array(2).fill('ناشطتان من المكون العربي في ريف مدينة دير الزور السورية، كانتا تعملان ضمن مجالس محلية'));
  });

  it('has an English companion in Label Studio with the same two events', async () => {
    const { value, issues } = await readAnnotations(resolve(repoRoot, 'examples/seed-en/seed-report-en.json'));
    expect(issues).toEqual([]);
    const doc = value[0]!;
    expect(doc.id).toBe('seed-report-en');
    expect(doc.metadata).toMatchObject({ published: '2021-02-23', language: 'en', publisher: 'conflict-events examples' });
    expect(doc.metadata.note).toContain('Written for the conflict-events examples');
    const text = (id: string): string => doc.spans.find((s) => s.id === id)!.text;
    const roles = (trigger: string): string[] =>
      doc.relations
        .filter((r) => r.from === trigger)
        .map((r) => `${resolveRole({ relationLabel: r.label, spanLabel: doc.spans.find((s) => s.id === r.to)!.label }, DEFAULT_SCHEME).value?.role ?? '?'}: ${text(r.to)}`);
    const assassination = doc.spans.find((s) => s.label === 'Assassination')!;
    expect(roles(assassination.id)).toEqual([
      'perpetrator: Islamic State',
      'claimant: Islamic State',
      'victim: Saada Faisal al-Hermas',
      'victim: Hind Latif al-Khudair',
      'time: In January',
      'place: the countryside of Deir ez-Zor',
    ]);
    expect(doc.attributes).toEqual([{ id: 'A1', name: 'modifiers', target: assassination.id, value: 'Claimed' }]);
    const attack = doc.spans.find((s) => s.label === 'Attack')!;
    expect(roles(attack.id)).toEqual(['target: Syrian regime forces', 'fatalities: dozens', 'time: this month', 'perpetrator: Islamic State', 'place: the Syrian desert']);
  });
});
