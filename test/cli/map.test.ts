// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACLED_SAMPLE, UCDP_SAMPLE } from '../explore/events.js';
import { run, scratch } from './explore-commands.js';

describe('conflict-events map', () => {
  test('an ACLED map over the admin-1 units of Syria and Iraq', async () => {
    const out = join(scratch(), 'map.svg');
    const r = await run(['map', ACLED_SAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('528 of 528 events');
    expect(svg).toContain('mark-shape role-mark layer_0_marks');
    expect(svg.split('aria-roledescription="circle"').length - 1).toBeGreaterThan(100);
  });

  test('a world sample: a world projection, families as colours', async () => {
    const out = join(scratch(), 'world.svg');
    expect((await run(['map', UCDP_SAMPLE, '--out', out, '--by', 'family', '--title', 'UCDP GED sample'])).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('UCDP GED sample');
    expect(svg).toContain('1000 of 1000 events');
  });

  test('usage: --out is required, --by only type or family', async () => {
    expect((await run(['map', ACLED_SAMPLE])).code).toBe(2);
    expect((await run(['map', ACLED_SAMPLE, '--out', join(scratch(), 'm.svg'), '--by', 'actor'])).code).toBe(2);
  });
});
