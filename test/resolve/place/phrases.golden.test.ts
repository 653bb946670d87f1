import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { type PlaceContext, resolvePlace } from '../../../src/resolve/place/resolve-place.js';

const dir = resolve(import.meta.dirname, '../../fixtures/place');
const input = JSON.parse(readFileSync(join(dir, 'phrases.json'), 'utf8')) as { phrases: { text: string; context?: PlaceContext }[] };
const expectedPath = join(dir, 'phrases.expected.json');

test('resolvePlace on the phrase fixture matches phrases.expected.json', () => {
  const actual = input.phrases.map(({ text, context }) => {
    const r = resolvePlace(text, context);
    return { text, value: r.value, confidence: r.confidence, issues: r.issues.map((i) => `${i.level} ${i.code}`) };
  });
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, json);
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
});
