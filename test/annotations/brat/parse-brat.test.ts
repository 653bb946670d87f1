// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBratConfig } from '../../../src/annotations/brat/brat-config.js';
import { parseBrat, stripRoleNumber } from '../../../src/annotations/brat/parse-brat.js';
import { sharedPath } from '../../helpers/shared.js';

const tutorial = sharedPath('reference-data/annotations/brat-tutorial-news');
const read = (name: string): string => readFileSync(resolve(tutorial, name), 'utf8');

/** Counts .ann lines by their id prefix, independently of the parser. */
function countLines(ann: string): Record<string, number> {
  const counts: Record<string, number> = { T: 0, E: 0, R: 0, A: 0, N: 0, '#': 0, '*': 0 };
  for (const line of ann.split('\n')) {
    const first = line.charAt(0);
    if (line.trim() === '') continue;
    const key = first === 'M' ? 'A' : first;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('parseBrat on the brat tutorial (news)', () => {
  const names = readdirSync(tutorial)
    .filter((f) => f.endsWith('.ann'))
    .map((f) => f.slice(0, -4))
    .sort();
  const { value: config, issues: configIssues } = parseBratConfig(read('annotation.conf'), { file: 'annotation.conf' });

  it('finds all 13 documents and a clean annotation.conf', () => {
    expect(names).toHaveLength(13);
    expect(configIssues).toEqual([]);
  });

  it.each(names)('%s parses with no error and the counts of the file', (name) => {
    const ann = read(`${name}.ann`);
    const text = read(`${name}.txt`);
    const { value, issues } = parseBrat(text, ann, { id: name, file: `${name}.ann`, config });
    expect(issues.filter((i) => i.level !== 'info')).toEqual([]);
    expect(value).toHaveLength(1);
    const doc = value[0]!;
    const counts = countLines(ann);
    expect(doc.spans).toHaveLength(counts.T!);
    expect(doc.events).toHaveLength(counts.E!);
    expect(doc.relations).toHaveLength(counts.R!);
    expect(doc.attributes).toHaveLength(counts.A!);
    expect(doc.normalizations).toHaveLength(counts.N!);
    expect(doc.notes).toHaveLength(counts['#']!);
    expect(doc.equivalences).toHaveLength(counts['*']!);
    expect(doc.sourceOffsetUnit).toBe('codepoint');
    expect(doc.text).toBe(text);
    // Every span's text is the document's text at its offsets, and equals the T-line text.
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [id, , stored] = line.split('\t');
      const span = doc.spans.find((s) => s.id === id)!;
      expect(span.text).toBe(stored);
      expect(text.slice(span.fragments[0]!.start, span.fragments[0]!.end)).toBe(stored);
    }
  });

  it('reads 000-introduction in detail', () => {
    const { value } = parseBrat(read('000-introduction.txt'), read('000-introduction.ann'), { id: '000' });
    const doc = value[0]!;
    expect(doc.events[0]).toEqual({
      id: 'E1',
      label: 'Transfer-money',
      trigger: 'T3',
      arguments: [
        { role: 'Giver-Arg', target: 'T1' },
        { role: 'Money-Arg', target: 'T2' },
        { role: 'Beneficiary-Arg', target: 'T4' },
        { role: 'Recipient-Arg', target: 'T6' },
      ],
    });
    expect(doc.relations).toContainEqual({ id: 'R1', label: 'Family', from: 'T4', to: 'T5', fromRole: 'Arg1', toRole: 'Arg2' });
    expect(doc.attributes).toEqual([
      { id: 'A1', name: 'Mention', target: 'T4', value: 'Name' },
      { id: 'A2', name: 'Individual', target: 'T4', value: true },
      { id: 'A3', name: 'Mention', target: 'T5', value: 'Nominal' },
      { id: 'A4', name: 'Individual', target: 'T5', value: true },
      { id: 'A5', name: 'Confidence', target: 'E1', value: 'High' },
    ]);
    expect(doc.normalizations).toEqual([{ id: 'N1', target: 'T5', db: 'Wikipedia', dbId: '64488', text: 'Carlos Salinas de Gortari' }]);
    expect(doc.notes).toEqual([{ id: '#1', target: 'T2', text: '100000000 USD' }]);
  });

  it('strips the numbering of repeated roles (080) and keeps nested events (090)', () => {
    const merge = parseBrat(read('080-event-annotation.txt'), read('080-event-annotation.ann')).value[0]!;
    expect(merge.events.find((e) => e.id === 'E3')?.arguments.map((a) => a.role)).toEqual(['Org-Arg', 'Org-Arg', 'Org-Arg', 'Org-Arg']);
    const nested = parseBrat(read('090-event_structures.txt'), read('090-event_structures.ann')).value[0]!;
    expect(nested.events.find((e) => e.id === 'E2')?.arguments).toContainEqual({ role: 'Event-Arg', target: 'E1' });
    expect(nested.events.find((e) => e.id === 'E3')?.arguments).toContainEqual({ role: 'Event-Arg', target: 'E4' });
  });
});

describe('parseBrat', () => {
  it('reads discontinuous spans, old no-space texts, ids with a tail, M, equivalences and BioNLP normalisations', () => {
    const text = 'North and South America met in Damascus.';
    const ann = [
      'T1\tLocation 0 5;16 23\tNorth America',
      'T2a\tLocation 10 15;16 23\tSouthAmerica',
      'T3\tLocation 31 39\tDamascus',
      'T4\tMeeting 24 27\tmet',
      'E1\tMeeting:T4 Participant:T1 Participant2:T2a Place-Arg:T3',
      'M1\tNegation E1',
      '*\tEquiv T1 T2a',
      'N1\tReference Annotation:T3 Referent:GeoNames:170654',
      '',
    ].join('\n');
    const { value, issues } = parseBrat(text, ann, { id: 'd' });
    const doc = value[0]!;
    expect(doc.spans[0]).toEqual({ id: 'T1', label: 'Location', fragments: [{ start: 0, end: 5 }, { start: 16, end: 23 }], text: 'North America' });
    expect(doc.spans[1]?.id).toBe('T2a');
    expect(issues.map((i) => i.code)).toEqual(['legacy_discontinuous_text']);
    expect(doc.events[0]?.arguments.map((a) => a.role)).toEqual(['Participant', 'Participant', 'Place-Arg']);
    expect(doc.attributes).toEqual([{ id: 'M1', name: 'Negation', target: 'E1', value: true }]);
    expect(doc.equivalences).toEqual([{ id: '*1', label: 'Equiv', members: ['T1', 'T2a'] }]);
    expect(doc.normalizations).toEqual([{ id: 'N1', target: 'T3', db: 'GeoNames', dbId: '170654' }]);
  });

  it('detects UTF-16 offsets of older brat after emoji and converts them', () => {
    const text = '🔴 عاجل: اغتيال ناشطة في دير الزور';
    // UTF-16 offsets (🔴 is two units): "اغتيال" at 9..15, "دير الزور" at 25..34.
    const ann = 'T1\tAssassination 9 15\tاغتيال\nT2\tLocation 25 34\tدير الزور\n';
    const { value, issues } = parseBrat(text, ann, { id: 'tweet', file: 'tweet.ann' });
    const doc = value[0]!;
    expect(doc.sourceOffsetUnit).toBe('utf16');
    expect(issues.map((i) => i.code)).toEqual(['offset_unit_detected']);
    expect(doc.spans.map((s) => [s.fragments[0], s.text])).toEqual([
      [{ start: 8, end: 14 }, 'اغتيال'],
      [{ start: 24, end: 33 }, 'دير الزور'],
    ]);
  });

  it('keeps the BOM and CRLF of the text: offsets count them', () => {
    const text = '\uFEFFline one\r\nداعش';
    const { value, issues } = parseBrat(text, 'T1\tOrganization 11 15\tداعش\r\n', { id: 'crlf' });
    expect(issues).toEqual([]);
    expect(value[0]?.text).toBe(text);
    expect(value[0]?.spans[0]?.text).toBe('داعش');
  });

  it('reports bad lines with file and line and keeps the readable rest', () => {
    const text = 'Gunmen killed two activists in Idlib.';
    const ann = [
      'T1\tAttack 7 13\tkilled',
      'T2\tPerson 14 27\ttwo activists',
      'T3\tLocation 31 36\tAleppo',
      'T4\tLocation 31 99\tIdlib',
      'this line has no tab',
      'T5\tPerson 0 6\tGunmen',
      'E1\tAttack:T1 Victim:T2 Place:T3 Perpetrator:T9 Place2:T4',
      'R1\tLocated Arg1:T2',
      'A1\tClaimed E7',
      'T2\tPerson 0 6\tGunmen',
      'X1\tWhatever T1',
      'T6\tPerson 3 1\tx',
      '',
    ].join('\n');
    const { value, issues } = parseBrat(text, ann, { id: 'bad', file: 'bad.ann' });
    const doc = value[0]!;
    const byCode = (code: string) => issues.filter((i) => i.code === code);
    expect(byCode('span_text_mismatch')[0]).toMatchObject({ level: 'warning', file: 'bad.ann', line: 3, document: 'bad' });
    expect(byCode('span_text_mismatch')[0]?.message).toContain('"Aleppo"');
    expect(byCode('span_text_mismatch')[0]?.message).toContain('"Idlib"');
    expect(byCode('offset_out_of_range')[0]).toMatchObject({ level: 'error', line: 4 });
    expect(byCode('unparsed_line').map((i) => i.line)).toEqual([5, 8]);
    expect(byCode('undefined_reference').map((i) => [i.line, i.message.includes('T9') || i.message.includes('E7')])).toEqual([
      [7, true],
      [9, true],
    ]);
    expect(byCode('reference_to_skipped')[0]).toMatchObject({ line: 7 });
    expect(byCode('duplicate_id')[0]).toMatchObject({ line: 10 });
    expect(byCode('duplicate_id')[0]?.message).toContain('already used on line 2;');
    expect(byCode('unknown_annotation_kind')[0]).toMatchObject({ line: 11 });
    expect(byCode('invalid_offset')[0]).toMatchObject({ line: 12 });
    // The readable rest comes through: T1, T2, T3, T5; E1 without its broken arguments.
    expect(doc.spans.map((s) => s.id)).toEqual(['T1', 'T2', 'T3', 'T5']);
    expect(doc.events[0]?.arguments).toEqual([
      { role: 'Victim', target: 'T2' },
      { role: 'Place', target: 'T3' },
    ]);
    expect(doc.relations).toEqual([]);
    expect(doc.attributes).toEqual([]);
  });

  it('warns about event cycles', () => {
    const { issues } = parseBrat('a b', 'T1\tX 0 1\ta\nT2\tY 2 3\tb\nE1\tX:T1 Arg:E2\nE2\tY:T2 Arg:E1\n');
    expect(issues.map((i) => i.code)).toEqual(['event_cycle']);
  });

  it('checks types, roles and values against annotation.conf', () => {
    const conf = parseBratConfig('[entities]\nPerson\n!Place\n\tGPE\n[relations]\nLocated\tArg1:Person, Arg2:GPE\n[events]\nAttack\tAttacker-Arg?:Person, Place-Arg?:GPE\n[attributes]\nConfidence\tArg:<EVENT>, Value:High|Low\nNegation\tArg:<EVENT>\n').value;
    const text = 'Rebels attacked Homs.';
    const ann = 'T1\tPerson 0 6\tRebels\nT2\tAttack 7 15\tattacked\nT3\tGPE 16 20\tHoms\nT4\tPlace 16 20\tHoms\nE1\tAttack:T2 Attacker-Arg:T1 Target-Arg:T3\nA1\tConfidence E1 Medium\nA2\tNegation E1 Yes\nA3\tSpeculation E1\nR1\tNear Arg1:T1 Arg2:T3\n';
    const { issues } = parseBrat(text, ann, { id: 'c', config: conf });
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['abstract_type', 4],
      ['undeclared_role', 5],
      ['invalid_attribute_value', 6],
      ['invalid_attribute_value', 7],
      ['undeclared_type', 8],
      ['undeclared_type', 9],
    ]);
  });

  it('keeps a numbered role that annotation.conf declares', () => {
    expect(stripRoleNumber('Org2')).toBe('Org');
    expect(stripRoleNumber('Org2', new Set(['Org1', 'Org2']))).toBe('Org2');
    expect(stripRoleNumber('123')).toBe('123');
  });

  it('reads E and R lines whatever white space separates their parts', () => {
    const text = 'Rebels attacked Homs.';
    const spans = 'T1\tPerson 0 6\tRebels\nT2\tAttack 7 15\tattacked\nT3\tGPE 16 20\tHoms\n';
    const single = parseBrat(text, `${spans}E1\tAttack:T2 Attacker2:T1 Place:T3\nR1\tNear Arg1:T1 Arg2:T3\n`);
    const spaced = parseBrat(text, `${spans}E1\tAttack:T2  Attacker2:T1\u00a0Place:T3 \nR1\t Near  Arg1:T1 Arg2:T3\n`);
    expect(single.issues).toEqual([]);
    expect(spaced.issues).toEqual([]);
    expect(spaced.value[0]?.events).toEqual(single.value[0]?.events);
    expect(spaced.value[0]?.relations).toEqual(single.value[0]?.relations);
    expect(single.value[0]?.events[0]?.arguments).toEqual([
      { role: 'Attacker', target: 'T1' },
      { role: 'Place', target: 'T3' },
    ]);
  });

  it('names the first line of an id used three times, and does not take an unknown kind for a repeat', () => {
    const ann = 'T1\tPerson 0 1\ta\nX1\tWhatever\nT1\tPerson 0 1\ta\r\nX1\tWhatever\nT1\tPerson 2 3\tb\n';
    const { issues } = parseBrat('a b', ann);
    expect(issues.map((i) => [i.code, i.line, i.message.match(/line \d+/)?.[0] ?? ''])).toEqual([
      ['unknown_annotation_kind', 2, ''],
      ['duplicate_id', 3, 'line 1'],
      ['unknown_annotation_kind', 4, ''],
      ['duplicate_id', 5, 'line 1'],
    ]);
  });
});
