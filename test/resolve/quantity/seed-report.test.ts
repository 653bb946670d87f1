import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveCount, type ResolveCountContext } from '../../../src/resolve/quantity/resolve-count.js';

// Golden file (kept with the actor fixtures): count phrases of the seed report and what resolveCount makes of them.
// Regenerate with UPDATE_FIXTURES=1 after a deliberate change, and review the diff.
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/actor');
const inputFile = resolve(fixtures, 'count-seed-report.input.json');
const expectedFile = resolve(fixtures, 'count-seed-report.expected.json');

describe('counts of the seed report (golden file)', () => {
  const input = JSON.parse(readFileSync(inputFile, 'utf8')) as { text: string; context?: ResolveCountContext }[];
  const actual = input.map(({ text, context }) => {
    const r = resolveCount(text, context);
    return { text, value: r.value, confidence: r.confidence, issues: r.issues.map((i) => ({ code: i.code, level: i.level })) };
  });
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedFile)) {
    writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
  }

  it('matches the expected file', () => {
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  it('reads "dozens of its members" as 12 and the two activists as 2', () => {
    expect(actual[0]?.value.best).toBe(12);
    expect(actual[1]?.value.best).toBe(2);
    expect(actual[2]?.value.best).toBe(2);
  });
});
