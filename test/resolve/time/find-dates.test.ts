// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/resolve/time/index.js';
import { sharedPath } from '../../helpers/shared.js';

const here = dirname(fileURLToPath(import.meta.url));
const P = { published: '2021-02-22' };

function cp(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('findDates', () => {
  it('gives code-point offsets into the original text, vowel marks included', () => {
    const text = '😀 قُتِلَ أَمْسِ في دير الزور، وفي ١٢ آذار ٢٠١٩ أيضاً';
    const { value, issues } = findDates(text, P);
    expect(value.map((d) => [d.start, d.end, d.text])).toEqual([
      [9, 15, 'أَمْسِ'],
      [34, 46, '١٢ آذار ٢٠١٩'],
    ]);
    for (const d of value) expect(cp(text, d.start, d.end)).toBe(d.text);
    expect(value[0]?.value).toEqual({ start: '2021-02-21', end: '2021-02-21', precision: 'day', text: 'أَمْسِ' });
    expect(value[1]?.value).toMatchObject({ start: '2019-03-12', end: '2019-03-12' });
    expect(issues).toEqual([]);
  });

  it('maps offsets across tatweel and collapsed whitespace', () => {
    const text = 'في\n\n أواخـــر   مارس من عام 2019';
    const [d] = findDates(text, P).value;
    expect(d?.text).toBe('أواخـــر   مارس من عام 2019');
    expect(cp(text, d!.start, d!.end)).toBe(d!.text);
    expect(d?.value).toMatchObject({ start: '2019-03-21', end: '2019-03-31', precision: 'month' });
  });

  it('does not take common words for dates in running text', () => {
    const en = 'They may attack. A march on the capital. Sat in a car, he said the sun rose. The fall of Raqqa. Ramadan Ahmed said. Second, the group left.';
    expect(findDates(en, P).value.map((d) => d.text)).toEqual([]);
    const ar = 'مارس الضغط على الاثنين معا. رمضان محمد قال إن صفر من الضحايا. الربيع العربي. أحد عناصر التنظيم.';
    expect(findDates(ar, P).value.map((d) => d.text)).toEqual([]);
  });

  it('takes the same words as dates when the context says so', () => {
    const en = 'In May, fighting resumed; on 3 March and in the fall of 2019 too.';
    expect(findDates(en, P).value.map((d) => d.text)).toEqual(['May', '3 March', 'the fall of 2019']);
    const ar = 'في شهر مارس، ويوم الاثنين، وفي رمضان الماضي';
    expect(findDates(ar, P).value.map((d) => d.text)).toEqual(['شهر مارس', 'يوم الاثنين', 'رمضان الماضي']);
  });

  it('returns every issue at the top level with its span', () => {
    const text = 'The clashes of 31 February 2021 were reported. A rally is planned for 25 February 2021.';
    const { value, issues } = findDates(text, P);
    expect(value).toHaveLength(2);
    expect(issues.map((i) => [i.code, i.span])).toEqual([
      ['invalid_date', [value[0]!.start, value[0]!.end]],
      ['date_after_publication', [value[1]!.start, value[1]!.end]],
    ]);
  });

  it('resolves the dates of the seed report (golden file)', () => {
    const seedPath = sharedPath('seed/000_af08a84683ad50d3.txt');
    const text = readFileSync(seedPath, 'utf8');
    const context = { published: '2021-02-22', timeZone: 'Asia/Damascus' };
    const { value, issues } = findDates(text, context);
    const output = value.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, confidence: d.confidence, issues: d.issues.map((i) => i.code) }));
    for (const d of value) expect(cp(text, d.start, d.end)).toBe(d.text);
    const goldenPath = join(here, '../../fixtures/time/seed-find-dates.json');
    const golden = { input: { file: '../shared/seed/000_af08a84683ad50d3.txt', context }, output, issues: issues.length };
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(goldenPath, `${JSON.stringify(golden, null, 1)}\n`);
    expect(golden).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    // The four phrases the seed report is known for.
    expect(output.map((d) => [d.text, d.value.start, d.value.end, d.value.precision])).toEqual([
      ['شهر فبراير الجاري', '2021-02-01', '2021-02-22', 'month'],
      ['شهر يناير الماضي', '2021-01-01', '2021-01-31', 'month'],
      ['أواخر مارس من عام 2019', '2019-03-21', '2019-03-31', 'month'],
      ['مطلع تشرين الأول/أكتوبر من عام 2019', '2019-10-01', '2019-10-10', 'month'],
    ]);
  });
});
