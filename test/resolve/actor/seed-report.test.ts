import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveActor, type ResolveActorContext } from '../../../src/resolve/actor/resolve-actor.js';

// Golden file: the actor phrases of the seed report (input) and what resolveActor makes of them
// (expected). Regenerate with UPDATE_FIXTURES=1 after a deliberate change, and review the diff.
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/actor');
const inputFile = resolve(fixtures, 'seed-report.input.json');
const expectedFile = resolve(fixtures, 'seed-report.expected.json');

describe('actors of the seed report (golden file)', () => {
  const input = JSON.parse(readFileSync(inputFile, 'utf8')) as { text: string; context: ResolveActorContext }[];
  const actual = input.map(({ text, context }) => {
    const r = resolveActor(text, context);
    return { text, value: r.value, confidence: r.confidence, issues: r.issues.map((i) => ({ code: i.code, level: i.level })) };
  });
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedFile)) {
    writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
  }

  it('matches the expected file', () => {
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  it('resolves what the report names', () => {
    const byText = new Map(actual.map((a) => [a.text, a.value]));
    expect(byText.get('تنظيم “داعش” المتطرّف')?.id).toBe('isis');
    expect(byText.get('قوات النظام السوري')?.kind).toBe('state_forces');
    expect(byText.get('سعدة فيصل الهرماس')?.kind).toBe('civilians');
    expect(byText.get('الهجوم التركي')?.country).toBe('TUR');
    expect(byText.get('التنظيم المتطرّف')?.id).toBeUndefined();
  });
});
