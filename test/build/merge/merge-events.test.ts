import { expect, test } from 'vitest';
import { compareEvents, mergeEvents } from '../../../src/build/merge/index.js';
import { candidatePairs } from '../../../src/build/merge/blocking.js';
import { compareProfiles } from '../../../src/build/merge/compare-events.js';
import { eventProfile } from '../../../src/build/merge/event-profile.js';
import { type ConflictEvent, validateEvent } from '../../../src/index.js';
import { random, syntheticEvents } from '../../helpers/synthetic-events.js';
import { arabicAssassination, englishAssassination, otherAssassination } from './fixtures.js';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

test('an Arabic and an English report merge into one event that keeps both sources and all evidence', () => {
  const { value, stats } = mergeEvents([arabicAssassination, englishAssassination, otherAssassination]);
  expect(value).toHaveLength(2);
  expect(stats).toMatchObject({ input: 3, output: 2, merged: 1, reportsMerged: 2 });
  const merged = value.find((e) => e.sources.length === 2);
  expect(merged).toBeDefined();
  expect(merged?.sources.map((s) => s.document)).toEqual(['seed-en', 'seed-report']);
  expect(merged?.evidence).toHaveLength(2);
  expect(merged?.mergedFrom).toEqual(['ev-ar-assassination', 'ev-en-assassination']);
  expect(merged?.type).toBe('assassination');
  // Victims united across scripts, Latin names kept, details filled from the other report.
  const victims = merged?.actors.filter((a) => a.role === 'victim');
  expect(victims?.map((v) => v.name)).toEqual(['Saada Faisal al-Hermas', 'Hind Latif al-Khudair']);
  expect(victims?.every((v) => v.kind === 'civilians')).toBe(true);
  expect(merged?.actors.filter((a) => a.role === 'perpetrator')).toHaveLength(1);
  expect(validateEvent(merged).issues.filter((i) => i.level === 'error')).toEqual([]);
});

test('fatalities: low is the lowest report, high the highest, best by the stated rule; the disagreement is recorded', () => {
  const { value, issues } = mergeEvents([arabicAssassination, englishAssassination]);
  const [merged] = value;
  expect(merged?.fatalities).toMatchObject({ low: 2, best: 2, high: 3 });
  expect(merged?.disagreements).toContainEqual({
    field: 'fatalities.best',
    values: [
      { value: 2, documents: ['seed-report'] },
      { value: 3, documents: ['seed-en'] },
    ],
    resolution: 'median of reports; low and high are the lowest and highest reported',
  });
  expect(issues.some((i) => i.code === 'reports_disagree' && i.message.includes('fatalities.best'))).toBe(true);
  expect(mergeEvents([arabicAssassination, englishAssassination], { bestRule: 'highest' }).value[0]?.fatalities?.best).toBe(3);
});

test('the result and the ids do not depend on input order', () => {
  const events = [arabicAssassination, englishAssassination, otherAssassination, ...syntheticEvents(400, 7, { years: 1 })];
  const reference = JSON.stringify(mergeEvents(events).value);
  for (const seed of [1, 2, 3]) expect(JSON.stringify(mergeEvents(shuffled(events, seed)).value)).toBe(reference);
});

test('merging can be turned off', () => {
  const { value, stats } = mergeEvents([arabicAssassination, englishAssassination], { merge: false });
  expect(value).toHaveLength(2);
  expect(stats.merged).toBe(0);
});

test('blocking misses no pair that comparing all pairs would merge', () => {
  // Dense data (one year), so that many events share buckets.
  const events = syntheticEvents(1200, 11, { years: 1 });
  const profiles = events.map(eventProfile);
  const { pairs, tooVague } = candidatePairs(profiles);
  expect(tooVague.size).toBe(0);
  const proposed = new Set<string>();
  for (let k = 0; k < pairs.length; k += 2) proposed.add(`${pairs[k]},${pairs[k + 1]}`);
  let same = 0;
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      if (compareProfiles(profiles[i]!, profiles[j]!).same) {
        same++;
        expect(proposed.has(`${i},${j}`), `${events[i]!.id} ~ ${events[j]!.id} not proposed`).toBe(true);
      }
    }
  }
  expect(same).toBeGreaterThan(50);
  // Blocking compares a small share of all pairs.
  expect(pairs.length / 2).toBeLessThan((events.length * (events.length - 1)) / 2 / 20);
});

