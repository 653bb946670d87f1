import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { type Issue, type Result, issue } from '../../schema/issue.js';
import { hasArabic } from '../../text/normalize-arabic.js';
import { builtinGazetteer } from './builtin-gazetteer.js';
import { createGazetteer } from './create-gazetteer.js';
import { PLACE_KINDS } from './types.js';
import type { Gazetteer, GazetteerEntry, PlaceKind } from './types.js';

/**
 * Options of {@link loadGazetteerCsv}.
 *
 * @example
 * ```ts
 * const options: LoadGazetteerCsvOptions = { defaultCountry: 'SYR', delimiter: ';' };
 * ```
 */
export interface LoadGazetteerCsvOptions {
  /** ISO alpha-3 for rows without a country. */
  defaultCountry?: string;
  /** Field delimiter; detected when absent. */
  delimiter?: string;
  /** Gazetteer used to turn country names and alpha-2 codes into alpha-3 (default the built-in one). */
  countries?: Gazetteer;
}

const HEADER_ALIASES: Readonly<Record<string, string>> = {
  name: 'name', place: 'name', location: 'name',
  lat: 'lat', latitude: 'lat', y: 'lat',
  lon: 'lon', lng: 'lon', long: 'lon', longitude: 'lon', x: 'lon',
  country: 'country', iso3: 'country', iso: 'country', country_code: 'country', cc: 'country',
  admin1: 'admin1', province: 'admin1', governorate: 'admin1', state: 'admin1',
  admin2: 'admin2', district: 'admin2', admin3: 'admin3', subdistrict: 'admin3',
  kind: 'kind', type: 'kind', id: 'id', population: 'population',
  alternates: 'alternates', alternate_names: 'alternates', alternatenames: 'alternates', aliases: 'alternates', alt_names: 'alternates',
  name_ar: 'name_ar', name_en: 'name_en',
};

const POSITIONAL = ['name', 'lat', 'lon', 'country', 'admin1'];

/**
 * Loads a user's gazetteer from a CSV file of points: one place a row, with a header naming the
 * columns (`name, lat, lon, country, admin1, admin2, kind, id, population, name_ar, alternates…`;
 * `latitude`/`longitude`, `iso3`, `province`… are accepted) or, without a header, the columns
 * `name, lat, lon, country, admin1, alternates…` in that order. Alternates are further columns or
 * one column separated by `|` or `;`. The file is streamed. A row without a name is skipped with an
 * error; a row with bad coordinates is kept without a point, with an error naming file, line and
 * field.
 *
 * @example
 * ```ts
 * // places.csv: name,lat,lon,country,admin1,alternates
 * //             al-Shuhayl,35.1,40.4,SYR,Deir ez-Zor,الشحيل|Shuhail
 * const { value, issues } = await loadGazetteerCsv('places.csv');
 * value.lookup('الشحيل')[0]?.entry.name; //=> 'al-Shuhayl'
 * ```
 */
export async function loadGazetteerCsv(path: string, options: LoadGazetteerCsvOptions = {}): Promise<Result<Gazetteer>> {
  const file = basename(path);
  const issues: Issue[] = [];
  const entries: GazetteerEntry[] = [];
  const stream = createReadStream(path, { encoding: 'utf8' }).pipe(
    Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: 'greedy', ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}) }),
  );
  let columns: string[] | undefined;
  let line = 0;
  for await (const row of stream as AsyncIterable<string[]>) {
    line++;
    const cells = row.map((c, i) => (line === 1 && i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
    if (columns === undefined) {
      const mapped = cells.map((c) => HEADER_ALIASES[c.toLowerCase().replace(/[\s-]+/g, '_')] ?? '');
      if (mapped.includes('name')) {
        columns = mapped.map((m, i) => (m === '' ? `extra:${cells[i] ?? i}` : m));
        continue;
      }
      columns = cells.map((_, i) => POSITIONAL[i] ?? 'alternates');
    }
    const entry = rowToEntry(cells, columns, file, line, issues, options);
    if (entry !== undefined) entries.push(entry);
  }
  return { value: createGazetteer(entries), issues };
}

function rowToEntry(cells: string[], columns: string[], file: string, line: number, issues: Issue[], options: LoadGazetteerCsvOptions): GazetteerEntry | undefined {
  const get = (col: string): string => cells[columns.indexOf(col)] ?? '';
  const name = get('name');
  if (name === '') {
    issues.push(issue('error', 'missing_place_name', 'the name field is empty; row skipped', { file, line, path: ['name'] }));
    return undefined;
  }
  const names = [{ text: name, lang: hasArabic(name) ? 'ar' : 'und' }];
  const addName = (text: string, lang?: string): void => {
    const t = text.trim();
    if (t !== '' && !names.some((n) => n.text === t)) names.push({ text: t, lang: lang ?? (hasArabic(t) ? 'ar' : 'und') });
  };
  addName(get('name_en'), 'en');
  addName(get('name_ar'), 'ar');
  columns.forEach((col, i) => {
    if (col === 'alternates') for (const alt of (cells[i] ?? '').split(/[|;]/)) addName(alt);
  });
  const kindText = get('kind').toLowerCase();
  let kind: PlaceKind = 'populated_place';
  if (kindText !== '') {
    if ((PLACE_KINDS as readonly string[]).includes(kindText)) kind = kindText as PlaceKind;
    else issues.push(issue('warning', 'unknown_place_kind', `kind "${kindText}" is not one of ${PLACE_KINDS.join(', ')}; used populated_place`, { file, line, path: ['kind'] }));
  }
  const idText = get('id');
  const entry: GazetteerEntry = { id: idText !== '' ? idText : `csv:${file}:${line}`, name, names, kind, source: `${file}:${line}` };
  const latText = get('lat');
  const lonText = get('lon');
  if (latText !== '' || lonText !== '') {
    const lat = Number(latText);
    const lon = Number(lonText);
    if (latText === '' || lonText === '' || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      issues.push(
        issue('error', 'invalid_coordinates', `"${name}": latitude "${latText}" / longitude "${lonText}" are not valid WGS84 coordinates; kept without a point`, { file, line, path: ['lat'] }),
      );
    } else entry.point = { lat, lon };
  }
  const country = get('country');
  const iso3 = country !== '' ? toIso3(country, options) : options.defaultCountry;
  if (country !== '' && iso3 === undefined) {
    issues.push(issue('warning', 'unknown_country', `"${name}": country "${country}" is not a known ISO code or country name; kept without a country`, { file, line, path: ['country'] }));
  }
  if (iso3 !== undefined) entry.iso3 = iso3;
  for (const level of ['admin1', 'admin2', 'admin3'] as const) {
    const v = get(level);
    if (v !== '') entry[level] = v;
  }
  if (kind === 'admin1') entry.admin1 = name;
  const population = Number(get('population'));
  if (get('population') !== '' && Number.isFinite(population) && population >= 0) entry.population = population;
  return entry;
}

function toIso3(country: string, options: LoadGazetteerCsvOptions): string | undefined {
  if (/^[A-Z]{3}$/.test(country)) return country;
  const countries = options.countries ?? builtinGazetteer();
  if (/^[A-Za-z]{2}$/.test(country)) return countries.country(country)?.iso3;
  return countries.lookup(country, { kinds: ['country'], exactOnly: true })[0]?.entry.iso3;
}
