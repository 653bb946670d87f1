import type { ConflictEvent, ConflictEventInput } from '../../src/index.js';
import { ConflictEventSchema } from '../../src/schema/event.js';
import { sharedPath } from '../helpers/shared.js';

/** Repo-relative paths of the real reference samples (CI has ../shared beside the clone). */
export const ACLED_SAMPLE = sharedPath('reference-data/acled/acled_2022H1_syria_iraq_sample.csv');
export const UCDP_SAMPLE = sharedPath('reference-data/ucdp-ged/ucdp_ged_v23_1_sample_1000.csv');

/** An event checked by the schema, from a few fields; the rest take plain defaults. */
export function event(fields: Partial<ConflictEventInput> & { id: string }): ConflictEvent {
  return ConflictEventSchema.parse({
    type: 'attack',
    date: { start: '2021-01-10', end: '2021-01-10', precision: 'day' },
    location: { precision: 'unknown' },
    actors: [],
    sources: [{ document: `doc-${fields.id}` }],
    evidence: [],
    ...fields,
  });
}

/**
 * Two reports of one assassination, one Arabic and one English, that disagree on the number
 * killed: what `mergeEvents` combines into one event with two sources and a disagreement.
 */
export function twoReports(): ConflictEvent[] {
  const place = { name: 'Deir ez-Zor', admin1: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', point: { lat: 35.336, lon: 40.14 }, precision: 'admin1' as const };
  return [
    event({
      id: 'ar-1',
      type: 'assassination',
      location: place,
      date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'شهر يناير الماضي' },
      actors: [{ name: 'Islamic State', id: 'isis', role: 'perpetrator', text: 'داعش' }],
      fatalities: { low: 2, best: 2, high: 2, text: 'اغتيال ناشطتين' },
      sources: [{ document: 'alarabiya', publisher: 'Al Arabiya', published: '2021-02-22', language: 'ar', url: 'https://example.org/ar?x=1&y=2', title: 'التحالف: فلول داعش لا تزال تشكل تهديدا' }],
      evidence: [{ document: 'alarabiya', field: 'type', start: 40, end: 46, text: 'اغتيال' }],
    }),
    event({
      id: 'en-1',
      type: 'assassination',
      location: place,
      date: { start: '2021-01-14', end: '2021-01-14', precision: 'day' },
      actors: [{ name: 'ISIS', id: 'isis', role: 'perpetrator' }],
      fatalities: { low: 3, best: 3, high: 3 },
      sources: [{ document: 'wire', publisher: 'Wire <Agency>', published: '2021-01-15', language: 'en', url: 'javascript:alert(1)' }],
      evidence: [{ document: 'wire', field: 'fatalities', start: 10, end: 25, text: 'three <b>activists</b>' }],
    }),
  ];
}
