import { z } from 'zod';

/**
 * What part an actor played: `perpetrator` (did it), `target` (was aimed at: a person, a
 * force, a building), `victim` (was harmed), `claimant` (claimed responsibility), `actor` (took
 * part where there is no one-sided direction, e.g. both sides of a clash, protesters), `other`.
 *
 * @example
 * ```ts
 * ActorRoleSchema.safeParse('victim').success; //=> true
 * ```
 */
export const ActorRoleSchema = z
  .enum(['perpetrator', 'target', 'victim', 'claimant', 'actor', 'other'])
  .meta({ description: 'Role in the event: perpetrator, target, victim, claimant, actor (two-sided or non-directed participation), other.' });

/** See {@link ActorRoleSchema}. */
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/**
 * The ACLED actor types (inter codes 1–8), in code order: state forces, rebel group, political
 * militia, identity militia, rioters, protesters, civilians, external/other forces.
 *
 * @example
 * ```ts
 * ActorKindSchema.options.indexOf('civilians') + 1; //=> 7 (ACLED inter code)
 * ```
 */
export const ActorKindSchema = z
  .enum([
    'state_forces',
    'rebel_group',
    'political_militia',
    'identity_militia',
    'rioters',
    'protesters',
    'civilians',
    'external_other',
  ])
  .meta({ description: 'ACLED actor type (inter code 1–8): state_forces, rebel_group, political_militia, identity_militia, rioters, protesters, civilians, external_other.' });

/** See {@link ActorKindSchema}. */
export type ActorKind = z.infer<typeof ActorKindSchema>;

/**
 * Someone who took part in an event.
 *
 * @example
 * ```ts
 * ActorSchema.parse({ name: 'Islamic State', id: 'isis', role: 'perpetrator', kind: 'rebel_group', text: 'داعش' });
 * ```
 */
export const ActorSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'Canonical name when the actor was resolved, else the name as reported.' }),
    role: ActorRoleSchema,
    kind: ActorKindSchema.optional(),
    id: z.string().min(1).optional().meta({ description: 'Canonical actor id from the actor registry, or a Wikidata id (Q…).' }),
    country: z.string().min(1).optional().meta({ description: 'ISO 3166-1 alpha-3 code of the country the actor belongs to.' }),
    associated: z
      .boolean()
      .optional()
      .meta({ description: 'True for an actor associated with a main actor of the same role (ACLED assoc_actor).' }),
    count: z.number().int().nonnegative().optional().meta({ description: 'How many individuals, when the report says.' }),
    description: z.string().optional().meta({ description: 'How the report describes them: "activist", "council member".' }),
    text: z.string().optional().meta({ description: 'The words of the report that name the actor.' }),
  })
  .meta({ description: 'An actor taking part in the event.' });

/** See {@link ActorSchema}. */
export type Actor = z.infer<typeof ActorSchema>;
