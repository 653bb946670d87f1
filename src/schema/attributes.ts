import { z } from 'zod';

/**
 * Facts about how an event happened that codebooks record as flags or categories. Known keys are
 * typed; other keys may carry any string, number or boolean.
 *
 * @example
 * ```ts
 * AttributesSchema.parse({ claimed: true, weapon: 'firearms', civilianTargeting: true });
 * ```
 */
export const AttributesSchema = z
  .object({
    attempted: z.boolean().optional().meta({ description: 'The attack was attempted but failed (GTD success = 0).' }),
    claimed: z.boolean().optional().meta({ description: 'Someone claimed responsibility.' }),
    suicide: z.boolean().optional().meta({ description: 'A suicide attack.' }),
    weapon: z
      .string()
      .optional()
      .meta({ description: 'Weapon as a category (firearms, explosives, vehicle, melee, incendiary, chemical, aerial, drone, heavy_weapons, unknown) or as reported.' }),
    civilianTargeting: z.boolean().optional().meta({ description: 'Civilians were the main or only target (ACLED civilian_targeting).' }),
    negated: z.boolean().optional().meta({ description: 'The report says it did not happen.' }),
    hypothetical: z.boolean().optional().meta({ description: 'The report speaks of it as possible, planned or feared, not as happened.' }),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean()]))
  .meta({ description: 'Flags and categories: attempted, claimed, suicide, weapon, civilianTargeting, negated, hypothetical, and others.' });

/** See {@link AttributesSchema}. */
export type Attributes = z.infer<typeof AttributesSchema>;

/**
 * Where reports of one merged event disagreed: the field and each value with the documents that
 * gave it.
 *
 * @example
 * ```ts
 * DisagreementSchema.parse({ field: 'fatalities.best', values: [{ value: 2, documents: ['a'] }, { value: 3, documents: ['b'] }], resolution: 'median of reports' });
 * ```
 */
export const DisagreementSchema = z
  .object({
    field: z.string().min(1).meta({ description: 'The field, as a dotted path.' }),
    values: z
      .array(
        z.object({
          value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
          documents: z.array(z.string()),
        }),
      )
      .min(2),
    resolution: z.string().optional().meta({ description: 'How the merged value was chosen.' }),
  })
  .meta({ description: 'A disagreement between the reports merged into one event.' });

/** See {@link DisagreementSchema}. */
export type Disagreement = z.infer<typeof DisagreementSchema>;
