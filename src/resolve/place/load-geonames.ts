import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { type Issue, type Result, issue } from '../../schema/issue.js';
import { hasArabic } from '../../text/normalize-arabic.js';
import { createGazetteer } from './create-gazetteer.js';
import type { Gazetteer, GazetteerEntry, PlaceKind } from './types.js';

/**
 * Options of {@link loadGeoNames}.
 *
 * @example
 * ```ts
 * const options: LoadGeoNamesOptions = { alternateNames: 'alternateNamesV2.txt', countries: ['SY', 'IQ'] };
 * ```
 */
export interface LoadGeoNamesOptions {
  /** Path of `alternateNamesV2.txt` (or `alternateNames.txt`): names in the languages below are added. */
  alternateNames?: string;
  /** ISO 639 languages kept from the alternate names file (default `['ar', 'en']`). */
  languages?: readonly string[];
  /** Path of `admin1CodesASCII.txt`, to give towns the name of their first-level unit. */
  admin1Codes?: string;
  /** Keep only rows of these countries (ISO alpha-2, GeoNames' column 9). */
  countries?: readonly string[];
  /** Keep only these feature classes (default P, A, S, L, T: places, administrative units, sites, areas, terrain). */
  featureClasses?: readonly string[];
}

/** GeoNames country code (alpha-2) → alpha-3, for the countries a conflict dataset meets most; others keep no iso3 unless the country file is given. */
const ISO2_TO_ISO3: Readonly<Record<string, string>> = {
  SY: 'SYR', IQ: 'IRQ', TR: 'TUR', JO: 'JOR', LB: 'LBN', IL: 'ISR', PS: 'PSE', SA: 'SAU', IR: 'IRN', KW: 'KWT', EG: 'EGY', YE: 'YEM',
  LY: 'LBY', SD: 'SDN', SS: 'SSD', SO: 'SOM', AF: 'AFG', PK: 'PAK', ML: 'MLI', NE: 'NER', NG: 'NGA', BF: 'BFA', TD: 'TCD', CM: 'CMR',
  CF: 'CAF', CD: 'COD', ET: 'ETH', ER: 'ERI', KE: 'KEN', MZ: 'MOZ', UA: 'UKR', RU: 'RUS', MM: 'MMR', IN: 'IND', BD: 'BGD', DZ: 'DZA',
  TN: 'TUN', MA: 'MAR', MR: 'MRT', AE: 'ARE', QA: 'QAT', BH: 'BHR', OM: 'OMN', AZ: 'AZE', AM: 'ARM', GE: 'GEO', CO: 'COL', MX: 'MEX',
  US: 'USA', GB: 'GBR', FR: 'FRA', DE: 'DEU', PH: 'PHL', TH: 'THA', ID: 'IDN', BI: 'BDI', RW: 'RWA', UG: 'UGA', SN: 'SEN', CI: 'CIV',
};

function kindOf(featureClass: string, featureCode: string): PlaceKind {
  if (featureClass === 'P') return 'populated_place';
  if (featureClass === 'A') {
    if (featureCode.startsWith('PCL')) return 'country';
    if (featureCode === 'ADM1' || featureCode === 'ADM1H') return 'admin1';
    if (featureCode === 'ADM2' || featureCode === 'ADM2H') return 'admin2';
    if (featureCode === 'ADM3' || featureCode === 'ADM3H') return 'admin3';
    return 'region';
  }
  if (featureClass === 'S') return 'site';
  return 'region';
}

async function* lines(path: string): AsyncGenerator<[string, number]> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    yield [n === 1 ? raw.replace(/^\uFEFF/, '') : raw, n];
  }
}

/**
 * Loads a GeoNames dump — `allCountries.txt`, a country file such as `SY.txt`, or `cities500.txt`
 * (all the same 19-column tab-separated format) — as a gazetteer, streaming it line by line.
 * Arabic-script alternate names are tagged `ar`; with `alternateNames` (alternateNamesV2.txt),
 * names in the chosen languages are added with their ISO language. Rows that cannot be used (wrong
 * number of columns, bad id or coordinates) are skipped with an `invalid_geonames_row` error
 * naming file and line.
 *
 * @example
 * ```ts
 * const { value: sy, issues } = await loadGeoNames('SY.txt', { alternateNames: 'alternateNamesV2.txt', admin1Codes: 'admin1CodesASCII.txt' });
 * resolvePlace('الشحيل', { gazetteer: composeGazetteers(sy, builtinGazetteer()) });
 * ```
 */
