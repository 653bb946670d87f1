import { describe, expect, it } from 'vitest';
import { checkAcledExport } from '../../../src/codebooks/acled/check-export.js';
import type { ConflictEvent } from '../../../src/schema/event.js';

const event: ConflictEvent = {
  id: 'ev-1',
  type: 'assassination',
  date: { start: '2021-01-10', end: '2021-01-10', precision: 'day' },
  location: { name: 'Deir ez-Zor', iso3: 'SYR', precision: 'exact' },
  actors: [
    { name: 'Islamic State', role: 'perpetrator', kind: 'rebel_group' },
    { name: 'Saada Faisal al-Hermas', role: 'victim', kind: 'civilians' },
  ],
  fatalities: { best: 1 },
  sources: [{ document: 'seed', publisher: 'Al Arabiya' }],
  evidence: [],
};

describe('checkAcledExport', () => {
  it('finds nothing to report for a fully codable event', () => {
    expect(checkAcledExport(event)).toEqual([]);
  });

  it('reports what the ACLED layout loses or leaves blank', () => {
    const issues = checkAcledExport({
      ...event,
      type: 'other',
      date: { start: '2021-01-01', end: '2021-12-31', precision: 'year' },
      location: { precision: 'unknown' },
      actors: [
        { name: 'Islamic State', role: 'perpetrator' },
        { name: 'Amaq', role: 'claimant' },
        { name: 'a witness', role: 'other' },
      ],
      fatalities: { low: 2, best: 3, high: 5 },
      sources: [{ document: 'seed' }],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['acled_date_too_vague', ['date']],
      ['acled_no_category', ['type']],
      ['acled_actor_not_exported', ['actors', 2]],
      ['acled_actor_not_exported', ['actors', 1]],
      ['acled_missing_inter', ['actors', 0, 'kind']],
      ['acled_unknown_geo_precision', ['location', 'precision']],
      ['acled_lowest_fatalities', ['fatalities']],
      ['acled_source_without_publisher', ['sources', 0, 'publisher']],
    ]);
    expect(issues.every((i) => i.event === 'ev-1')).toBe(true);
  });

  it('notes that civilian targeting is never written for a battle', () => {
    const issues = checkAcledExport({ ...event, type: 'armed_clash', attributes: { civilianTargeting: true } });
    expect(issues.map((i) => i.code)).toEqual(['acled_battle_civilian_targeting']);
  });
});
