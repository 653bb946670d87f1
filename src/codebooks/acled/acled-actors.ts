import type { Actor, ActorKind, ActorRole } from '../../schema/actor.js';
import { type Issue, issue } from '../../schema/issue.js';
import { type ActorGroup, groupActors } from '../common/actor-groups.js';
import { splitList } from '../common/cells.js';
import type { AcledSubEventTypeEntry } from './event-types.js';
import { type AcledInterFormat, acledInteraction, formatAcledInter, parseAcledInter, parseAcledInteraction } from './inter-codes.js';

/**
 * The actor cells of an ACLED row.
 *
 * @example
 * ```ts
 * const cells: AcledActorCells = { actor1: 'Protesters (Iraq)', assoc_actor_1: '', inter1: '6', actor2: '', assoc_actor_2: '', inter2: '0', interaction: '60' };
 * ```
 */
export interface AcledActorCells {
  actor1: string;
  assoc_actor_1: string;
  inter1: string;
  actor2: string;
  assoc_actor_2: string;
  inter2: string;
  interaction: string;
}

/**
 * The roles of actor1 and actor2 for an ACLED sub-event type. ACLED's actor1 "does not mean the
 * aggressor" (§1.1), so roles come from the category: both sides of Battles, peaceful protests,
 * interventions and most strategic developments are `actor`; in Violence against civilians and
 * Explosions/Remote violence actor1 is the `perpetrator` and actor2 the `victim` (civilians) or
 * `target` (anyone else); in Excessive force the protesters are the victims whichever slot they
 * are in; Mob violence, Arrests, Looting and Disrupted weapons use have a perpetrator and a target.
 */
function slotRoles(entry: AcledSubEventTypeEntry | undefined, kind1: ActorKind | undefined, kind2: ActorKind | undefined): [ActorRole, ActorRole] {
  const victimOrTarget = (k: ActorKind | undefined): ActorRole => (k === 'civilians' ? 'victim' : 'target');
  if (entry === undefined) return ['actor', 'actor'];
  switch (entry.eventType) {
    case 'Battles':
      return ['actor', 'actor'];
    case 'Protests':
      if (entry.subEventType === 'Excessive force against protesters') {
        const role = (k: ActorKind | undefined): ActorRole => (k === 'protesters' ? 'victim' : 'perpetrator');
        return [role(kind1), role(kind2)];
      }
      return ['actor', 'actor'];
    case 'Riots':
      if (entry.subEventType === 'Mob violence') return ['perpetrator', victimOrTarget(kind2)];
      return ['actor', kind2 === 'civilians' ? 'victim' : 'actor'];
    case 'Explosions/Remote violence':
      return ['perpetrator', victimOrTarget(kind2)];
    case 'Violence against civilians':
      return ['perpetrator', 'victim'];
    case 'Strategic developments':
      if (['Arrests', 'Looting/property destruction', 'Disrupted weapons use'].includes(entry.subEventType)) return ['perpetrator', 'target'];
      return ['actor', 'actor'];
  }
}

/**
 * Reads the actor cells of an ACLED row into actors: actor1, then its associated actors (the
 * `;`-separated `assoc_actor_1`), then actor2 and its associated actors. Kinds come from the inter
 * codes (associated actors have none: ACLED gives them no inter code); roles from the event's
 * category (see `slotRoles`).
 *
 * @example
 * ```ts
 * readAcledActors({ actor1: 'Islamic State (Iraq)', assoc_actor_1: '', inter1: '2', actor2: 'Military Forces of Iraq (2020-)', assoc_actor_2: '', inter2: '1', interaction: '12' }, undefined).value.length; //=> 2
 * ```
 */
