import { describe, expect, it } from 'vitest';
import { resolveCount } from '../../../src/resolve/quantity/resolve-count.js';
import { ACLED_COUNT_CONVENTION, type CountConvention, LITERAL_COUNT_CONVENTION } from '../../../src/resolve/quantity/count-convention.js';

// [text, low, best, high] under the ACLED convention.
type Row = [string, number | undefined, number | undefined, number | undefined];

const figures: Row[] = [
  ['12', 12, 12, 12],
  ['١٢', 12, 12, 12],
  ['۱۲', 12, 12, 12],
  ['قتل 7 أشخاص', 7, 7, 7],
  ['مقتل ٣ عناصر من قوات النظام', 3, 3, 3],
  ['1,200 civilians', 1200, 1200, 1200],
  ['١٬٢٠٠ نازح', 1200, 1200, 1200],
  ['3 آلاف', 3000, 3000, 3000],
  ['2 million', 2000000, 2000000, 2000000],
  ['12 قتيلاً و5 جرحى', 12, 12, 12],
];

const words: Row[] = [
  ['واحد', 1, 1, 1],
  ['شخص واحد', 1, 1, 1],
  ['اثنان', 2, 2, 2],
  ['اثنين', 2, 2, 2],
  ['عنصرين اثنين', 2, 2, 2],
  ['ثلاثة عناصر', 3, 3, 3],
  ['ثلاث نساء', 3, 3, 3],
  ['أربعة جنود', 4, 4, 4],
  ['خمسة مدنيين', 5, 5, 5],
  ['سبعة', 7, 7, 7],
  ['ثمانية', 8, 8, 8],
  ['عشرة', 10, 10, 10],
  ['أحد عشر', 11, 11, 11],
  ['إحدى عشرة امرأة', 11, 11, 11],
  ['اثنا عشر', 12, 12, 12],
  ['ثلاثة عشر قتيلاً', 13, 13, 13],
  ['عشرون', 20, 20, 20],
  ['عشرين شخصاً', 20, 20, 20],
  ['خمسة وعشرون', 25, 25, 25],
  ['ثلاثون', 30, 30, 30],
  ['مئة', 100, 100, 100],
  ['مائة وخمسون', 150, 150, 150],
  ['مئتان', 200, 200, 200],
  ['مائتي شخص', 200, 200, 200],
  ['ثلاثمائة', 300, 300, 300],
  ['ألف', 1000, 1000, 1000],
  ['ثلاثة آلاف', 3000, 3000, 3000],
  ['وثلاثة', 3, 3, 3],
  ['one', 1, 1, 1],
  ['two soldiers', 2, 2, 2],
  ['eleven', 11, 11, 11],
  ['twenty', 20, 20, 20],
  ['twenty-five', 25, 25, 25],
  ['ninety-nine', 99, 99, 99],
  ['one hundred and twenty', 120, 120, 120],
  ['a hundred', 100, 100, 100],
  ['a dozen', 12, 12, 12],
  ['two dozen', 24, 24, 24],
  ['half a dozen', 6, 6, 6],
];

const duals: Row[] = [
  ['شخصين', 2, 2, 2],
  ['شخصان', 2, 2, 2],
  ['ناشطتين', 2, 2, 2],
  ['ناشطتان', 2, 2, 2],
  ['عنصرين', 2, 2, 2],
  ['جنديين', 2, 2, 2],
  ['طفلين', 2, 2, 2],
  ['امرأتين', 2, 2, 2],
  ['مقتل عنصرين من قسد', 2, 2, 2],
];

