import { describe, expect, it, test } from 'vitest';
import { buildMetadata, checkMetadata } from '../../src/annotations/metadata.js';

describe('buildMetadata', () => {
  it('renames known fields, keeps the others and fills defaults', () => {
    const { value, issues } = buildMetadata(
      { date: '2021-02-23', lang: 'en', outlet: 'Wire', extra: { a: [1, null] }, text: 'dropped' },
      { names: { published: 'date', language: 'lang', publisher: 'outlet' }, defaults: { timeZone: 'Asia/Damascus', language: 'ar' }, exclude: ['text'] },
    );
    expect(issues).toEqual([]);
    expect(value).toEqual({ published: '2021-02-23', language: 'en', publisher: 'Wire', extra: { a: [1, null] }, timeZone: 'Asia/Damascus' });
  });

  it('keeps bad values as written and warns', () => {
    const issues = checkMetadata({ published: '2021-02-30', timeZone: 'Mars/Olympus', language: 'not a tag!' }, { file: 'a.json', document: 'd' });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_published', 'published'],
      ['invalid_time_zone', 'timeZone'],
      ['invalid_language', 'language'],
    ]);
    expect(checkMetadata({ published: '2021-02-22T10:00:00' }).map((i) => i.code)).toEqual(['published_without_offset']);
    expect(checkMetadata({ published: '2021-02-22T10:00:00+02:00', timeZone: 'Asia/Damascus', language: 'ar' })).toEqual([]);
  });
});

describe('checkMetadata: calendar dates', () => {
  test.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2021-04-31', false],
    ['2021-12-31', true],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
  ])('%s is a calendar date: %s', (published, valid) => {
    const codes = checkMetadata({ published }).map((i) => i.code);
    expect(codes.includes('invalid_published')).toBe(!valid);
  });
});