export function readAcledActors(cells: AcledActorCells, entry: AcledSubEventTypeEntry | undefined): { value: Actor[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const inter1 = parseAcledInter(cells.inter1);
  const inter2 = parseAcledInter(cells.inter2);
  for (const [column, parsed] of [['inter1', inter1], ['inter2', inter2]] as const) {
    if (!parsed.valid) {
      issues.push(issue('warning', 'acled_invalid_inter', `${column} "${cells[column]}" is not an ACLED inter code (0–8) or actor type label; the actor is kept without a kind`, { path: [column] }));
    }
  }
  const name1 = cells.actor1.trim();
  const name2 = cells.actor2.trim();
  for (const [column, name, parsed] of [['inter1', name1, inter1], ['inter2', name2, inter2]] as const) {
    if (name.length === 0 && parsed.kind !== undefined) {
      issues.push(issue('warning', 'acled_inter_without_actor', `${column} names an actor type but the actor column is empty`, { path: [column] }));
    }
  }
  const [role1, role2] = slotRoles(entry, inter1.kind, inter2.kind);
  const actors: Actor[] = [];
  const push = (name: string, role: ActorRole, kind: ActorKind | undefined, associated: boolean): void => {
    const actor: Actor = { name, role };
    if (kind !== undefined) actor.kind = kind;
    if (associated) actor.associated = true;
    actors.push(actor);
  };
  if (name1.length > 0) push(name1, role1, inter1.kind, false);
  for (const a of splitList(cells.assoc_actor_1)) push(a, role1, undefined, true);
  if (name2.length > 0) push(name2, role2, inter2.kind, false);
  for (const a of splitList(cells.assoc_actor_2)) push(a, role2, undefined, true);

  const interaction = cells.interaction.trim();
  if (interaction.length > 0) {
    const kinds = parseAcledInteraction(interaction);
    const expected = acledInteraction(name1.length > 0 ? inter1.kind : undefined, name2.length > 0 ? inter2.kind : undefined);
    if (kinds === undefined) {
      issues.push(issue('warning', 'acled_invalid_interaction', `interaction "${interaction}" is not an ACLED interaction code or label`, { path: ['interaction'] }));
    } else if (expected === undefined || acledInteraction(kinds[0], kinds[1])?.code !== expected.code) {
      issues.push(
        issue(
          'warning',
          'acled_interaction_mismatch',
          `interaction "${interaction}" does not match the inter codes ${cells.inter1 || '(blank)'} and ${cells.inter2 || '(blank)'} (expected ${expected?.code ?? 'none'}); the inter codes are used`,
          { path: ['interaction'] },
        ),
      );
    }
  }
  return { value: actors, issues };
}

/**
 * What {@link writeAcledActors} could not fit into ACLED's two actor slots.
 *
 * @example
 * ```ts
 * const { cells, dropped } = writeAcledActors(event.actors, 'text');
 * ```
 */
export interface AcledActorPlacement {
  cells: AcledActorCells;
  /** Actors written nowhere: claimants and `other` actors. */
  dropped: Actor[];
  /** Main actors written without an inter code because their kind is unknown. */
  withoutKind: Actor[];
}

const PRIMARY: ReadonlySet<ActorRole> = new Set(['perpetrator', 'actor']);
const SECONDARY: ReadonlySet<ActorRole> = new Set(['target', 'victim']);

function names(groups: readonly ActorGroup[]): string[] {
  return groups.flatMap((g) => [...(g.main !== undefined ? [g.main.name] : []), ...g.associated.map((a) => a.name)]);
}

/**
 * Places an event's actors into ACLED's actor cells. actor1 is the first perpetrator or
 * two-sided `actor` (a claimant when there is neither); actor2 the first target or victim, or the
 * second two-sided actor. Associated actors follow their main actor; further main actors become
 * associated actors of the slot of their role. Claimants beside a perpetrator, and `other`
 * actors, have no ACLED slot and are reported in `dropped`.
 *
 * @example
 * ```ts
 * writeAcledActors([{ name: 'Civilians (Iraq)', role: 'victim', kind: 'civilians' }, { name: 'Unidentified Armed Group (Iraq)', role: 'perpetrator', kind: 'political_militia' }], 'numeric').cells.interaction; //=> '37'
 * ```
 */
export function writeAcledActors(actors: readonly Actor[], format: AcledInterFormat): AcledActorPlacement {
  const groups = groupActors(actors);
  const primary = groups.filter((g) => PRIMARY.has(g.role));
  const secondary = groups.filter((g) => SECONDARY.has(g.role));
  const claimants = groups.filter((g) => g.role === 'claimant');
  const dropped: Actor[] = groups.filter((g) => g.role === 'other').flatMap((g) => [...(g.main !== undefined ? [g.main] : []), ...g.associated]);

  const slot1 = primary[0] ?? claimants[0];
  const slot2 = secondary[0] ?? primary[1];
  const rest1 = primary.filter((g) => g !== slot1 && g !== slot2);
  const rest2 = secondary.filter((g) => g !== slot2);
  for (const g of claimants) if (g !== slot1) dropped.push(...(g.main !== undefined ? [g.main] : []), ...g.associated);

  const withoutKind = [slot1?.main, slot2?.main].filter((a): a is Actor => a !== undefined && a.kind === undefined);
  const inter = (g: ActorGroup | undefined): string => {
    if (g?.main === undefined) return formatAcledInter(undefined, format);
    return g.main.kind === undefined ? '' : formatAcledInter(g.main.kind, format);
  };
  const kind1 = slot1?.main?.kind;
  const kind2 = slot2?.main?.kind;
  const unknownKind = (slot1?.main !== undefined && kind1 === undefined) || (slot2?.main !== undefined && kind2 === undefined);
  const interaction = unknownKind ? undefined : acledInteraction(slot1?.main !== undefined ? kind1 : undefined, slot2?.main !== undefined ? kind2 : undefined);
  const cells: AcledActorCells = {
    actor1: slot1?.main?.name ?? '',
    assoc_actor_1: [...(slot1?.associated.map((a) => a.name) ?? []), ...names(rest1)].join('; '),
    inter1: inter(slot1),
    actor2: slot2?.main?.name ?? '',
    assoc_actor_2: [...(slot2?.associated.map((a) => a.name) ?? []), ...names(rest2)].join('; '),
    inter2: inter(slot2),
    interaction: interaction === undefined ? '' : format === 'numeric' ? String(interaction.code) : interaction.label,
  };
  return { cells, dropped, withoutKind };
}