export async function loadGeoNames(path: string, options: LoadGeoNamesOptions = {}): Promise<Result<Gazetteer>> {
  const issues: Issue[] = [];
  const file = basename(path);
  const classes = new Set(options.featureClasses ?? ['P', 'A', 'S', 'L', 'T']);
  const countries = options.countries === undefined ? undefined : new Set(options.countries.map((c) => c.toUpperCase()));
  const admin1Names = new Map<string, string>();
  if (options.admin1Codes !== undefined) {
    const admin1File = basename(options.admin1Codes);
    for await (const [line, n] of lines(options.admin1Codes)) {
      if (line.trim() === '') continue;
      const c = line.split('\t');
      if (c.length < 2 || c[0] === undefined || c[1] === undefined) {
        issues.push(issue('error', 'invalid_geonames_row', `admin1 code row needs at least 2 tab-separated columns, found ${c.length}`, { file: admin1File, line: n }));
        continue;
      }
      admin1Names.set(c[0], c[1]);
    }
  }

  const entries = new Map<number, GazetteerEntry>();
  for await (const [line, n] of lines(path)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length !== 19) {
      issues.push(issue('error', 'invalid_geonames_row', `expected 19 tab-separated columns (GeoNames format), found ${c.length}; row skipped`, { file, line: n }));
      continue;
    }
    const [idText = '', name = '', asciiName = '', alternates = '', latText = '', lonText = '', featureClass = '', featureCode = '', cc = '', , admin1Code = '', admin2Code = '', , , populationText = ''] = c;
    const id = Number(idText);
    const lat = Number(latText);
    const lon = Number(lonText);
    if (!Number.isInteger(id) || id <= 0) {
      issues.push(issue('error', 'invalid_geonames_row', `geonameid "${idText}" is not a positive integer; row skipped`, { file, line: n, column: 1 }));
      continue;
    }
    if (latText === '' || lonText === '' || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      issues.push(issue('error', 'invalid_geonames_row', `geonameid ${id}: latitude "${latText}" / longitude "${lonText}" are not valid coordinates; row skipped`, { file, line: n, column: 5 }));
      continue;
    }
    if (name.trim() === '') {
      issues.push(issue('error', 'invalid_geonames_row', `geonameid ${id}: the name column is empty; row skipped`, { file, line: n, column: 2 }));
      continue;
    }
    if (!classes.has(featureClass)) continue;
    if (countries !== undefined && !countries.has(cc)) continue;
    const names = [{ text: name, lang: 'und' }];
    if (asciiName !== '' && asciiName !== name) names.push({ text: asciiName, lang: 'und' });
    for (const alt of alternates.split(',')) {
      const t = alt.trim();
      if (t === '' || names.some((x) => x.text === t)) continue;
      names.push({ text: t, lang: hasArabic(t) ? 'ar' : 'und' });
    }
    const entry: GazetteerEntry = {
      id: `geonames:${id}`,
      name: asciiName !== '' ? asciiName : name,
      names,
      kind: kindOf(featureClass, featureCode),
      point: { lat, lon },
      featureCode,
      source: `${file}:${n} (GeoNames, CC BY 4.0)`,
    };
    const iso3 = ISO2_TO_ISO3[cc];
    if (iso3 !== undefined) entry.iso3 = iso3;
    const admin1 = admin1Names.get(`${cc}.${admin1Code}`);
    if (admin1 !== undefined) entry.admin1 = admin1;
    if (entry.kind === 'admin1') entry.admin1 = entry.name;
    if (admin2Code !== '' && entry.kind === 'admin2') entry.admin2 = entry.name;
    const population = Number(populationText);
    if (Number.isFinite(population) && population > 0) entry.population = population;
    entries.set(id, entry);
  }

  if (options.alternateNames !== undefined) {
    const altFile = basename(options.alternateNames);
    const languages = new Set(options.languages ?? ['ar', 'en']);
    for await (const [line, n] of lines(options.alternateNames)) {
      if (line.trim() === '') continue;
      const c = line.split('\t');
      if (c.length < 4) {
        issues.push(issue('error', 'invalid_geonames_row', `alternate name row needs at least 4 tab-separated columns, found ${c.length}; row skipped`, { file: altFile, line: n }));
        continue;
      }
      const [, geonameId = '', lang = '', text = '', , , , isHistoric = ''] = c;
      if (!languages.has(lang) || text.trim() === '' || isHistoric === '1') continue;
      const entry = entries.get(Number(geonameId));
      if (entry === undefined) continue;
      const existing = entry.names.find((x) => x.text === text);
      if (existing !== undefined) existing.lang = lang;
      else entry.names.push({ text, lang });
    }
  }
  return { value: createGazetteer(entries.values()), issues };
}
