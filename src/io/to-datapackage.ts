import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../schema/issue.js';

import type { EventSource } from './event-source.js';
import type { NativeValue } from './flatten-event.js';
import { NATIVE_COLUMNS, type NativeFieldType } from './native-columns.js';
import { type CsvFormatOptions, writeCsvObserved } from './to-csv.js';
import type { WriteStats } from './write-target.js';

/** A field of a Frictionless Table Schema, as {@link writeDataPackage} writes it. */
export interface TableSchemaField {
  name: string;
  type: NativeFieldType;
  description: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

/** The `datapackage.json` descriptor {@link writeDataPackage} writes (Frictionless Data Package v1, tabular). */
export interface DataPackageDescriptor {
  profile: 'tabular-data-package';
  name: string;
  title?: string;
  description?: string;
  created?: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  sources?: { title: string; path?: string }[];
  resources: {
    profile: 'tabular-data-resource';
    name: string;
    path: string;
    format: 'csv';
    mediatype: 'text/csv';
    encoding: 'utf-8';
    dialect: { delimiter: ','; lineTerminator: string; quoteChar: '"'; doubleQuote: true; header: true };
    schema: { fields: TableSchemaField[]; missingValues: string[]; primaryKey?: string };
  }[];
}

/**
 * Options of {@link writeDataPackage}: the CSV format (native layout by default) and the
 * package metadata.
 *
 * @example
 * ```ts
 * const options: WriteDataPackageOptions = { name: 'syria-2021', title: 'Syria, 2021', licenses: [{ name: 'CC-BY-4.0' }] };
 * ```
 */
export interface WriteDataPackageOptions extends Omit<CsvFormatOptions, 'header' | 'quotes'> {
  /** Package name: lower case letters, digits, `-`, `.`, `_`. Default `conflict-events`. */
  name?: string;
  title?: string;
  description?: string;
  /** Creation time to record (ISO 8601); not recorded by default, so the output is reproducible. */
  created?: string;
  licenses?: DataPackageDescriptor['licenses'];
  /** Where the data comes from, e.g. `[{ title: 'ACLED', path: 'https://acleddata.com' }]`. */
  sources?: DataPackageDescriptor['sources'];
  /** File name of the CSV, inside the folder. Default `events.csv`. */
  csvFile?: string;
  /** Rows per `Papa.unparse` call. Default 2000. */
  chunkSize?: number;
}

const NAME = /^[a-z0-9._-]+$/;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function nativeField(c: (typeof NATIVE_COLUMNS)[number]): TableSchemaField {
  const field: TableSchemaField = { name: c.name, type: c.type, description: c.description };
  if (c.type === 'boolean') {
    field.trueValues = ['true'];
    field.falseValues = ['false'];
  }
  if (c.type === 'date') field.format = 'default';
  if (c.name === 'id') field.constraints = { required: true, unique: true };
  else if (c.name === 'type' || c.name === 'date_precision' || c.name === 'location_precision') {
    field.constraints = { required: true, ...(c.enum !== undefined ? { enum: [...c.enum] } : {}) };
  } else if (c.enum !== undefined && c.list !== true) field.constraints = { enum: [...c.enum] };
  return field;
}

/** Tracks, per column, whether every non-empty cell is an integer / a number. */
class TypeTracker {
  integer: boolean[] = [];
  number: boolean[] = [];
  observe = (cells: readonly NativeValue[]): void => {
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (v === undefined || (this.integer[i] === false && this.number[i] === false)) continue;
      const s = typeof v === 'string' ? v : String(v);
      if (this.integer[i] !== false && !INTEGER.test(s)) this.integer[i] = false;
      if (this.number[i] !== false && !NUMBER.test(s)) this.number[i] = false;
    }
  };
}

/**
 * Writes a Frictionless Data Package into a folder (created if needed): the events as CSV (native layout by default,
 * streamed with bounded memory) and beside it `datapackage.json`, whose Table Schema gives every
 * field's type (`string`, `integer`, `number`, `boolean`, `date`), format and description, the
 * enumerations, `missingValues: [""]` and the primary key `id`, so that R (`frictionless`,
 * `readr`) and Python (`frictionless`, pandas) load the table typed.
 *
 * For the `acled` and `ucdp` layouts the fields are described by name, and a column is typed
 * `integer` or `number` when every value written in it is one (else `string`); there is no primary key.
 *
 * Spreadsheet safety is off by default here (`spreadsheetSafe: false`): a data package is read by
 * programs, for which a `'` prefix would change the data.
 *
 * @throws {TypeError} for an invalid package name or CSV options; the promise rejects when the folder cannot be written.
 * @example
 * ```ts
 * const { value } = await writeDataPackage(events, 'out/syria-2021', { name: 'syria-2021', title: 'Syria 2021' });
 * value.descriptor.resources[0].schema.primaryKey; //=> 'id'
 * // R: frictionless::read_package('out/syria-2021/datapackage.json')
 * ```
 */
export async function writeDataPackage(
  events: EventSource,
  directory: string,
  options: WriteDataPackageOptions = {},
): Promise<Result<WriteStats & { descriptor: DataPackageDescriptor; files: string[] }>> {
  const name = options.name ?? 'conflict-events';
  if (!NAME.test(name)) throw new TypeError(`data package name ${JSON.stringify(name)} must use only lower case letters, digits, "-", "." and "_"`);
  const csvFile = options.csvFile ?? 'events.csv';
  const tracker = new TypeTracker();
  const csvPath = join(directory, csvFile);
  await mkdir(directory, { recursive: true });
  const { csvFile: _csv, name: _name, title, description, created, licenses, sources, ...csvOptions } = options;
  const native = (options.layout ?? 'native') === 'native';
  const { result: written, layout: spec } = await writeCsvObserved(events, csvPath, { spreadsheetSafe: false, ...csvOptions }, native ? undefined : tracker.observe);

  const fields: TableSchemaField[] =
    spec.layout === 'native'
      ? NATIVE_COLUMNS.map(nativeField)
      : spec.columns.map((column, i) => {
          const numeric = spec.numeric[i] === true;
          const type: NativeFieldType = numeric && tracker.integer[i] !== false ? 'integer' : numeric && tracker.number[i] !== false ? 'number' : 'string';
          return { name: column, type, description: `${spec.layout === 'acled' ? 'ACLED' : 'UCDP GED'} column ${column}, as in the dataset's codebook.` };
        });
  const descriptor: DataPackageDescriptor = {
    profile: 'tabular-data-package',
    name,
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(created !== undefined ? { created } : {}),
    ...(licenses !== undefined ? { licenses } : {}),
    ...(sources !== undefined ? { sources } : {}),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'events',
        path: csvFile,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: options.newline ?? '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields, missingValues: [''], ...(spec.layout === 'native' ? { primaryKey: 'id' } : {}) },
      },
    ],
  };
  const descriptorPath = join(directory, 'datapackage.json');
  await writeFile(descriptorPath, JSON.stringify(descriptor, null, 2) + '\n', 'utf8');
  return { value: { ...written.value, descriptor, files: [descriptorPath, csvPath] }, issues: written.issues };
}
