// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACLED_SAMPLE, UCDP_SAMPLE } from '../explore/events.js';
import { BAD_LINE_JSONL, run, scratch } from './explore-commands.js';

describe('conflict-events stats', () => {
  test('an ACLED export: the summary on standard output, exit 0', async () => {
    const r = await run(['stats', ACLED_SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('528 events, 2022-01-01 to');
    expect(r.stdout).toContain('countries    SYR 307 · IRQ 221');
    expect(r.stderr).toMatch(/528 events; 0 errors, 0 warnings/);
  });

  test('a UCDP GED CSV with --json and a query; the 13 unordered low/best/high rows are warnings, exit 0', async () => {
    const r = await run(['stats', UCDP_SAMPLE, '--json', '--country', 'SYR']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.events).toBe(265);
    expect(json.byCountry).toEqual([{ key: 'SYR', count: 265 }]);
    expect(json.issues.warning).toBeGreaterThanOrEqual(13);
    expect(r.stderr).toMatch(/ucdp_ged_v23_1_sample_1000\.csv:\d+: warning: fatalities are not ordered/);
  });

  test('JSONL with a bad line: the line is reported as file:line, the other events summarised, exit 1', async () => {
    const file = join(scratch(), 'events.jsonl');
    writeFileSync(file, BAD_LINE_JSONL);
    const r = await run(['stats', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:2: error:`);
    expect(r.stdout).toContain('2 events, 2021-01-01 to 2021-02-03');
  });

  test('usage errors exit 2; an unreadable file exits 1 without a summary', async () => {
    expect((await run(['stats'])).code).toBe(2);
    const badType = await run(['stats', ACLED_SAMPLE, '--type', 'massacre']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('unknown event type "massacre"');
    expect((await run(['stats', ACLED_SAMPLE, '--from', '2022-02-30'])).code).toBe(2);
    const missing = await run(['stats', join(scratch(), 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/nope\.jsonl: error: cannot read/);
  });
});
