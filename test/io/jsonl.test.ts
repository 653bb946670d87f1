import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonl, readJsonl, streamJsonl } from '../../src/io/from-jsonl.js';
import { toJsonl, writeJsonl } from '../../src/io/to-jsonl.js';
import type { ConflictEvent } from '../../src/schema/event.js';
import { formatIssue } from '../../src/schema/issue.js';
import { expectGolden, fixtureEvents, plain, tempDir } from './helpers.js';
import { syntheticEvents } from './synthetic-events.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

describe('toJsonl / writeJsonl', () => {
  it('writes one schema-shaped event per line (golden file)', () => {
    const { value, issues } = toJsonl(fixtureEvents());
    expect(issues).toEqual([]);
    expectGolden('events.jsonl', value);
    expect(value.split('\n')).toHaveLength(6);
  });

  it('drops fields the schema does not have, and leaves out invalid events with issues', () => {
    const [first] = fixtureEvents();
    const extended = { ...first!, confidence: 0.9, location: { ...first!.location, osm: 'node/1' } } as ConflictEvent;
    const invalid = { ...first!, id: 'ev-bad', date: { start: '2019-02-30', end: '2019-02-30', precision: 'day' } } as ConflictEvent;
    const { value, issues } = toJsonl([extended, invalid]);
    const lines = value.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!);
    expect(json.confidence).toBeUndefined();
    expect(json.location.osm).toBeUndefined();
    expect(Object.keys(json)).toEqual(Object.keys(plain(first!)));
    expect(issues).toMatchObject([
      { level: 'error', code: 'invalid_format', event: 'ev-bad', path: [1, 'date', 'start'] },
      { level: 'error', code: 'invalid_format', event: 'ev-bad', path: [1, 'date', 'end'] },
    ]);
    expect(toJsonl([extended], { validate: false }).value).toContain('"confidence":0.9');
  });

  it('streams to a file and reads back the same events', async () => {
    const events = fixtureEvents();
    const path = join(tmp.dir, 'events.jsonl');
    const written = await writeJsonl(events, path);
    expect(written.value).toEqual({ events: 5, skipped: 0, bytes: Buffer.byteLength(readFileSync(path, 'utf8')) });
    const { value, issues } = await readJsonl(path);
    expect(plain(value)).toEqual(plain(events));
    expect(issues.map((i) => i.code)).toEqual(['no_source']);
    expect(issues[0]).toMatchObject({ file: path, line: 5, event: 'ev-western-hemisphere' });
  });

  it('round-trips 5,000 synthetic events through a file', async () => {
    const path = join(tmp.dir, 'many.jsonl');
    await writeJsonl(syntheticEvents(5000), path);
    let n = 0;
    const it = syntheticEvents(5000);
    for await (const r of streamJsonl(path)) {
      expect(r.issues.filter((i) => i.level === 'error')).toEqual([]);
      expect(plain(r.value)).toEqual(plain(it.next().value));
      n++;
    }
    expect(n).toBe(5000);
  });
});

describe('readJsonl / streamJsonl', () => {
  it('reports invalid JSON on its line and still reads the other lines', async () => {
    const good = toJsonl(fixtureEvents().slice(0, 2)).value.trim().split('\n');
    const text = `\ufeff${good[0]}\r\n{"id": "ev-x", "type": \n\n${good[1]}\n   \n{"id":"ev-y","type":"massacre","date":{"precision":"unknown"},"location":{"precision":"unknown"},"actors":[],"sources":[],"evidence":[]}`;
    const path = join(tmp.dir, 'mixed.jsonl');
    writeFileSync(path, text);
    const records = [];
    for await (const r of streamJsonl(path)) records.push(r);
    expect(records.map((r) => [r.line, r.value?.id])).toEqual([
      [1, 'ev-seed-assassination'],
      [2, undefined],
      [4, 'ev-badia-attacks'],
      [6, undefined],
    ]);
    expect(records[1]!.issues).toMatchObject([{ code: 'invalid_json', level: 'error', file: path, line: 2 }]);
    expect(formatIssue(records[1]!.issues[0]!)).toMatch(new RegExp(`^${path}:2: error: line 2 is not JSON`));
    expect(records[3]!.issues).toMatchObject([{ code: 'invalid_value', file: path, line: 6, path: ['type'], event: 'ev-y' }]);
  });

  it('reads a stream, and parses text in memory with the same rules', async () => {
    const text = toJsonl(fixtureEvents()).value;
    const fromStream = await readJsonl(Readable.from([Buffer.from(text.slice(0, 100)), Buffer.from(text.slice(100))]), { file: 'stdin' });
    expect(fromStream.value).toHaveLength(5);
    expect(fromStream.issues[0]?.file).toBe('stdin');
    const parsed = parseJsonl(`${text}oops\n`, { file: 'x.jsonl' });
    expect(parsed.value).toHaveLength(5);
    expect(parsed.issues.at(-1)).toMatchObject({ code: 'invalid_json', line: 6, file: 'x.jsonl' });
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const text = toJsonl(fixtureEvents().slice(0, 1)).value;
    const bytes = Buffer.from(text);
    const at = bytes.indexOf(Buffer.from('يناير')) + 1; // inside a two-byte Arabic letter
    const { value } = await readJsonl(Readable.from([bytes.subarray(0, at), bytes.subarray(at)]));
    expect(value[0]?.date.text).toBe('شهر يناير الماضي');
  });

  it('gives one cannot_read issue for a missing file', async () => {
    const { value, issues } = await readJsonl(join(tmp.dir, 'missing.jsonl'));
    expect(value).toEqual([]);
    expect(issues).toMatchObject([{ code: 'cannot_read', level: 'error' }]);
    expect(issues[0]?.message).toMatch(/ENOENT/);
  });
});
