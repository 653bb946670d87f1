// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pngAvailable } from '../../src/explore/render-chart.js';
import { ACLED_SAMPLE } from '../explore/events.js';
import { BAD_LINE_JSONL, run, scratch } from './explore-commands.js';

describe('conflict-events plot', () => {
  test('a timeline SVG by type, and by admin1 with a query', async () => {
    const dir = scratch();
    const out = join(dir, 'charts', 'timeline.svg');
    const r = await run(['plot', ACLED_SAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${out} (528 events)`);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Events by month and type');
    expect(svg.split('aria-roledescription="bar"').length - 1).toBeGreaterThan(20);
    const byAdmin1 = join(dir, 'admin1.svg');
    expect((await run(['plot', ACLED_SAMPLE, '--out', byAdmin1, '--by', 'admin1', '--country', 'IRQ', '--interval', 'week', '--line'])).code).toBe(0);
    const admin1 = readFileSync(byAdmin1, 'utf8');
    expect(admin1).toContain('Events by week and admin1');
    expect(admin1).toContain('Duhok, IRQ');
    expect(admin1).not.toContain(', SYR');
  });

  test('PNG when @resvg/resvg-js is installed', async () => {
    if (!(await pngAvailable())) {
      console.warn('skipped: @resvg/resvg-js is not installed');
      return;
    }
    const out = join(scratch(), 'timeline.png');
    expect((await run(['plot', ACLED_SAMPLE, '--out', out, '--by', 'family'])).code).toBe(0);
    expect([...readFileSync(out).subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  test('a bad line is reported and the chart still drawn (exit 1); usage errors exit 2', async () => {
    const dir = scratch();
    const input = join(dir, 'events.jsonl');
    writeFileSync(input, BAD_LINE_JSONL);
    const r = await run(['plot', input, '--out', join(dir, 'x.svg')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${input}:2: error:`);
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toContain('2 events counted by start date');
    expect((await run(['plot', input])).code).toBe(2);
    expect((await run(['plot', input, '--out', join(dir, 'x.pdf')])).code).toBe(2);
    expect((await run(['plot', input, '--out', join(dir, 'x.svg'), '--by', 'weather'])).code).toBe(2);
  });
});
