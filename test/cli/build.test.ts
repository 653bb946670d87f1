import { mkdtempSync, readFileSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import '../../src/cli/commands/index.js';
import type { ConflictEvent } from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;
let dir: string;

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTty: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}
const jsonl = (path: string): ConflictEvent[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ConflictEvent);
const csv = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true, delimiter: ',' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ce-cli-'));
});

test('build: the seed report and its English companion merge into the same events', async () => {
  const io = capture();
  const code = await runCli(['build', `${root}examples`, '--out', join(dir, 'events.jsonl'), '--report', join(dir, 'report.json')], io);
  expect(code).toBe(0);
  const events = jsonl(join(dir, 'events.jsonl'));
  expect(events).toHaveLength(4);
  const merged = events.filter((e) => e.sources.length > 1);
  expect(merged.map((e) => e.type).sort()).toEqual(['assassination', 'attack']);
  for (const e of merged) expect(e.sources.map((s) => s.language).sort()).toEqual(['ar', 'en']);
  const assassination = merged.find((e) => e.type === 'assassination');
  expect(assassination?.actors.filter((a) => a.role === 'victim').map((a) => a.name)).toEqual(['Saada Faisal al-Hermas', 'Hind Latif al-Khudair']);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { stats: { merge: { merged: number } }; issues: unknown[] };
  expect(report.stats.merge.merged).toBe(2);
  expect(io.stderr).toMatch(/4 events written to .*events\.jsonl/);
});

test('build: --no-merge keeps every report as its own event', async () => {
  expect(await runCli(['build', `${root}examples/seed/seed-report.ann`, `${root}examples/seed-en`, '--no-merge', '--out', join(dir, 'unmerged.jsonl')], capture())).toBe(0);
  expect(jsonl(join(dir, 'unmerged.jsonl'))).toHaveLength(6);
});

test('build: the seed events in every layout', async () => {
  const input = `${root}examples`;
  for (const [file, layout] of [['native.csv', 'native'], ['acled.csv', 'acled'], ['ucdp.csv', 'ucdp']] as const) {
    expect(await runCli(['build', input, '--out', join(dir, file), '--layout', layout], capture())).toBe(0);
  }
  const acled = csv(join(dir, 'acled.csv'));
  expect(acled.meta.fields).toHaveLength(31);
  expect(acled.data).toHaveLength(4);
  const assassination = acled.data.find((r) => r.event_date === '2021-01-16');
  expect(assassination).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack', time_precision: '3', country: 'Syria', admin1: 'Deir ez-Zor', fatalities: '2' });
  const ucdp = csv(join(dir, 'ucdp.csv'));
  expect(ucdp.meta.fields).toHaveLength(49);
  const badia = ucdp.data.find((r) => r.date_start?.startsWith('2021-02-01') === true);
  expect(badia).toMatchObject({ type_of_violence: '1', date_prec: '4', low: '12', best: '12' });
  expect(csv(join(dir, 'native.csv')).data).toHaveLength(4);

  expect(await runCli(['build', input, '--out', join(dir, 'events.geojson')], capture())).toBe(0);
  const geo = JSON.parse(readFileSync(join(dir, 'events.geojson'), 'utf8')) as { type: string; features: { geometry: { coordinates: number[] } | null }[] };
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features).toHaveLength(4);
  for (const f of geo.features) {
    const [lon, lat] = f.geometry?.coordinates ?? [];
    expect(lon).toBeGreaterThan(35);
    expect(lat).toBeLessThan(38);
  }
  expect(await runCli(['build', input, '--out', join(dir, 'pkg', 'datapackage.json')], capture())).toBe(0);
  expect(existsSync(join(dir, 'pkg', 'datapackage.json'))).toBe(true);
});

test('build: one broken file is reported with its line; the readable files still come through (exit 1)', async () => {
  const inputs = mkdtempSync(join(tmpdir(), 'ce-in-'));
  cpSync(`${root}examples/seed-en`, join(inputs, 'en'), { recursive: true });
  writeFileSync(join(inputs, 'broken.ann'), 'T1\tAttack 0 5\tBoom!\nthis line is not brat\n');
  writeFileSync(join(inputs, 'broken.txt'), 'Boom! An explosion.');
  writeFileSync(join(inputs, 'events.jsonl'), '{"id":"a","type":"attack","date":{"start":"2021-01-01","end":"2021-01-01","precision":"day"},"location":{"precision":"unknown"},"actors":[],"sources":[{"document":"x"}],"evidence":[]}\n{not json\n');
  const io = capture();
  const code = await runCli(['build', inputs, '--out', join(dir, 'partial.jsonl')], io);
  expect(code).toBe(1);
  expect(io.stderr).toMatch(/broken\.ann:2: (error|warning): /);
  expect(io.stderr).toMatch(/events\.jsonl:2: error: /);
  const events = jsonl(join(dir, 'partial.jsonl'));
  expect(events.some((e) => e.sources.some((s) => s.document === 'seed-report-en'))).toBe(true);
  expect(events.some((e) => e.id === 'a')).toBe(true);

  const strict = capture();
  expect(await runCli(['build', inputs, '--strict', '--out', join(dir, 'strict.jsonl')], strict)).toBe(1);
  expect(existsSync(join(dir, 'strict.jsonl'))).toBe(false);
  expect(strict.stderr).toMatch(/nothing written \(--strict/);
});

test('usage errors exit 2 with a clear message', async () => {
  for (const args of [
    ['build', `${root}examples`, '--out', join(dir, 'x.txt')],
    ['build', `${root}examples`],
    ['build', `${root}examples`, '--out', join(dir, 'x.jsonl'), '--layout', 'gtd'],
    ['build', `${root}examples`, '--out', join(dir, 'x.jsonl'), '--published', '2021-02-30'],
    ['validate', `${root}examples`, '--time-zone', 'Mars/Olympus'],
  ]) {
    const io = capture();
    expect(await runCli(args, io), args.join(' ')).toBe(2);
    expect(io.stderr).toMatch(/error/);
  }
});

test('validate: every issue, nothing written', async () => {
  const io = capture();
  expect(await runCli(['validate', `${root}examples`, '--json'], io)).toBe(0);
  const out = JSON.parse(io.stdout) as { stats: { merge: { merged: number } }; issues: { level: string; code: string }[] };
  expect(out.stats.merge.merged).toBe(2);
  expect(out.issues.some((i) => i.code === 'same_report_twice')).toBe(true);
  expect(out.issues.filter((i) => i.level === 'error')).toEqual([]);
  const missing = capture();
  expect(await runCli(['validate', join(dir, 'no-such-folder')], missing)).toBe(1);
  expect(missing.stderr).toMatch(/no such file or folder/);
});
