import type { ConflictEvent, ConflictEventInput } from '../../src/index.js';
import { ConflictEventSchema } from '../../src/schema/event.js';

/** Repo-relative paths of the real reference samples (CI has ../shared beside the clone). */
export const ACLED_SAMPLE = new URL('../../../shared/reference-data/acled/acled_2022H1_syria_iraq_sample.csv', import.meta.url).pathname;
export const UCDP_SAMPLE = new URL('../../../shared/reference-data/ucdp-ged/ucdp_ged_v23_1_sample_1000.csv', import.meta.url).pathname;

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
