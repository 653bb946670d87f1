import type { EventType } from '../schema/event-type.js';

/**
 * The colour of each event type in charts and maps, the same everywhere so that a timeline and a
 * map read together: kinds of attack in reds and oranges, clashes in purple, abductions in
 * browns, protests in greens, non-violent developments in greys and blues.
 *
 * @example
 * ```ts
 * EVENT_TYPE_COLOURS.air_strike; //=> '#e6550d'
 * ```
 */
export const EVENT_TYPE_COLOURS: Readonly<Record<EventType, string>> = {
  attack: '#a50f15',
  assassination: '#de2d26',
  bombing: '#fb6a4a',
  shelling: '#fd8d3c',
  air_strike: '#e6550d',
  chemical_attack: '#ffd92f',
  sexual_violence: '#c51b8a',
  armed_clash: '#6a51a3',
  abduction: '#8c510a',
  hostage_taking: '#bf812d',
  hijacking: '#dfc27d',
  arrest: '#3182bd',
  property_destruction: '#636363',
  territory_change: '#6baed6',
  strategic_development: '#9ecae1',
  protest: '#31a354',
  riot: '#a1d99b',
  other: '#bdbdbd',
};

/**
 * Colours for groups that are not event types (actors, places): Tableau 10 and two more.
 *
 * @example
 * ```ts
 * GROUP_COLOURS[0]; //=> '#4e79a7'
 * ```
 */
export const GROUP_COLOURS: readonly string[] = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#7f7f7f'];

/**
 * Colours for a list of groups: event types get their own colour, other groups Tableau colours
 * in order, `(other)` and `(unknown)` greys.
 *
 * @example
 * ```ts
 * groupColours(['attack', '(other)']); //=> ['#a50f15', '#bdbdbd']
 * ```
 */
export function groupColours(groups: readonly string[]): string[] {
  const types = EVENT_TYPE_COLOURS as Readonly<Record<string, string>>;
  const allTypes = groups.every((g) => g in types || g.startsWith('('));
  let next = 0;
  return groups.map((g) => {
    if (g === '(other)') return '#bdbdbd';
    if (g === '(unknown)') return '#e0e0e0';
    const t = types[g];
    if (allTypes && t !== undefined) return t;
    return GROUP_COLOURS[next++ % GROUP_COLOURS.length] ?? '#7f7f7f';
  });
}
