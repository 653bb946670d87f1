import { describe, expect, it } from 'vitest';
import { parseLabelStudio } from '../../../src/annotations/label-studio/parse-label-studio.js';

const TEXT = '🔴 Gunmen killed two activists in Deir ez-Zor.';
// Code points: 🔴 = 1; UTF-16: 🔴 = 2.
const region = (id: string, start: number, end: number, text: string, label: string) => ({
  id,
  from_name: 'label',
  to_name: 'text',
  type: 'labels',
  value: { start, end, text, labels: [label] },
});

function task(result: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id: 7,
    data: { text: TEXT, published: '2021-02-23', lang: 'en', source: 'wire' },
    annotations: [{ id: 70, was_cancelled: false, ground_truth: false, created_at: '2021-02-23T10:00:00Z', result }],
    predictions: [],
    ...extra,
  };
}

const CP = [
  region('g', 2, 8, 'Gunmen', 'Perpetrator'),
  region('k', 9, 15, 'killed', 'Attack'),
  region('v', 16, 29, 'two activists', 'Victim'),
  region('p', 33, 44, 'Deir ez-Zor', 'Location'),
  { id: 'k', from_name: 'modifiers', to_name: 'text', type: 'choices', value: { start: 9, end: 15, text: 'killed', choices: ['Claimed', 'Attempted'] } },
  { id: 'p', from_name: 'precision', to_name: 'text', type: 'textarea', value: { start: 33, end: 44, text: ['province'] } },
  { id: 'v', from_name: 'count', to_name: 'text', type: 'number', value: { start: 16, end: 29, text: 'two activists', number: 2 } },
  { from_id: 'k', to_id: 'g', type: 'relation', direction: 'right', labels: ['Perpetrator'] },
  { from_id: 'k', to_id: 'v', type: 'relation', direction: 'right', labels: [] },
  { from_id: 'p', to_id: 'k', type: 'relation', direction: 'left', labels: ['Place'] },
  { id: 'doc', from_name: 'relevance', to_name: 'text', type: 'choices', value: { choices: ['relevant'] } },
];

