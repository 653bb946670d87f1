// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filterEvents } from '../../src/explore/filter-events.js';
import { readDataset } from '../../src/io/read-dataset.js';
import { ACLED_SAMPLE } from '../explore/events.js';
import { BAD_LINE_JSONL, run, scratch } from './explore-commands.js';

describe('conflict-events report', () => {
  test('an HTML report of the ACLED sample, one query narrowing it', async () => {
    const out = join(scratch(), 'report.html');
    const r = await run(['report', ACLED_SAMPLE, '--out', out, '--type', 'attack', '--title', 'Attacks, 2022 H1']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Attacks, 2022 H1</title>');
    const attacks = filterEvents((await readDataset(ACLED_SAMPLE)).value, { type: 'attack' }).length;
    expect(attacks).toBeGreaterThan(100);
    const rows = html.match(/<tr id="event-/g) ?? [];
    expect(rows.length).toBe(attacks);
    expect(r.stderr).toContain(`(${attacks} events)`);
  });

  test('issues of the input appear in the report too; exit 1', async () => {
    const dir = scratch();
    const input = join(dir, 'events.jsonl');
    writeFileSync(input, BAD_LINE_JSONL);
    const out = join(dir, 'r.html');
    const r = await run(['report', input, '--out', out]);
    expect(r.code).toBe(1);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`${input}:2: error:`);
    expect(html).toContain('<bdi dir="auto" class="tx quote">اغتيال</bdi>');
  });

  test('usage: .html output only, --max-events a number', async () => {
    expect((await run(['report', ACLED_SAMPLE, '--out', join(scratch(), 'r.pdf')])).code).toBe(2);
    expect((await run(['report', ACLED_SAMPLE, '--out', join(scratch(), 'r.html'), '--max-events', 'many'])).code).toBe(2);
  });
});