test('every merged event is made of reports that are pairwise the same event', () => {
  const events = syntheticEvents(1200, 11, { years: 1 });
  const byId = new Map(events.map((e) => [e.id, e]));
  const { value } = mergeEvents(events);
  const merged = value.filter((e) => (e.mergedFrom?.length ?? 0) > 1);
  expect(merged.length).toBeGreaterThan(50);
  for (const e of merged) {
    const members = (e.mergedFrom ?? []).map((id) => byId.get(id)!);
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) expect(compareEvents(members[i]!, members[j]!).same).toBe(true);
  }
});

test('an event that fits two events that cannot be one is left alone and reported', () => {
  const row = (id: string, victim: string): ConflictEvent => ({
    ...otherAssassination,
    id,
    date: { start: '2021-01-15', end: '2021-01-15', precision: 'day' },
    actors: [{ name: 'Islamic State', id: 'isis', role: 'perpetrator' }, { name: victim, role: 'victim' }],
    sources: [{ document: id }],
    codes: { acled: { event_id_cnty: id } },
  });
  const vague: ConflictEvent = { ...otherAssassination, id: 'vague', actors: [{ name: 'Islamic State', id: 'isis', role: 'perpetrator' }], sources: [{ document: 'vague-report' }] };
  const { value, issues, stats } = mergeEvents([row('SYR1', 'Ahmad Ali al-Saleh'), row('SYR2', 'Omar Yusuf Haddad'), vague]);
  expect(value).toHaveLength(3);
  expect(stats.ambiguous).toBe(1);
  expect(issues).toContainEqual(expect.objectContaining({ code: 'merge_ambiguous', event: 'vague', level: 'warning' }));
});

test('a chain of likeness does not merge reports that conflict (complete linkage)', () => {
  // A is like B and B is like C, but A and C name different victims.
  const a: ConflictEvent = { ...englishAssassination, id: 'a', sources: [{ document: 'a' }] };
  const b: ConflictEvent = { ...englishAssassination, id: 'b', actors: englishAssassination.actors.slice(0, 1), sources: [{ document: 'b' }] };
  const c: ConflictEvent = { ...otherAssassination, id: 'c', sources: [{ document: 'c' }] };
  expect(compareEvents(a, b).same).toBe(true);
  expect(compareEvents(b, c).same).toBe(true);
  expect(compareEvents(a, c).same).toBe(false);
  const { value } = mergeEvents([a, b, c]);
  expect(value.every((e) => !(e.mergedFrom?.includes('a') === true && e.mergedFrom.includes('c')))).toBe(true);
});

test('one event given twice is combined, with a warning', () => {
  const { value, issues } = mergeEvents([arabicAssassination, arabicAssassination]);
  expect(value).toHaveLength(1);
  expect(value[0]?.id).toBe(arabicAssassination.id);
  expect(issues).toContainEqual(expect.objectContaining({ code: 'duplicate_event_id', level: 'warning' }));
});

test('events with unknown dates are kept and reported as not compared', () => {
  const undated: ConflictEvent = { ...englishAssassination, id: 'u', date: { precision: 'unknown', text: 'recently' }, actors: [], sources: [{ document: 'u' }] };
  const { value, issues } = mergeEvents([undated, arabicAssassination]);
  expect(value.map((e) => e.id)).toContain('u');
  expect(issues).toContainEqual(expect.objectContaining({ code: 'merge_not_compared', event: 'u' }));
});

test('a merged dataset is in date order, whatever the dates (before 1900 too), unknown dates last', () => {
  const at = (id: string, start: string | undefined, iso3: string): ConflictEvent => ({
    ...otherAssassination,
    id,
    date: start === undefined ? { precision: 'unknown' } : { start, end: start, precision: 'day' },
    location: { iso3, precision: 'country' },
    actors: [],
    sources: [{ document: id }],
  });
  const events = [at('e', undefined, 'SYR'), at('d', '2021-01-02', 'IRQ'), at('c', '1898-05-01', 'SYR'), at('b', '2021-01-02', 'SYR'), at('a', '1970-01-01', 'YEM')];
  const { value } = mergeEvents(events);
  expect(value.map((e) => e.id)).toEqual(['c', 'a', 'b', 'd', 'e']);
});
