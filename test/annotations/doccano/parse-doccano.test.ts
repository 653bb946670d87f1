import { describe, expect, it } from 'vitest';
import { parseDoccano } from '../../../src/annotations/doccano/parse-doccano.js';

describe('parseDoccano', () => {
  it('reads label tuples with UTF-16 offsets by default (issue #2290 example)', () => {
    const line = JSON.stringify({ id: 1, text: '👨🏻‍🚒 firemen drive firetrucks', label: [[22, 32, 'VEHICLE']], source: 'x' });
    const { value, issues } = parseDoccano(`${line}\n`);
    expect(issues).toEqual([]);
    const doc = value[0]!;
    expect(doc.id).toBe('1');
    expect(doc.sourceOffsetUnit).toBe('utf16');
    expect(doc.spans).toEqual([{ id: 'T1', label: 'VEHICLE', fragments: [{ start: 19, end: 29 }], text: 'firetrucks' }]);
    expect(doc.metadata).toEqual({ source: 'x' });
  });

  it('reads grapheme offsets when the project counted grapheme clusters (CRLF and emoji count one)', () => {
    const line = JSON.stringify({ text: '👨🏻‍🚒 at\r\nIdlib', labels: [[5, 10, 'LOC']] });
    const { value, issues } = parseDoccano(line, { offsetUnit: 'grapheme' });
    expect(issues).toEqual([]);
    expect(value[0]!.id).toBe('line-1');
    expect(value[0]!.spans[0]).toMatchObject({ text: 'Idlib', fragments: [{ start: 9, end: 14 }] });
  });

  it('reads entities objects and relations, comments and classification labels', () => {
    const line = JSON.stringify({
      id: 42,
      text: 'Rebels shelled Homs.',
      entities: [
        { id: 1662, label: 'Perpetrator', start_offset: 0, end_offset: 6 },
        { id: 1663, label: 'Shelling', start_offset: 7, end_offset: 14 },
        { id: 1664, label: 'Location', start_offset: 15, end_offset: 19 },
      ],
      relations: [
        { id: 5, from_id: 1663, to_id: 1662, type: 'Perpetrator' },
        { id: 6, from_id: 1663, to_id: 1664, type: 'Place' },
      ],
      Comments: ['check the date', { text: 'second source?' }],
      label: ['violent'],
    });
    const { value, issues } = parseDoccano(line);
    expect(issues).toEqual([]);
    const doc = value[0]!;
    expect(doc.spans.map((s) => [s.id, s.label, s.text])).toEqual([
      ['1662', 'Perpetrator', 'Rebels'],
      ['1663', 'Shelling', 'shelled'],
      ['1664', 'Location', 'Homs'],
    ]);
    expect(doc.relations).toEqual([
      { id: 'R5', label: 'Perpetrator', from: '1663', to: '1662' },
      { id: 'R6', label: 'Place', from: '1663', to: '1664' },
    ]);
    expect(doc.attributes).toEqual([{ id: 'A1', name: 'label', target: '', value: 'violent' }]);
    expect(doc.notes).toEqual([
      { id: '#1', target: '', text: 'check the date' },
      { id: '#2', target: '', text: 'second source?' },
    ]);
  });

  it('reads old entity tuples', () => {
    const { value } = parseDoccano(JSON.stringify({ text: 'In Homs', entities: [[3, 7, 'LOC']] }));
    expect(value[0]!.spans).toEqual([{ id: 'T1', label: 'LOC', fragments: [{ start: 3, end: 7 }], text: 'Homs' }]);
  });

  it('reports bad lines with file and line and reads the others', () => {
    const lines = [
      JSON.stringify({ id: 1, text: 'ok', label: [[0, 2, 'X']] }),
      '{"id": 2, "text": "broken',
      '',
      JSON.stringify({ id: 3, body: 'no text' }),
      JSON.stringify({ id: 4, text: '😀 in Homs', label: [[1, 3, 'X'], [3, 40, 'Y'], [4, 2, 'Z'], ['a', 2, 'W']] }),
      JSON.stringify({ id: 5, text: 'abc', entities: [{ id: 1, label: 'A', start_offset: 0, end_offset: 1 }], relations: [{ from_id: 1, to_id: 9, type: 'R' }] }),
      '[1, 2]',
    ].join('\r\n');
    const { value, issues } = parseDoccano(lines, { file: 'all.jsonl' });
    expect(value.map((d) => d.id)).toEqual(['1', '4', '5']);
    expect(issues.map((i) => [i.code, i.line, i.path.join('.')])).toEqual([
      ['invalid_json', 2, ''],
      ['missing_text', 4, 'text'],
      ['invalid_span', 5, 'label.3'],
      ['offset_not_on_boundary', 5, 'label.0'],
      ['offset_out_of_range', 5, 'label.1'],
      ['invalid_offset', 5, 'label.2'],
      ['undefined_reference', 6, 'relations.0.to_id'],
      ['invalid_record', 7, ''],
    ]);
    expect(issues.every((i) => i.file === 'all.jsonl')).toBe(true);
    expect(issues.find((i) => i.code === 'offset_not_on_boundary')!.message).toContain('code points');
  });
});