const qualified: Row[] = [
  ['between 10 and 15', 10, 10, 15],
  ['10-15', 10, 10, 15],
  ['10–15 people', 10, 10, 15],
  ['ما بين 10 و15', 10, 10, 15],
  ['بين ١٠ و ١٥ قتيلاً', 10, 10, 15],
  ['من 10 إلى 15', 10, 10, 15],
  ['three or four', 3, 3, 4],
  ['ثلاثة أو أربعة', 3, 3, 4],
  ['at least 5', 5, 5, undefined],
  ['ما لا يقل عن 5', 5, 5, undefined],
  ['لا يقل عن خمسة', 5, 5, undefined],
  ['5 على الأقل', 5, 5, undefined],
  ['20 or more', 20, 20, undefined],
  ['more than 20', 20, 20, undefined],
  ['أكثر من 20', 20, 20, undefined],
  ['ما يزيد عن عشرين', 20, 20, undefined],
  ['over 100', 100, 100, undefined],
  ['about 30', undefined, 30, undefined],
  ['نحو 30', undefined, 30, undefined],
  ['قرابة 30', undefined, 30, undefined],
  ['حوالي ثلاثين', undefined, 30, undefined],
  ['30 تقريباً', undefined, 30, undefined],
  ['nearly 30', undefined, 30, 30],
  ['up to 40', undefined, 40, 40],
  ['ما يصل إلى 40', undefined, 40, 40],
  ['fewer than 10', undefined, undefined, 9],
  ['أقل من 10', undefined, undefined, 9],
];

const vague: Row[] = [
  ['العشرات', 12, 12, 99],
  ['عشرات', 12, 12, 99],
  ['فقدت العشرات من عناصرها', 12, 12, 99],
  ['بالعشرات', 12, 12, 99],
  ['dozens', 12, 12, 99],
  ['dozens of civilians', 12, 12, 99],
  ['scores of people', 12, 12, 99],
  ['hundreds', 100, 100, 999],
  ['المئات', 100, 100, 999],
  ['مئات المدنيين', 100, 100, 999],
  ['several hundred', 100, 100, 999],
  ['عدة مئات', 100, 100, 999],
  ['thousands', 1000, 1000, 9999],
  ['الآلاف', 1000, 1000, 9999],
  ['عشرات الآلاف', 10000, 10000, 99999],
  ['tens of thousands', 10000, 10000, 99999],
  ['several', 3, 3, 9],
  ['عدة', 3, 3, 9],
  ['عدة أشخاص', 3, 3, 9],
  ['بضعة', 3, 3, 9],
  ['a few', 3, 3, 9],
  ['few', 3, 3, 9],
  ['a number of', 3, 3, undefined],
  ['عدد من العناصر', 3, 3, undefined],
  ['many', 10, 10, undefined],
  ['كثير', 10, 10, undefined],
  ['العديد من المدنيين', 10, 10, undefined],
  ['a couple of', 2, 2, 3],
];

describe('resolveCount (ACLED convention)', () => {
  const rows = [...figures, ...words, ...duals, ...qualified, ...vague];
  it('has at least 60 forms', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });
  it.each(rows)('%s → %s / %s / %s', (text, low, best, high) => {
    const r = resolveCount(text);
    expect({ low: r.value.low, best: r.value.best, high: r.value.high }).toEqual({ low, best, high });
    expect(r.value.text).toBe(text);
    expect(r.value.convention).toBe('acled');
    expect(r.confidence).toBeGreaterThan(0);
  });
});