describe('parseLabelStudio', () => {
  it('reads regions, relations, per-region attributes and metadata (code points)', () => {
    const { value, issues } = parseLabelStudio(JSON.stringify([task(CP)]), { file: 'export.json', fields: { language: 'lang' } });
    expect(issues).toEqual([]);
    const doc = value[0]!;
    expect(doc.id).toBe('7');
    expect(doc.format).toBe('label-studio');
    expect(doc.sourceOffsetUnit).toBe('codepoint');
    expect(doc.metadata).toEqual({ published: '2021-02-23', language: 'en', source: 'wire' });
    expect(doc.spans.map((s) => [s.id, s.label, s.text])).toEqual([
      ['g', 'Perpetrator', 'Gunmen'],
      ['k', 'Attack', 'killed'],
      ['v', 'Victim', 'two activists'],
      ['p', 'Location', 'Deir ez-Zor'],
    ]);
    expect(doc.relations).toEqual([
      { id: 'R1', label: 'Perpetrator', from: 'k', to: 'g', direction: 'right' },
      { id: 'R2', label: '', from: 'k', to: 'v', direction: 'right' },
      { id: 'R3', label: 'Place', from: 'p', to: 'k', direction: 'left' },
    ]);
    expect(doc.attributes).toEqual([
      { id: 'A1', name: 'modifiers', target: 'k', value: 'Claimed' },
      { id: 'A2', name: 'modifiers', target: 'k', value: 'Attempted' },
      { id: 'A3', name: 'precision', target: 'p', value: 'province' },
      { id: 'A4', name: 'count', target: 'v', value: '2' },
      { id: 'A5', name: 'relevance', target: '', value: 'relevant' },
    ]);
  });

  it('detects 2021-era UTF-16 offsets through the stored region text', () => {
    // The same regions one unit further on: the 🔴 before them is two UTF-16 units.
    const utf16 = CP.map((r) => {
      if (!('value' in r)) return r;
      const v = r.value as { start?: number; end?: number };
      return v.start === undefined || v.end === undefined ? r : { ...r, value: { ...r.value, start: v.start + 1, end: v.end + 1 } };
    });
    const { value, issues } = parseLabelStudio([task(utf16)]);
    expect(issues.map((i) => i.code)).toEqual(['offset_unit_detected']);
    expect(value[0]!.sourceOffsetUnit).toBe('utf16');
    expect(value[0]!.spans.map((s) => [s.text, s.fragments[0]])).toEqual([
      ['Gunmen', { start: 2, end: 8 }],
      ['killed', { start: 9, end: 15 }],
      ['two activists', { start: 16, end: 29 }],
      ['Deir ez-Zor', { start: 33, end: 44 }],
    ]);
  });

  it('takes the ground truth, else the latest annotation that was not cancelled, and says so', () => {
    const t = task(CP);
    const annotations = [
      { id: 1, was_cancelled: false, ground_truth: false, updated_at: '2021-03-01T00:00:00Z', result: [region('a', 2, 8, 'Gunmen', 'Late')] },
      { id: 2, was_cancelled: true, updated_at: '2021-04-01T00:00:00Z', result: [region('a', 2, 8, 'Gunmen', 'Cancelled')] },
      { id: 3, was_cancelled: false, updated_at: '2021-02-01T00:00:00Z', result: [region('a', 2, 8, 'Gunmen', 'Early')] },
    ];
    const latest = parseLabelStudio([{ ...t, annotations }]);
    expect(latest.value[0]!.spans[0]!.label).toBe('Late');
    expect(latest.issues.map((i) => [i.code, i.level])).toEqual([['annotation_chosen', 'info']]);
    expect(latest.issues[0]!.message).toContain('the latest');
    const truth = parseLabelStudio([{ ...t, annotations: [...annotations, { id: 4, ground_truth: true, result: [region('a', 2, 8, 'Gunmen', 'Truth')] }] }]);
    expect(truth.value[0]!.spans[0]!.label).toBe('Truth');
    expect(truth.issues[0]!.message).toContain('ground truth');
    const all = parseLabelStudio([{ ...t, annotations }], { annotations: 'all' });
    expect(all.value.map((d) => [d.id, d.spans[0]!.label])).toEqual([
      ['7~1', 'Late'],
      ['7~3', 'Early'],
    ]);
  });

  it('reads predictions only when asked and there is no annotation', () => {
    const t = { ...task(CP), annotations: [], predictions: [{ model_version: 'v1', score: 0.4, result: [region('a', 2, 8, 'Gunmen', 'Low')] }, { score: 0.9, result: [region('a', 2, 8, 'Gunmen', 'High')] }] };
    const without = parseLabelStudio([t]);
    expect(without.value[0]!.spans).toEqual([]);
    expect(without.issues.map((i) => i.code)).toEqual(['no_annotations']);
    expect(without.issues[0]!.message).toContain('usePredictions');
    const withPredictions = parseLabelStudio([t], { usePredictions: true });
    expect(withPredictions.value[0]!.spans[0]!.label).toBe('High');
    expect(withPredictions.issues.map((i) => i.code)).toEqual(['prediction_used']);
  });

  it('makes one span per label of a region with several labels', () => {
    const r = { ...region('g', 2, 8, 'Gunmen', 'Perpetrator'), value: { start: 2, end: 8, text: 'Gunmen', labels: ['Perpetrator', 'Claimant'] } };
    const { value, issues } = parseLabelStudio([task([r, region('k', 9, 15, 'killed', 'Attack'), { from_id: 'k', to_id: 'g', type: 'relation', labels: ['arg'] }])]);
    expect(value[0]!.spans.map((s) => [s.id, s.label])).toEqual([
      ['g', 'Perpetrator'],
      ['k', 'Attack'],
      ['g~2', 'Claimant'],
    ]);
    expect(value[0]!.relations.map((x) => x.to)).toEqual(['g', 'g~2']);
    expect(issues.map((i) => i.code)).toEqual(['region_with_several_labels']);
  });

  it('reads JSON_MIN and warns that relations are lost', () => {
    const min = [{ id: 3, text: TEXT, label: [{ start: 2, end: 8, text: 'Gunmen', labels: ['Perpetrator'] }], annotator: 1, annotation_id: 9, updated_at: '2021-02-23T10:00:00Z' }];
    const { value, issues } = parseLabelStudio(min);
    expect(value[0]!.format).toBe('label-studio-min');
    expect(value[0]!.spans).toEqual([{ id: 'T1', label: 'Perpetrator', fragments: [{ start: 2, end: 8 }], text: 'Gunmen' }]);
    expect(value[0]!.metadata).toEqual({ annotator: 1, annotation_id: 9, updated_at: '2021-02-23T10:00:00Z' });
    expect(issues.map((i) => i.code)).toEqual(['json_min_relations_lost']);
  });

  it('reports bad input with its JSON path and reads the other tasks', () => {
    const bad = [
      { id: 1, data: { body: 'no text field' }, annotations: [] },
      'not a task',
      task([
        region('g', 2, 8, 'Gunmen', 'Perpetrator'),
        region('x', 40, 90, 'past the end', 'Location'),
        region('m', 9, 15, 'killing', 'Attack'),
        { id: 'h', type: 'hypertextlabels', value: { start: '/p[1]', end: '/p[1]', hypertextlabels: ['X'] } },
        { from_id: 'g', to_id: 'nowhere', type: 'relation', labels: ['Victim'] },
        { from_id: 'g', to_id: 'x', type: 'relation', labels: ['Place'] },
        { id: 'zz', type: 'mystery', value: { foo: {} } },
      ]),
    ];
    const { value, issues } = parseLabelStudio(JSON.stringify(bad), { file: 'bad.json' });
    expect(value.map((d) => d.id)).toEqual(['7']);
    expect(value[0]!.spans.map((s) => s.id)).toEqual(['g', 'm']);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['missing_text', '0.data.text'],
      ['invalid_task', '1'],
      ['unsupported_region', '2.annotations.0.result.3.value'],
      ['offset_out_of_range', '2.annotations.0.result.1.value'],
      ['span_text_mismatch', '2.annotations.0.result.2.value'],
      ['undefined_reference', '2.annotations.0.result.4.to_id'],
      ['reference_to_skipped', '2.annotations.0.result.5.to_id'],
      ['unsupported_result', '2.annotations.0.result.6'],
    ]);
    expect(issues.every((i) => i.file === 'bad.json')).toBe(true);
    expect(issues.find((i) => i.code === 'span_text_mismatch')!.message).toContain('"killing"');
  });

  it('reads the "completions" of exports from Label Studio before 1.0', () => {
    const old = [{ id: 9, data: { text: TEXT }, completions: [{ id: 90, result: [region('g', 2, 8, 'Gunmen', 'Perpetrator')] }] }];
    const { value, issues } = parseLabelStudio(old);
    expect(issues).toEqual([]);
    expect(value[0]!.spans.map((s) => s.text)).toEqual(['Gunmen']);
  });

  it('reports invalid JSON', () => {
    const { value, issues } = parseLabelStudio('[{"id": 1,', { file: 'x.json' });
    expect(value).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'invalid_json', level: 'error', file: 'x.json' });
  });
});
