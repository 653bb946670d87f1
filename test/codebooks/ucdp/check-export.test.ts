import { describe, expect, it } from 'vitest';
import { checkUcdpExport } from '../../../src/codebooks/ucdp/check-export.js';
import type { ConflictEvent } from '../../../src/schema/event.js';

const event: ConflictEvent = {
  id: 'ev-1',
  type: 'armed_clash',
  date: { start: '2021-01-10', end: '2021-01-10', precision: 'day' },
  location: { name: 'Deir ez-Zor', iso3: 'SYR', precision: 'exact' },
  actors: [
    { name: 'Government of Syria', role: 'actor', kind: 'state_forces' },
    { name: 'IS', role: 'actor' },
  ],
  fatalities: { best: 4 },
  sources: [{ document: 'seed', publisher: 'SANA' }],
  evidence: [],
};

describe('checkUcdpExport', () => {
  it('finds nothing to report for a fully codable event', () => {
    expect(checkUcdpExport(event)).toEqual([]);
  });

  it('reports events UCDP would not record and what the layout loses', () => {
    const issues = checkUcdpExport({
      ...event,
      actors: [
        { name: 'IS', role: 'actor' },
        { name: 'Amaq', role: 'actor', associated: true },
      ],
      fatalities: { best: 0 },
      date: { precision: 'unknown' },
      location: { iso3: 'PSE', precision: 'unknown' },
    });
    expect(issues.map((i) => i.code)).toEqual([
      'ucdp_no_type_of_violence',
      'ucdp_no_deaths',
      'ucdp_actor_not_exported',
      'ucdp_unknown_date_prec',
      'ucdp_unknown_where_prec',
      'ucdp_no_country_id',
    ]);
  });
});
