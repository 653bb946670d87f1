import { type ActorKind, ActorKindSchema } from '../../schema/actor.js';

/**
 * ACLED inter code 1–8 (codebook §1.3).
 *
 * @example
 * ```ts
 * const code: AcledInterCode = toAcledInterCode('civilians'); //=> 7
 * ```
 */
export type AcledInterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * How inter codes and interactions are written: current text labels, or legacy numbers.
 *
 * @example
 * ```ts
 * const format: AcledInterFormat = 'numeric';
 * ```
 */
export type AcledInterFormat = 'text' | 'numeric';

/**
 * One ACLED actor type: inter code, our actor kind, current text label, legacy labels.
 *
 * @example
 * ```ts
 * const e: AcledInterCodeEntry | undefined = ACLED_INTER_CODES[0]; // State forces
 * ```
 */
export interface AcledInterCodeEntry {
  readonly code: AcledInterCode;
  readonly kind: ActorKind;
  /** Current text label (API default, codebook). */
  readonly label: string;
  /** Spellings of older codebooks and exports. */
  readonly legacyLabels: readonly string[];
}

/**
 * The ACLED actor types (codebook §1.3) and our {@link ActorKind} for each: the kinds are the inter
 * codes in order, so the crosswalk is one-to-one. Code 0 (legacy numeric files) means "no actor".
 *
 * @example
 * ```ts
 * ACLED_INTER_CODES[6]; //=> { code: 7, kind: 'civilians', label: 'Civilians', legacyLabels: ['Civilians'] }
 * ```
 */
export const ACLED_INTER_CODES: readonly AcledInterCodeEntry[] = [
  { code: 1, kind: 'state_forces', label: 'State forces', legacyLabels: ['State Forces'] },
  { code: 2, kind: 'rebel_group', label: 'Rebel group', legacyLabels: ['Rebel Groups', 'Rebel Forces', 'Rebel Group'] },
  { code: 3, kind: 'political_militia', label: 'Political militia', legacyLabels: ['Political Militias', 'Militia Groups', 'Political Militia'] },
  {
    code: 4,
    kind: 'identity_militia',
    label: 'Identity militia',
    legacyLabels: ['Identity Militias', 'Communal Militia', 'Communal Militias', 'Communal / Identity Groups', 'Identity Militia'],
  },
  { code: 5, kind: 'rioters', label: 'Rioters', legacyLabels: ['Rioters'] },
  { code: 6, kind: 'protesters', label: 'Protesters', legacyLabels: ['Protestors'] },
  { code: 7, kind: 'civilians', label: 'Civilians', legacyLabels: ['Civilians'] },
  { code: 8, kind: 'external_other', label: 'External/Other forces', legacyLabels: ['External/Other Forces', 'Foreign / Others', 'Other Forces'] },
];

function key(text: string): string {
  return text.trim().toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
}

const BY_LABEL = new Map<string, AcledInterCodeEntry>();
for (const e of ACLED_INTER_CODES) {
  for (const label of [e.label, ...e.legacyLabels]) BY_LABEL.set(key(label), e);
}

/**
 * The ACLED inter code of an actor kind.
 *
 * @example
 * ```ts
 * toAcledInterCode('political_militia'); //=> 3
 * ```
 */
export function toAcledInterCode(kind: ActorKind): AcledInterCode {
  return (ActorKindSchema.options.indexOf(kind) + 1) as AcledInterCode;
}

/**
 * The actor kind of an ACLED inter code.
 *
 * @example
 * ```ts
 * fromAcledInterCode(7); //=> 'civilians'
 * ```
 */
export function fromAcledInterCode(code: AcledInterCode): ActorKind {
  return (ACLED_INTER_CODES[code - 1] as AcledInterCodeEntry).kind;
}

/**
 * What an `inter1` / `inter2` cell says.
 *
 * @example
 * ```ts
 * const p: ParsedAcledInter = parseAcledInter('Rebel Groups'); //=> { kind: 'rebel_group', format: 'text', valid: true }
 * ```
 */
export interface ParsedAcledInter {
  /** The actor kind, when the cell names one. */
  kind: ActorKind | undefined;
  /** `numeric` for `0`–`8`, `text` for a label, `empty` for a blank cell. */
  format: AcledInterFormat | 'empty';
  /** False when the cell is neither blank, a code 0–8, nor a known label. */
  valid: boolean;
}

/**
 * Reads an `inter1` / `inter2` cell: a numeric code (`0`–`8`; `0` is "no actor" in legacy files)
 * or a text label, current or legacy, in any case.
 *
 * @example
 * ```ts
 * parseAcledInter('3'); //=> { kind: 'political_militia', format: 'numeric', valid: true }
 * parseAcledInter('State Forces'); //=> { kind: 'state_forces', format: 'text', valid: true }
 * parseAcledInter('0'); //=> { kind: undefined, format: 'numeric', valid: true }
 * ```
 */
export function parseAcledInter(cell: string): ParsedAcledInter {
  const text = cell.trim();
  if (text.length === 0) return { kind: undefined, format: 'empty', valid: true };
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n === 0) return { kind: undefined, format: 'numeric', valid: true };
    if (n >= 1 && n <= 8) return { kind: fromAcledInterCode(n as AcledInterCode), format: 'numeric', valid: true };
    return { kind: undefined, format: 'numeric', valid: false };
  }
  const e = BY_LABEL.get(key(text));
  return e === undefined ? { kind: undefined, format: 'text', valid: false } : { kind: e.kind, format: 'text', valid: true };
}

