import type { Count } from '../../schema/count.js';
import type { ConflictEvent } from '../../schema/event.js';
import { describeWeapon } from '../common/weapons.js';

/**
 * GTD's "unknown" sentinel for yes/no fields (`claimed`, `property`, `INT_*`, `doubtterr`…).
 *
 * @example
 * ```ts
 * toGtdFlag(undefined) === GTD_UNKNOWN; //=> true
 * ```
 */
export const GTD_UNKNOWN = -9;

/**
 * GTD's "unknown" sentinel for counts of perpetrators (`nperps`, `nperpcap`).
 *
 * @example
 * ```ts
 * fromGtdCount(GTD_UNKNOWN_COUNT); //=> undefined
 * ```
 */
export const GTD_UNKNOWN_COUNT = -99;

/**
 * Writes a yes/no fact as a GTD flag: 1, 0, or −9 when unknown.
 *
 * @example
 * ```ts
 * toGtdFlag(true); //=> 1
 * toGtdFlag(undefined); //=> -9
 * ```
 */
export function toGtdFlag(value: boolean | undefined): 1 | 0 | -9 {
  return value === undefined ? GTD_UNKNOWN : value ? 1 : 0;
}

/**
 * Reads a GTD flag: 1 true, 0 false, −9 (or anything else) unknown.
 *
 * @example
 * ```ts
 * fromGtdFlag(-9); //=> undefined
 * ```
 */
export function fromGtdFlag(code: number | undefined): boolean | undefined {
  return code === 1 ? true : code === 0 ? false : undefined;
}

/**
 * GTD `success` (judged by the tangible effects of the attack): 0 when the attack was attempted
 * and failed (`attributes.attempted`), 1 when `attempted` is false or someone was killed or
 * injured; `undefined` when the event does not say (GTD has no "unknown" for success).
 *
 * @example
 * ```ts
 * toGtdSuccess({ attributes: { attempted: true } }); //=> 0
 * toGtdSuccess({ fatalities: { best: 2 } }); //=> 1
 * ```
 */
export function toGtdSuccess(event: Partial<Pick<ConflictEvent, 'attributes' | 'fatalities' | 'injuries'>>): 1 | 0 | undefined {
  const attempted = event.attributes?.attempted;
  if (attempted === true) return 0;
  if (attempted === false) return 1;
  const hurt = [event.fatalities, event.injuries].some((c) => c !== undefined && [c.low, c.best, c.high].some((n) => n !== undefined && n > 0));
  return hurt ? 1 : undefined;
}

/**
 * GTD `suicide`: 1 when there is evidence the perpetrator did not intend to escape alive
 * (`attributes.suicide`, subtype `suicide_bomb`, or a weapon such as "suicide vest", "SVBIED",
 * "انتحاري"), else 0 (GTD has no "unknown" for it).
 *
 * @example
 * ```ts
 * toGtdSuicide({ subtype: 'suicide_bomb' }); //=> 1
 * ```
 */
export function toGtdSuicide(event: Partial<Pick<ConflictEvent, 'attributes' | 'subtype'>>): 1 | 0 {
  return event.attributes?.suicide === true || event.subtype === 'suicide_bomb' || describeWeapon(event.attributes?.weapon).suicide ? 1 : 0;
}

/**
 * GTD `claimed`: 1, 0, or −9 unknown, from `attributes.claimed`.
 *
 * @example
 * ```ts
 * toGtdClaimed({ attributes: { claimed: true } }); //=> 1
 * toGtdClaimed({}); //=> -9
 * ```
 */
export function toGtdClaimed(event: Partial<Pick<ConflictEvent, 'attributes'>>): 1 | 0 | -9 {
  return toGtdFlag(event.attributes?.claimed);
}

/**
 * Writes a count as GTD `nkill` / `nwound`: the best estimate (else the lowest figure), or
 * `undefined` (a blank cell: unknown) when there is none. GTD's `nkill` counts victims and
 * perpetrators together.
 *
 * @example
 * ```ts
 * toGtdCount({ low: 2, best: 3, high: 5 }); //=> 3
 * toGtdCount(undefined); //=> undefined
 * ```
 */
export function toGtdCount(count: Count | undefined): number | undefined {
  return count === undefined ? undefined : (count.best ?? count.low ?? count.high);
}

/**
 * Reads GTD `nkill` / `nwound` / `nperps`: a blank cell, a negative sentinel (−9, −99) or a
 * non-number is unknown (`undefined`); a count becomes low = best = high.
 *
 * @example
 * ```ts
 * fromGtdCount('4'); //=> { low: 4, best: 4, high: 4 }
 * fromGtdCount('-99'); //=> undefined
 * fromGtdCount(''); //=> undefined
 * ```
 */
export function fromGtdCount(cell: string | number | undefined): Count | undefined {
  if (cell === undefined) return undefined;
  const n = typeof cell === 'number' ? cell : cell.trim().length === 0 ? Number.NaN : Number(cell.trim());
  if (!Number.isInteger(n) || n < 0) return undefined;
  return { low: n, best: n, high: n };
}
