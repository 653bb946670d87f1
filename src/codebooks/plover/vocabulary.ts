/**
 * The 16 PLOVER event types of the current manual (codebook notes §4.1).
 *
 * @example
 * ```ts
 * const t: PloverEventType = 'ASSAULT';
 * ```
 */
export type PloverEventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/**
 * PLOVER quad: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
 *
 * @example
 * ```ts
 * const q: PloverQuad = 4; // material conflict
 * ```
 */
export type PloverQuad = 1 | 2 | 3 | 4;

/**
 * One PLOVER event type: its quad, whether it needs a recipient, and its modes.
 *
 * @example
 * ```ts
 * const e: PloverEventTypeEntry | undefined = PLOVER_EVENT_TYPES.find((x) => x.event === 'PROTEST');
 * ```
 */
export interface PloverEventTypeEntry {
  readonly event: PloverEventType;
  readonly quad: PloverQuad;
  /**
   * `always` for COOPERATE, AID, RETREAT, PROTEST and SANCTION; `one-sided` for ASSAULT (one-sided
   * violence has a recipient, two-sided violence puts every side in `actor`); `no` otherwise.
   */
  readonly recipient: 'always' | 'one-sided' | 'no';
  readonly modes: readonly string[];
}

/**
 * The PLOVER event types (`openeventdata/PLOVER` manual, draft 2.0) with quad, recipient
 * requirement and modes. SANCTION is placed in material conflict (4), as in the manual's summary
 * table (its quad table says verbal conflict).
 *
 * @example
 * ```ts
 * PLOVER_EVENT_TYPES.find((e) => e.event === 'ASSAULT')?.modes.includes('targeted'); //=> true
 * ```
 */
export const PLOVER_EVENT_TYPES: readonly PloverEventTypeEntry[] = [
  { event: 'AGREE', quad: 1, recipient: 'no', modes: [] },
  { event: 'CONSULT', quad: 1, recipient: 'no', modes: ['visit', 'third-party', 'multilateral', 'phone'] },
  { event: 'SUPPORT', quad: 1, recipient: 'no', modes: [] },
  { event: 'CONCEDE', quad: 1, recipient: 'no', modes: [] },
  { event: 'COOPERATE', quad: 2, recipient: 'always', modes: [] },
  { event: 'AID', quad: 2, recipient: 'always', modes: [] },
  { event: 'RETREAT', quad: 2, recipient: 'always', modes: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'] },
  { event: 'REQUEST', quad: 3, recipient: 'no', modes: ['assist', 'change', 'yield', 'meet'] },
  { event: 'ACCUSE', quad: 3, recipient: 'no', modes: ['disapprove', 'investigate', 'allege'] },
  { event: 'REJECT', quad: 3, recipient: 'no', modes: ['assist', 'change', 'yield', 'meet'] },
  { event: 'THREATEN', quad: 3, recipient: 'no', modes: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'] },
  { event: 'PROTEST', quad: 4, recipient: 'always', modes: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'] },
  { event: 'SANCTION', quad: 4, recipient: 'always', modes: ['convict', 'expel', 'withdraw', 'discontinue'] },
  { event: 'MOBILIZE', quad: 4, recipient: 'no', modes: ['troops', 'weapons', 'police', 'militia'] },
  {
    event: 'COERCE',
    quad: 4,
    recipient: 'no',
    modes: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  },
  {
    event: 'ASSAULT',
    quad: 4,
    recipient: 'one-sided',
    modes: [
      'abduct',
      'beat',
      'torture',
      'sexual',
      'targeted',
      'destroy',
      'primitive',
      'firearms',
      'explosives',
      'suicide-attack',
      'aerial',
      'drone',
      'heavy-weapons',
      'crowd-control',
      'unconventional',
    ],
  },
];

/**
 * Names of the older 18-category PLOVER list (still in the README) and the current type each
 * became: DEMAND → REQUEST, DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE (mode `investigate`).
 * CRIME was dropped (the `crime` context replaces it).
 *
 * @example
 * ```ts
 * PLOVER_LEGACY_EVENT_TYPES.DEMAND; //=> { event: 'REQUEST' }
 * ```
 */
export const PLOVER_LEGACY_EVENT_TYPES: Readonly<Record<string, { event: PloverEventType; mode?: string }>> = {
  DEMAND: { event: 'REQUEST' },
  DISAPPROVE: { event: 'ACCUSE' },
  INVESTIGATE: { event: 'ACCUSE', mode: 'investigate' },
};
