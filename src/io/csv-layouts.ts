import { type CsvLayout, type CsvLayoutSpec, NATIVE_LAYOUT } from './csv-layout.js';

/**
 * Which CSV layout to write, and the options of the codebook layouts.
 *
 * @example
 * ```ts
 * const options: CsvLayoutOptions = { layout: 'native' };
 * ```
 */
export interface CsvLayoutOptions {
  /** The column layout: `native` (default), `acled` or `ucdp`. */
  layout?: CsvLayout;
}

/**
 * Resolves the layout options into a layout spec.
 *
 * @throws {TypeError} for an unknown layout.
 */
export function csvLayoutSpec(options: CsvLayoutOptions): CsvLayoutSpec {
  const layout = options.layout ?? 'native';
  switch (layout) {
    case 'native':
      return NATIVE_LAYOUT;
    default:
      throw new TypeError(`unknown CSV layout ${JSON.stringify(layout)}: expected native, acled or ucdp`);
  }
}