describe('resolveCount details', () => {
  it('reads العشرات as 12 under ACLED, flagged as vague', () => {
    const r = resolveCount('العشرات');
    expect(r.value).toEqual({ low: 12, best: 12, high: 99, text: 'العشرات', convention: 'acled' });
    expect(r.confidence).toBe(0.5);
    expect(r.issues.map((i) => [i.code, i.level])).toEqual([['vague_count', 'info']]);
  });

  it('reads ناشطتين as exactly 2', () => {
    expect(resolveCount('ناشطتين')).toEqual({ value: { low: 2, best: 2, high: 2, text: 'ناشطتين', convention: 'acled' }, confidence: 0.9, issues: [] });
  });

  it('gives full confidence to figures and less to words, qualifiers and ranges', () => {
    expect(resolveCount('12').confidence).toBe(1);
    expect(resolveCount('اثنا عشر').confidence).toBe(0.95);
    expect(resolveCount('نحو 30').confidence).toBe(0.85);
    expect(resolveCount('10-15').confidence).toBe(0.85);
  });

  it('never makes up a number', () => {
    for (const text of ['قتلى', 'casualties', 'a number', 'جرحى في صفوف المدنيين', '']) {
      const r = resolveCount(text);
      expect(r.value, text).toEqual({ text });
      expect(r.confidence).toBe(0);
      // "المدنيين" may be "the two civilians": said so, not counted.
      expect(['no_count', 'ambiguous_dual']).toContain(r.issues[0]?.code);
    }
  });

  it('does not count a form that may be a plural', () => {
    const r = resolveCount('مدنيين');
    expect(r.value).toEqual({ text: 'مدنيين' });
    expect(r.issues).toMatchObject([{ code: 'ambiguous_dual', level: 'warning' }]);
  });

  it('reads "no casualties" as 0', () => {
    for (const text of ['no casualties', 'دون وقوع إصابات', 'لم يسفر الهجوم عن إصابات']) {
      const r = resolveCount(text);
      expect(r.value.best, text).toBe(0);
      expect(r.issues[0]?.code).toBe('zero_count');
    }
  });

  it('says when it read the first of several numbers', () => {
    expect(resolveCount('12 قتيلاً و5 جرحى').issues.map((i) => i.code)).toEqual(['multiple_numbers']);
  });

  it('turns a backwards range around', () => {
    const r = resolveCount('15-10');
    expect([r.value.low, r.value.high]).toEqual([10, 15]);
    expect(r.issues[0]?.code).toBe('reversed_count_range');
  });
});

describe('other conventions', () => {
  it('reads vague words literally', () => {
    expect(resolveCount('العشرات', { convention: 'literal' }).value).toEqual({ low: 20, high: 99, text: 'العشرات', convention: 'literal' });
    expect(resolveCount('dozens', { convention: 'literal' }).value).toEqual({ low: 24, high: 99, text: 'dozens', convention: 'literal' });
    expect(resolveCount('more than 20', { convention: 'literal' }).value).toMatchObject({ low: 21 });
    expect(resolveCount('between 10 and 15', { convention: LITERAL_COUNT_CONVENTION }).value).toEqual({
      low: 10,
      high: 15,
      text: 'between 10 and 15',
      convention: 'literal',
    });
    expect(resolveCount('12', { convention: 'literal' }).value).toMatchObject({ low: 12, best: 12, high: 12 });
  });

  it('takes a user convention', () => {
    const mine: CountConvention = {
      ...ACLED_COUNT_CONVENTION,
      name: 'midpoint',
      vague: { ...ACLED_COUNT_CONVENTION.vague, dozens: { low: 24, best: 50, high: 99 } },
      range: (low, high) => ({ low, best: Math.round((low + high) / 2), high }),
    };
    expect(resolveCount('dozens', { convention: mine }).value).toEqual({ low: 24, best: 50, high: 99, text: 'dozens', convention: 'midpoint' });
    expect(resolveCount('10-20', { convention: mine }).value.best).toBe(15);
  });

  it('reports a vague class the convention leaves out', () => {
    const sparse: CountConvention = { ...ACLED_COUNT_CONVENTION, name: 'sparse', vague: {} };
    const r = resolveCount('dozens', { convention: sparse });
    expect(r.value).toEqual({ text: 'dozens' });
    expect(r.issues[0]?.code).toBe('count_not_converted');
  });

  it('throws on an unknown convention name (programmer error)', () => {
    expect(() => resolveCount('12', { convention: 'ucdp' as never })).toThrow(TypeError);
    expect(() => resolveCount('12', { convention: { name: 'x' } as never })).toThrow(TypeError);
  });
});