/**
 * Writes an `inter1` / `inter2` cell. With no actor: `0` in numeric files (legacy convention),
 * blank in text files.
 *
 * @example
 * ```ts
 * formatAcledInter('civilians', 'numeric'); //=> '7'
 * formatAcledInter('civilians', 'text'); //=> 'Civilians'
 * formatAcledInter(undefined, 'numeric'); //=> '0'
 * ```
 */
export function formatAcledInter(kind: ActorKind | undefined, format: AcledInterFormat): string {
  if (kind === undefined) return format === 'numeric' ? '0' : '';
  const code = toAcledInterCode(kind);
  return format === 'numeric' ? String(code) : (ACLED_INTER_CODES[code - 1] as AcledInterCodeEntry).label;
}

/**
 * An ACLED interaction: the two-digit code and its text label.
 *
 * @example
 * ```ts
 * const i: AcledInteraction | undefined = acledInteraction('state_forces', 'civilians'); //=> { code: 17, label: 'State forces-Civilians' }
 * ```
 */
export interface AcledInteraction {
  /** Two digits, lower inter code first; `X0` for one-sided events (e.g. 60, sole protesters). */
  code: number;
  /** Text form: `State forces-Civilians`, `Protesters only`; 78 is `External/Other forces-Civilians`. */
  label: string;
}

/**
 * The ACLED interaction of two actor kinds (codebook §1.3). The numeric code puts the lower inter
 * code first whatever the actor order, and is `X0` when only one actor is present; the text label
 * joins the two type labels with a hyphen in the same order (`Rebel group-Civilians`), or is
 * `<type> only`. The one exception is 78, labelled `External/Other forces-Civilians`.
 * Returns `undefined` when neither actor has a kind.
 *
 * @example
 * ```ts
 * acledInteraction('civilians', 'political_militia'); //=> { code: 37, label: 'Political militia-Civilians' }
 * acledInteraction('protesters', undefined); //=> { code: 60, label: 'Protesters only' }
 * acledInteraction('civilians', 'external_other'); //=> { code: 78, label: 'External/Other forces-Civilians' }
 * ```
 */
export function acledInteraction(kind1: ActorKind | undefined, kind2: ActorKind | undefined): AcledInteraction | undefined {
  const codes = [kind1, kind2].filter((k): k is ActorKind => k !== undefined).map(toAcledInterCode);
  const label = (c: AcledInterCode): string => (ACLED_INTER_CODES[c - 1] as AcledInterCodeEntry).label;
  const [a, b] = codes;
  if (a === undefined) return undefined;
  if (b === undefined) return { code: a * 10, label: `${label(a)} only` };
  const lo = Math.min(a, b) as AcledInterCode;
  const hi = Math.max(a, b) as AcledInterCode;
  const code = lo * 10 + hi;
  if (code === 78) return { code, label: `${label(8)}-${label(7)}` };
  return { code, label: `${label(lo)}-${label(hi)}` };
}

/**
 * Every interaction code the ACLED codebook lists (§1.3), with its text label.
 *
 * @example
 * ```ts
 * ACLED_INTERACTIONS.find((i) => i.code === 16)?.label; //=> 'State forces-Protesters'
 * ACLED_INTERACTIONS.length; //=> 44
 * ```
 */
export const ACLED_INTERACTIONS: readonly AcledInteraction[] = (() => {
  const out: AcledInteraction[] = [];
  const kinds = ActorKindSchema.options;
  kinds.forEach((k1, i) => {
    out.push(acledInteraction(k1, undefined) as AcledInteraction);
    for (const k2 of kinds.slice(i)) out.push(acledInteraction(k1, k2) as AcledInteraction);
  });
  return out.sort((x, y) => x.code - y.code);
})();

/**
 * Reads an `interaction` cell, numeric (`37`, `60`) or text (`State forces-Civilians`,
 * `Rebel group – Civilians`, `Protesters only`), into the kinds it names (lower code first), or
 * `undefined` when it cannot be read.
 *
 * @example
 * ```ts
 * parseAcledInteraction('37'); //=> ['political_militia', 'civilians']
 * parseAcledInteraction('Protesters only'); //=> ['protesters']
 * parseAcledInteraction('External/Other forces-Civilians'); //=> ['civilians', 'external_other']
 * ```
 */
export function parseAcledInteraction(cell: string): ActorKind[] | undefined {
  const text = cell.trim();
  if (/^\d{2}$/.test(text)) {
    const a = Number(text[0]);
    const b = Number(text[1]);
    if (a < 1 || a > 8 || b > 8 || (b !== 0 && b < a)) return undefined;
    return b === 0 ? [fromAcledInterCode(a as AcledInterCode)] : [fromAcledInterCode(a as AcledInterCode), fromAcledInterCode(b as AcledInterCode)];
  }
  const only = /^(.*)\s+only$/i.exec(text);
  if (only !== null) {
    const e = BY_LABEL.get(key(only[1] ?? ''));
    return e === undefined ? undefined : [e.kind];
  }
  const parts = text.split(/\s*[-–—]\s*/);
  if (parts.length !== 2) return undefined;
  const es = parts.map((p) => BY_LABEL.get(key(p)));
  if (es.some((e) => e === undefined)) return undefined;
  const kinds = (es as AcledInterCodeEntry[]).sort((x, y) => x.code - y.code).map((e) => e.kind);
  return kinds;
}
