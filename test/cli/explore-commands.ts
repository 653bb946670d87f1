import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import '../../src/cli/commands/stats.js';
import '../../src/cli/commands/plot.js';
import '../../src/cli/commands/map.js';
import '../../src/cli/commands/report.js';

/** Runs the command line with captured output. */
export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CliIo & { stdout: string; stderr: string } = { stdout: '', stderr: '', isTty: false, out: (t) => void (io.stdout += t), err: (t) => void (io.stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** A fresh temporary folder. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'conflict-events-explore-'));
}

/** A JSONL dataset with a bad line in the middle: the line is reported, the rest read. */
export const BAD_LINE_JSONL = [
  JSON.stringify({ id: 'a', type: 'assassination', date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'شهر يناير الماضي' }, location: { name: 'Deir ez-Zor', iso3: 'SYR', admin1: 'Deir ez-Zor', point: { lat: 35.336, lon: 40.14 }, precision: 'admin1' }, actors: [{ name: 'Islamic State', id: 'isis', role: 'perpetrator' }], fatalities: { low: 2, best: 2, high: 2 }, sources: [{ document: 'seed', publisher: 'Al Arabiya', published: '2021-02-22', url: 'https://example.org/a' }], evidence: [{ document: 'seed', field: 'type', start: 40, end: 46, text: 'اغتيال' }] }),
  '{"id": "broken", "type": ',
  JSON.stringify({ id: 'b', type: 'protest', date: { start: '2021-02-03', end: '2021-02-03', precision: 'day' }, location: { name: 'Raqqa', iso3: 'SYR', admin1: 'Raqqa', point: { lat: 35.95, lon: 39.01 }, precision: 'exact' }, actors: [{ name: 'Protesters (Syria)', role: 'actor' }], sources: [{ document: 'wire' }], evidence: [] }),
].join('\n');
