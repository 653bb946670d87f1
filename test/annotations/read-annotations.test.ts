// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnnotations } from '../../src/annotations/read-annotations.js';
import { sharedPath } from '../helpers/shared.js';

const tutorial = sharedPath('reference-data/annotations/brat-tutorial-news');

describe('readAnnotations', () => {
  it('reads a brat folder with its annotation.conf: every pair, no errors', async () => {
    const { value, issues } = await readAnnotations(tutorial);
    expect(value).toHaveLength(13);
    expect(value.every((d) => d.format === 'brat')).toBe(true);
    expect(issues.filter((i) => i.level !== 'info')).toEqual([]);
    // README.md and the ACE configuration are not annotation files.
    expect(issues.map((i) => i.code)).toEqual(['skipped_file', 'skipped_file']);
    expect(value.map((d) => d.id)).toContain('000-introduction');
  });

  it('warns about undeclared types when the configuration does not fit', async () => {
    const { issues } = await readAnnotations(join(tutorial, '000-introduction.ann'), { bratConfig: join(tutorial, 'NIST-ACE-05.annotation.conf') });
    expect(issues.some((i) => i.code === 'undeclared_type' && i.message.includes('Transfer-money'))).toBe(true);
  });

  it('reads every format in one folder, with sidecar metadata and defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ann-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'Rebels shelled Homs.');
    writeFileSync(join(dir, 'a.ann'), 'T1\tShelling 7 14\tshelled\n');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2021-02-22', publisher: 'Wire' }));
    writeFileSync(join(dir, 'orphan.ann'), 'T1\tX 0 1\tx\n');
    writeFileSync(join(dir, 'lonely.txt'), 'No annotations here.');
    writeFileSync(join(dir, 'sub', 'ls.json'), JSON.stringify([{ id: 5, data: { text: 'In Idlib.' }, annotations: [{ result: [{ id: 'r', type: 'labels', value: { start: 3, end: 8, text: 'Idlib', labels: ['Location'] } }] }] }]));
    writeFileSync(join(dir, 'sub', 'dc.jsonl'), '{"id": 9, "text": "In Homs", "label": [[3, 7, "LOC"]]}\nnot json\n');
    writeFileSync(join(dir, 'sub', 'r.inline.md'), '---\nlanguage: ar\n---\n[[داعش|Organization]]');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    const { value, issues } = await readAnnotations(dir, { defaults: { timeZone: 'Asia/Damascus', language: 'en' } });
    expect(value.map((d) => [d.id, d.format])).toEqual([
      ['a', 'brat'],
      ['lonely', 'brat'],
      ['9', 'doccano'],
      ['5', 'label-studio'],
      ['r', 'inline'],
    ]);
    expect(value[0]!.metadata).toEqual({ published: '2021-02-22', publisher: 'Wire', timeZone: 'Asia/Damascus', language: 'en' });
    expect(value[4]!.metadata).toEqual({ language: 'ar', timeZone: 'Asia/Damascus' });
    expect(issues.map((i) => [i.code, i.level])).toEqual([
      ['warning', 'missing_partner'].reverse(),
      ['skipped_file', 'info'],
      ['error', 'missing_partner'].reverse(),
      ['invalid_json', 'error'],
    ]);
    expect(issues.find((i) => i.code === 'invalid_json')).toMatchObject({ line: 2, file: join(dir, 'sub', 'dc.jsonl') });
  });

  it('reports paths that do not exist and files of unknown format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ann-'));
    writeFileSync(join(dir, 'x.csv'), 'a,b\n');
    const { value, issues } = await readAnnotations([join(dir, 'missing.ann'), join(dir, 'x.csv')]);
    expect(value).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['unreadable_file', 'unknown_format']);
  });

  it('takes the format the caller gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ann-'));
    writeFileSync(join(dir, 'export.data'), '{"text": "😀 Homs", "label": [[2, 6, "LOC"]]}\n');
    const { value } = await readAnnotations(join(dir, 'export.data'), { format: 'doccano', offsetUnit: 'codepoint' });
    expect(value[0]!.spans[0]).toMatchObject({ text: 'Homs', fragments: [{ start: 2, end: 6 }] });
  });
});
