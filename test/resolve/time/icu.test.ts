import { describe, expect, it } from 'vitest';
import { hasHijriCalendar } from '../../../src/resolve/time/index.js';

describe('the Node ICU the date resolver relies on', () => {
  it('is full ICU: ar-SY gives the Levantine month name آذار for March', () => {
    const march = new Intl.DateTimeFormat('ar-SY', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2019, 2, 15)));
    expect(
      march,
      'This Node was built with small ICU (no Arabic locale data): Levantine month names, the islamic-umalqura calendar and Hijri dates need full ICU. Use an official Node build or NODE_ICU_DATA with full-icu.',
    ).toBe('آذار');
  });

  it('has the islamic-umalqura calendar', () => {
    expect(hasHijriCalendar(), 'The islamic-umalqura calendar is missing from this Node build (small ICU); Hijri dates cannot be converted').toBe(true);
    expect(Intl.supportedValuesOf('calendar')).toContain('islamic-umalqura');
  });
});
