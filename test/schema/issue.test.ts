import { expect, test } from 'vitest';
import { formatIssue, formatPath, hasErrors, issue, withContext } from '../../src/index.js';

test('issues print as file:line: level: message', () => {
  expect(formatIssue(issue('error', 'invalid_json', 'Unexpected end of JSON input', { file: 'a.jsonl', line: 3 }))).toBe(
    'a.jsonl:3: error: Unexpected end of JSON input',
  );
  expect(formatIssue(issue('warning', 'unknown_place', 'no gazetteer entry for "X"', { document: 'seed', path: ['location'] }))).toBe(
    'seed: warning: no gazetteer entry for "X" (at location)',
  );
  expect(formatIssue(issue('info', 'x', 'y'))).toBe('info: y');
});

test('paths format like property access', () => {
  expect(formatPath(['actors', 0, 'name'])).toBe('actors[0].name');
  expect(formatPath([2, 'date'])).toBe('[2].date');
});

test('context is added without overriding what an issue already says', () => {
  const inner = [issue('error', 'bad', 'x', { path: ['date'], line: 7 })];
  expect(withContext(inner, { file: 'a.json', line: 1, path: [3] })).toEqual([
    { level: 'error', code: 'bad', message: 'x', path: [3, 'date'], file: 'a.json', line: 7 },
  ]);
  expect(hasErrors(inner)).toBe(true);
  expect(hasErrors([issue('warning', 'w', 'w')])).toBe(false);
});
