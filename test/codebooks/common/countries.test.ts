// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { describe, expect, it } from 'vitest';
import { ISO_COUNTRY_CODES, gleditschWardFromIso3, iso3FromGleditschWard, iso3FromIsoNumeric, isoNumericFromIso3 } from '../../../src/codebooks/common/countries.js';
import { acledSample, ucdpSample } from '../reference-data.js';

describe('ISO 3166-1 numeric ↔ alpha-3', () => {
  it('has all 249 countries, each code once', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES.map(([a]) => a)).size).toBe(249);
    expect(new Set(ISO_COUNTRY_CODES.map(([, n]) => n)).size).toBe(249);
    for (const [a, n] of ISO_COUNTRY_CODES) {
      expect(iso3FromIsoNumeric(n)).toBe(a);
      expect(isoNumericFromIso3(a)).toBe(n);
    }
  });

  it('knows the codes of the codebook and of the ACLED Middle East', () => {
    // Codebook §1.1: Iraq 368, Syria 760, Ethiopia 231.
    expect([368, 760, 231].map(iso3FromIsoNumeric)).toEqual(['IRQ', 'SYR', 'ETH']);
    const middleEast = { BHR: 48, IRN: 364, IRQ: 368, ISR: 376, JOR: 400, KWT: 414, LBN: 422, OMN: 512, PSE: 275, QAT: 634, SAU: 682, SYR: 760, TUR: 792, ARE: 784, YEM: 887 };
    for (const [a, n] of Object.entries(middleEast)) expect(isoNumericFromIso3(a)).toBe(n);
    expect(isoNumericFromIso3('syr')).toBe(760);
    expect(iso3FromIsoNumeric(999)).toBeUndefined();
  });

  it('maps every iso code of the ACLED sample', () => {
    const isos = new Set(acledSample().rows.map((r) => Number(r.iso)));
    for (const n of isos) expect(iso3FromIsoNumeric(n)).toBeDefined();
  });
});

describe('Gleditsch–Ward numbers ↔ ISO alpha-3 (UCDP country_id)', () => {
  it('maps every country_id, gwnoa and gwnob of the UCDP sample, and back to the same number', () => {
    const rows = ucdpSample().rows;
    const ids = new Set(rows.flatMap((r) => [r.country_id, r.gwnoa, r.gwnob]).filter((c): c is string => c !== undefined && c.length > 0).map(Number));
    for (const gw of ids) {
      const iso3 = iso3FromGleditschWard(gw);
      expect(iso3, `GW ${gw}`).toBeDefined();
      expect(gleditschWardFromIso3(iso3 ?? '')).toBe(gw);
    }
  });

  it('uses UCDP numbers for continuing states: Serbia (Yugoslavia) 345, Yemen (North Yemen) 678', () => {
    expect(gleditschWardFromIso3('SRB')).toBe(345);
    expect(iso3FromGleditschWard(340)).toBe('SRB');
    expect(gleditschWardFromIso3('YEM')).toBe(678);
    expect(iso3FromGleditschWard(680)).toBe('YEM');
    expect([652, 645, 630, 640, 660, 663, 666, 670].map(iso3FromGleditschWard)).toEqual(['SYR', 'IRQ', 'IRN', 'TUR', 'LBN', 'JOR', 'ISR', 'SAU']);
    expect(gleditschWardFromIso3('PSE')).toBeUndefined();
  });
});
