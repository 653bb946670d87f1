/**
 * The machine's time zone must not change a result. The npm test script pins TZ to
 * America/Los_Angeles; this test also switches process.env.TZ at run time (Node re-reads it) to
 * zones far apart and checks that every result stays the same.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findDates, resolveDate } from '../../../src/resolve/time/index.js';

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const cases: [string, { published: string; timeZone?: string; language?: string }][] = [
  ['أمس', { published: '2021-02-21T23:30:00Z', timeZone: 'Asia/Damascus' }],
  ['yesterday', { published: '2021-02-22' }],
  ['On Sunday', { published: '2021-02-22' }],
  ['last week', { published: '2021-03-28' }],
  ['الأسبوع الماضي', { published: '2021-03-28', timeZone: 'Asia/Damascus' }],
  ['منذ ثلاثة أيام', { published: '2021-03-29T00:10:00+03:00', timeZone: 'Asia/Baghdad' }],
  ['12 March', { published: '2021-02-22' }],
  ['hier', { published: '2021-03-28', language: 'fr' }],
  ['in the last 24 hours', { published: '2021-03-28T02:30:00+01:00', timeZone: 'Europe/London' }],
  ['this month', { published: '2021-02-28T23:30:00Z', timeZone: 'Asia/Damascus' }],
];

describe('no leak of the machine time zone', () => {
  it('is pinned by the npm script when run through it', () => {
    if (original !== undefined) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(original);
  });

  it('gives the same results in every machine zone', () => {
    const zones = ['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Damascus', 'UTC', 'Europe/London'];
    const offsets = new Set<number>();
    const runs = zones.map((zone) => {
      process.env.TZ = zone;
      offsets.add(new Date(2021, 0, 1, 12).getTimezoneOffset());
      return cases.map(([text, context]) => resolveDate(text, context).value).concat(findDates('قتل أمس وفي 12 آذار 2019', { published: '2021-02-22' }).value.map((d) => d.value));
    });
    // The switch really took effect: the zones have five different offsets in January.
    expect(offsets.size).toBe(5);
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
    expect(runs[0]?.[0]).toMatchObject({ start: '2021-02-21', end: '2021-02-21', precision: 'day' });
  });
});
