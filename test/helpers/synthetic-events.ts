import type { ConflictEvent, EventType, LocationPrecision } from '../../src/index.js';

/** A small deterministic pseudo-random generator (mulberry32), so synthetic data is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  { iso3: 'SYR', lat: [32.5, 37], lon: [36, 42], admin1: ['Deir ez-Zor', 'Raqqa', 'Homs', 'Aleppo', 'Idlib', 'Hasakah', 'Hama', 'Damascus'] },
  { iso3: 'IRQ', lat: [29.5, 37], lon: [39, 48], admin1: ['Ninewa', 'Anbar', 'Salah al-Din', 'Diyala', 'Kirkuk', 'Baghdad', 'Basra'] },
  { iso3: 'YEM', lat: [13, 17], lon: [43, 52], admin1: ["Ta'iz", 'Marib', 'Al Hudaydah', 'Sanaa', 'Aden'] },
  { iso3: 'NGA', lat: [6, 13], lon: [4, 14], admin1: ['Borno', 'Yobe', 'Adamawa', 'Zamfara', 'Kaduna'] },
  { iso3: 'MLI', lat: [12, 20], lon: [-8, 3], admin1: ['Mopti', 'Gao', 'Timbuktu', 'Segou'] },
  { iso3: 'AFG', lat: [31, 37], lon: [62, 71], admin1: ['Kandahar', 'Helmand', 'Nangarhar', 'Kabul', 'Kunduz'] },
  { iso3: 'SOM', lat: [-1, 11], lon: [41, 50], admin1: ['Banadir', 'Lower Shabelle', 'Bay', 'Hiraan'] },
  { iso3: 'COD', lat: [-5, 3], lon: [23, 30], admin1: ['North Kivu', 'South Kivu', 'Ituri', 'Tanganyika'] },
];
const TYPES: EventType[] = ['attack', 'armed_clash', 'bombing', 'shelling', 'air_strike', 'assassination', 'abduction', 'protest', 'riot', 'arrest'];
const GROUPS = ['isis', 'sdf', 'syria-government-forces', 'hts', 'turkish-forces', 'aqap', 'jnim', 'boko-haram', 'al-shabaab', 'taliban', 'adf', 'm23'];
const NAMES = ['Ahmad', 'Hind', 'Saada', 'Khalid', 'Fatima', 'Omar', 'Layla', 'Yusuf', 'Mariam', 'Hassan', 'Zainab', 'Ali'];
const FAMILIES = ['al-Hermas', 'al-Khudair', 'Haddad', 'al-Jabouri', 'Nasser', 'al-Obeidi', 'Saleh', 'al-Hamad'];

function day(start: number): string {
  return new Date(start * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Synthetic events spread over countries, years and places like a real dataset: mostly
 * day-precise events at towns, some at admin1 or week/month precision, and a share of events
 * reported twice (a second report of the same event from another document, slightly
 * different), so that merging has work to do. `years` sets the time span (default 6).
 */
export function syntheticEvents(count: number, seed = 1, options: { years?: number; duplicateShare?: number } = {}): ConflictEvent[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const years = options.years ?? 6;
  const duplicateShare = options.duplicateShare ?? 0.2;
  const firstDay = 16_436; // 2015-01-01
  const events: ConflictEvent[] = [];
  for (let i = 0; events.length < count; i++) {
    const c = pick(COUNTRIES);
    const start = firstDay + Math.floor(rnd() * 365 * years);
    const r = rnd();
    const precision: LocationPrecision = r < 0.75 ? 'exact' : r < 0.85 ? 'near' : r < 0.97 ? 'admin1' : 'region';
    const dr = rnd();
    const width = dr < 0.9 ? 0 : dr < 0.96 ? 6 : 29;
    const type = pick(TYPES);
    const lat = c.lat[0]! + rnd() * (c.lat[1]! - c.lat[0]!);
    const lon = c.lon[0]! + rnd() * (c.lon[1]! - c.lon[0]!);
    const admin1 = pick(c.admin1);
    const perpetrator = pick(GROUPS);
    const victim = type === 'assassination' ? `${pick(NAMES)} ${pick(NAMES)} ${pick(FAMILIES)}` : undefined;
    const base: ConflictEvent = {
      id: `syn-${seed}-${i}`,
      type,
      date: { start: day(start), end: day(start + width), precision: width === 0 ? 'day' : width <= 6 ? 'days' : 'month' },
      location: {
        name: `place ${Math.round(lat * 10)}/${Math.round(lon * 10)}`,
        iso3: c.iso3,
        admin1,
        precision,
        ...(precision === 'exact' || precision === 'near' ? { point: { lat, lon } } : {}),
      },
      actors: [
        { name: perpetrator, id: perpetrator, role: 'perpetrator' },
        ...(victim !== undefined ? [{ name: victim, role: 'victim' as const, kind: 'civilians' as const }] : [{ name: 'civilians', role: 'target' as const, kind: 'civilians' as const }]),
      ],
      fatalities: { best: Math.floor(rnd() * 10) },
      sources: [{ document: `doc-${seed}-${i}` }],
      evidence: [],
    };
    events.push(base);
    if (events.length < count && rnd() < duplicateShare) {
      const jitter = (rnd() - 0.5) * 0.02;
      events.push({
        ...base,
        id: `syn-${seed}-${i}-b`,
        location: base.location.point !== undefined ? { ...base.location, point: { lat: lat + jitter, lon: lon - jitter } } : base.location,
        fatalities: { best: (base.fatalities?.best ?? 0) + Math.floor(rnd() * 3) },
        sources: [{ document: `doc-${seed}-${i}-b` }],
      });
    }
  }
  return events;
}
