import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/annotations/detect-format.js';

describe('detectFormat', () => {
  it('tells the formats apart by name and content', () => {
    expect(detectFormat('a.ann')).toBe('brat');
    expect(detectFormat('a.txt')).toBe('brat');
    expect(detectFormat('seed.inline.md')).toBe('inline');
    expect(detectFormat('a.meta.json', '{}')).toBeUndefined();
    expect(detectFormat('export.json', '[{"id": 1, "data": {"text": "x"}, "annotations": []}]')).toBe('label-studio');
    expect(detectFormat('export.json', '{"id": 1, "data": {"text": "x"}}')).toBe('label-studio');
    expect(detectFormat('min.json', '[{"id": 1, "text": "x", "label": [{"start": 0, "end": 1, "text": "x", "labels": ["A"]}]}]')).toBe('label-studio-min');
    expect(detectFormat('all.jsonl', '{"text": "x", "label": [[0, 1, "A"]]}\n{"text": "y", "label": []}\n')).toBe('doccano');
    expect(detectFormat('all.jsonl', '{"text": "x", "entities": [], "relations": []}')).toBe('doccano');
    expect(detectFormat('data.json', '[{"text": "x", "label": [[0, 1, "A"]]}]')).toBe('doccano');
    expect(detectFormat('notes.md', '---\nlanguage: ar\n---\nText')).toBe('inline');
    expect(detectFormat('notes.md', 'See [[داعش|Perpetrator@e1]].')).toBe('inline');
    expect(detectFormat('README.md', '# Title\n\nNothing to see.')).toBeUndefined();
    expect(detectFormat('weird.json', '{"hello": 1}')).toBeUndefined();
    expect(detectFormat('standoff', 'T1\tPerson 0 4\tJohn\n')).toBe('brat');
  });
});
