import type * as Resvg from '@resvg/resvg-js';
import type * as Vega from 'vega';
import type * as VegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

/**
 * A chart description: a Vega-Lite spec as plain JSON (as made by `timelineSpec` and `mapSpec`).
 * Change it before rendering, or open it in any Vega-Lite editor. Typed loosely on purpose: the
 * precise type (`TopLevelSpec` of the ESM-only vega-lite package) would make the library's type
 * declarations unusable from CommonJS.
 *
 * @example
 * ```ts
 * const spec: ChartSpec = { ...timelineSpec(events), width: 400 };
 * ```
 */
export interface ChartSpec {
  $schema?: string;
  [key: string]: unknown;
}

type VegaModule = typeof Vega;
type VegaLiteModule = typeof VegaLite;
type ResvgModule = typeof Resvg;

let vegaModules: Promise<[VegaModule, VegaLiteModule]> | undefined;

/** Vega and Vega-Lite are loaded on first use, so that importing the library stays fast. */
function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  vegaModules ??= Promise.all([import('vega'), import('vega-lite')]);
  return vegaModules;
}

/**
 * Renders a Vega-Lite chart to an SVG document, headlessly in Node (Vega's View with no
 * renderer, then `toSVG()`): no browser, no canvas, no network. The output is the same on every
 * machine and in every time zone (the charts use UTC scales).
 *
 * @throws {Error} when the spec is not valid Vega-Lite (a programmer error).
 *
 * @example
 * ```ts
 * const svg = await renderSvg(timelineSpec(events));
 * await writeFile('timeline.svg', svg);
 * ```
 */
export async function renderSvg(spec: ChartSpec): Promise<string> {
  const [vega, vegaLite] = await loadVega();
  const compiled = vegaLite.compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Warn, logger: quietLogger(vega) });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Vega's logger writes warnings to the console; a chart's warnings are not the user's business here. */
function quietLogger(vega: VegaModule): ReturnType<VegaModule['logger']> {
  const logger = vega.logger(vega.Warn);
  logger.warn = () => logger;
  logger.info = () => logger;
  logger.debug = () => logger;
  return logger;
}

let resvg: Promise<ResvgModule | undefined> | undefined;

function loadResvg(): Promise<ResvgModule | undefined> {
  resvg ??= import('@resvg/resvg-js').then(
    (m) => m,
    () => undefined,
  );
  return resvg;
}

/**
 * True when PNG output is available: it needs the optional dependency `@resvg/resvg-js` (a
 * registry package shipping its own binary; `npm install @resvg/resvg-js`).
 *
 * @example
 * ```ts
 * if (await pngAvailable()) await writeFile('map.png', await renderPng(svg));
 * ```
 */
export async function pngAvailable(): Promise<boolean> {
  return (await loadResvg()) !== undefined;
}

/**
 * Options of {@link renderPng}.
 *
 * @example
 * ```ts
 * const options: RenderPngOptions = { scale: 2 };
 * ```
 */
export interface RenderPngOptions {
  /** Pixels per SVG unit (default 2, for sharp images on high-density screens). */
  scale?: number;
  /** Use the fonts installed on the machine for text (default true; without them text is not drawn). */
  systemFonts?: boolean;
}

/**
 * Rasterises an SVG (from {@link renderSvg}) or a chart spec to PNG bytes with resvg.
 *
 * @throws {Error} with code `ERR_OPTIONAL_DEPENDENCY` when `@resvg/resvg-js` is not installed
 * (check first with {@link pngAvailable}); {@link RangeError} for a scale that is not positive.
 *
 * @example
 * ```ts
 * await writeFile('timeline.png', await renderPng(timelineSpec(events), { scale: 2 }));
 * ```
 */
export async function renderPng(svgOrSpec: string | ChartSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const module = await loadResvg();
  if (module === undefined) {
    const error = new Error('conflict-events: PNG output needs the optional dependency @resvg/resvg-js: install it with `npm install @resvg/resvg-js`, or write SVG');
    (error as Error & { code: string }).code = 'ERR_OPTIONAL_DEPENDENCY';
    throw error;
  }
  const svg = typeof svgOrSpec === 'string' ? svgOrSpec : await renderSvg(svgOrSpec);
  const renderer = new module.Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: options.systemFonts ?? true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  });
  return renderer.render().asPng();
}
