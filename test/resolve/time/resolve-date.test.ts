import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/resolve/time/index.js';

const P = { published: '2021-02-22' }; // a Monday

const codes = (text: string, context: object = P): string[] => resolveDate(text, context).issues.map((i) => i.code);

describe('resolveDate', () => {
  it('keeps the original text, marks and all', () => {
    expect(resolveDate('قُتِلَ أَمْسِ', P).value).toEqual({ start: '2021-02-21', end: '2021-02-21', precision: 'day', text: 'قُتِلَ أَمْسِ' });
    expect(resolveDate('  On Sunday ', P).value.text).toBe('  On Sunday ');
  });

  it('never invents: what it cannot read is unknown, ends at publication and is flagged', () => {
    const r = resolveDate('في ظروف غامضة', P);
    expect(r.value).toEqual({ precision: 'unknown', text: 'في ظروف غامضة', end: '2021-02-22' });
    expect(r.confidence).toBe(0);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'unresolved_date', level: 'warning' })]);
    expect(resolveDate('', P).value).toEqual({ precision: 'unknown', text: '', end: '2021-02-22' });
    expect(resolveDate('somewhere', {}).value).toEqual({ precision: 'unknown', text: 'somewhere' });
  });

  it('needs a publication date for relative expressions, and says so', () => {
    for (const text of ['أمس', 'On Sunday', 'last week', 'في شهر يناير الماضي', '12 March', 'منذ ثلاثة أيام']) {
      const r = resolveDate(text);
      expect(r.value.precision, text).toBe('unknown');
      expect(r.value.start, text).toBeUndefined();
      expect(r.issues.map((i) => i.code), text).toContain('publication_date_needed');
    }
    expect(resolveDate('12 March 2019').value).toMatchObject({ start: '2019-03-12', precision: 'day' });
  });

  it('flags an explicit date after publication and keeps it', () => {
    const r = resolveDate('25 February 2021', P);
    expect(r.value).toMatchObject({ start: '2021-02-25', end: '2021-02-25', precision: 'day' });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'date_after_publication', level: 'warning' })]);
    expect(codes('الأحد المقبل')).toContain('date_after_publication');
    expect(codes('آذار الجاري')).toContain('date_after_publication');
  });

  it('ends a range that runs past publication at publication, with a note for explicit day ranges', () => {
    const r = resolveDate('between 20 and 25 February 2021', P);
    expect(r.value).toMatchObject({ start: '2021-02-20', end: '2021-02-22', precision: 'days' });
    expect(r.issues.map((i) => i.code)).toEqual(['date_clipped_to_publication']);
    // A period that contains the publication date is cut silently.
    expect(codes('خلال شهر فبراير الجاري')).toEqual([]);
    expect(codes('2021')).toEqual([]);
    expect(resolveDate('2021', P).value).toMatchObject({ start: '2021-01-01', end: '2021-02-22', precision: 'year' });
  });

  it('rejects impossible dates with an issue', () => {
    expect(resolveDate('31 February 2021', P).value.precision).toBe('unknown');
    expect(codes('31 February 2021')).toContain('invalid_date');
    expect(codes('30 شباط')).toContain('invalid_date');
    // 29 February without a year is the last one before publication.
    expect(resolveDate('29 شباط', P).value).toMatchObject({ start: '2020-02-29', precision: 'day' });
  });

  it('checks a weekday against its date', () => {
    expect(codes('الأحد 20 شباط 2021')).toContain('weekday_mismatch');
    expect(codes('السبت 20 شباط 2021')).toEqual([]);
    expect(codes('أمس الأحد')).toEqual([]);
    expect(codes('أمس السبت')).toContain('weekday_mismatch');
  });

  it('flags conflicting paired month names and Hijri/Gregorian pairs', () => {
    const pair = resolveDate('مطلع شباط/مارس 2019', P);
    expect(pair.value).toMatchObject({ start: '2019-02-01', end: '2019-02-10' });
    expect(pair.issues.map((i) => i.code)).toContain('month_name_conflict');
    expect(codes('15 رمضان 1442 هـ الموافق 27 نيسان 2021', { published: '2021-05-20' })).toEqual([]);
    expect(codes('15 رمضان 1442 هـ الموافق 2 أيار 2021', { published: '2021-05-20' })).toContain('calendar_mismatch');
  });

  it('gives the range that holds several dates, with a note', () => {
    const r = resolveDate('On Sunday and on 12 February', P);
    expect(r.value).toMatchObject({ start: '2021-02-12', end: '2021-02-21', precision: 'month' });
    expect(r.issues.map((i) => i.code)).toContain('multiple_dates');
  });

  it('orders confidence: explicit full date > explicit month > implied year > bare weekday > season > vague', () => {
    const c = (text: string, context: object = P): number => resolveDate(text, context).confidence;
    expect(c('12 March 2019')).toBe(1);
    expect(c('March 2019')).toBeLessThan(1);
    expect(c('12 March')).toBeLessThan(c('12 March 2019'));
    expect(c('On Sunday')).toBeLessThan(c('12 March'));
    expect(c('last Sunday')).toBeGreaterThan(c('On Sunday'));
    expect(c('summer 2019')).toBeLessThan(c('On Sunday'));
    expect(c('قبل أيام')).toBeLessThan(c('summer 2019'));
    expect(c('nothing here')).toBe(0);
  });

  it('uses the week start of the language, or the one given', () => {
    expect(resolveDate('last week', P).value).toMatchObject({ start: '2021-02-15', end: '2021-02-21' });
    expect(resolveDate('الأسبوع الماضي', P).value).toMatchObject({ start: '2021-02-13', end: '2021-02-19' });
    expect(resolveDate('last week', { ...P, weekStartsOn: 0 }).value).toMatchObject({ start: '2021-02-14', end: '2021-02-20' });
  });

  it('uses the publication time for hours', () => {
    const at = { published: '2021-02-22T01:00:00+02:00', timeZone: 'Asia/Damascus' };
    expect(resolveDate('3 hours ago', at).value).toMatchObject({ start: '2021-02-21', end: '2021-02-21' });
    expect(resolveDate('in the last 24 hours', at).value).toMatchObject({ start: '2021-02-21', end: '2021-02-22', precision: 'days' });
    expect(resolveDate('3 hours ago', P).value).toMatchObject({ start: '2021-02-22', end: '2021-02-22' });
  });

  it('reads other chrono languages with the same rules, and flags partial support', () => {
    const fr = resolveDate('le 12 mars 2019', { ...P, language: 'fr' });
    expect(fr.value).toMatchObject({ start: '2019-03-12', end: '2019-03-12', precision: 'day' });
    expect(fr.issues.map((i) => i.code)).toContain('partial_language_support');
    expect(resolveDate('hier', { ...P, language: 'fr' }).value).toMatchObject({ start: '2021-02-21', precision: 'day' });
    const tr = resolveDate('12.03.2019', { ...P, language: 'tr' });
    expect(tr.value).toMatchObject({ start: '2019-03-12' });
    expect(tr.issues.map((i) => i.code)).toContain('unsupported_language');
  });

  it('reads month/day/year only when day/month/year is impossible, and says so', () => {
    expect(resolveDate('3/4/2019', P).value).toMatchObject({ start: '2019-04-03' });
    expect(codes('3/4/2019')).toEqual([]);
    expect(resolveDate('4/25/2019', P).value).toMatchObject({ start: '2019-04-25' });
    expect(codes('4/25/2019')).toContain('numeric_date_order');
  });

  it('gives open bounds as unknown with the one bound known', () => {
    expect(resolveDate('before March 2011', P).value).toEqual({ precision: 'unknown', text: 'before March 2011', end: '2011-02-28' });
    expect(resolveDate('after 12 March 2019', P).value).toMatchObject({ start: '2019-03-13', end: '2021-02-22', precision: 'year' });
    expect(resolveDate('منذ أمس', P).value).toMatchObject({ start: '2021-02-21', end: '2021-02-22', precision: 'days' });
    expect(resolveDate('since 2019').value).toEqual({ precision: 'unknown', text: 'since 2019', start: '2019-01-01' });
  });
});
