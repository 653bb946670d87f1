import { z } from 'zod';
import { ActorSchema } from './actor.js';
import { AttributesSchema, DisagreementSchema } from './attributes.js';
import { CountSchema } from './count.js';
import { EventDateSchema } from './date.js';
import { EventTypeSchema } from './event-type.js';
import { LocationSchema } from './location.js';
import { EvidenceSchema, SourceSchema } from './source.js';

/**
 * One conflict event: one thing that happened at one place in one period, with who took part,
 * what it cost, which reports said so and where in them.
 *
 * The field names are a contract with users and other tools. Extend the schema with zod's
 * `.extend()` to add your own fields.
 *
 * @example
 * ```ts
 * const event = ConflictEventSchema.parse({
 *   id: 'ev-3k9x1f0a2b',
 *   type: 'assassination',
 *   date: { start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'شهر يناير الماضي' },
 *   location: { name: 'Deir ez-Zor', iso3: 'SYR', country: 'Syria', admin1: 'Deir ez-Zor', precision: 'admin1' },
 *   actors: [
 *     { name: 'Islamic State', id: 'isis', role: 'perpetrator', kind: 'rebel_group' },
 *     { name: 'Saada Faisal al-Hermas', role: 'victim', kind: 'civilians', description: 'activist' },
 *   ],
 *   fatalities: { low: 2, best: 2, high: 2 },
 *   attributes: { claimed: true },
 *   sources: [{ document: 'seed', published: '2021-02-22', language: 'ar' }],
 *   evidence: [],
 * });
 * ```
 */
export const ConflictEventSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .meta({ description: 'Stable id: the same inputs give the same id, whatever their order.' }),
    type: EventTypeSchema,
    subtype: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Finer type in snake_case, e.g. suicide_bomb, remote_explosive, peaceful, agreement (see the codebook crosswalks).' }),
    date: EventDateSchema,
    location: LocationSchema,
    actors: z.array(ActorSchema).meta({ description: 'Who took part, with their roles.' }),
    fatalities: CountSchema.optional().meta({ description: 'People killed: low / best / high.' }),
    injuries: CountSchema.optional().meta({ description: 'People injured: low / best / high.' }),
    attributes: AttributesSchema.optional(),
    sources: z.array(SourceSchema).meta({ description: 'Every report the event was coded from.' }),
    evidence: z.array(EvidenceSchema).meta({ description: 'For each value, the span of a report it came from.' }),
    notes: z.string().optional().meta({ description: 'Free-text summary of the event.' }),
    tags: z.array(z.string()).optional().meta({ description: 'Free tags, e.g. "women targeted: activists".' }),
    codes: z
      .record(z.string(), z.record(z.string(), z.string()))
      .optional()
      .meta({
        description:
          'Original codes of an imported row, by dataset ("acled", "ucdp", "gtd"): column → cell text, kept so the row can be written back unchanged.',
      }),
    mergedFrom: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Ids of the events (one per report or imported row) that were merged into this one.' }),
    disagreements: z
      .array(DisagreementSchema)
      .optional()
      .meta({ description: 'Where the merged reports disagreed and how the value was chosen.' }),
  })
  .meta({
    title: 'ConflictEvent',
    description: 'One conflict event, as coded by conflict-events: what, when, where, who, how many, and from which reports.',
  });

/** A conflict event; see {@link ConflictEventSchema}. */
export type ConflictEvent = z.infer<typeof ConflictEventSchema>;

/** The input shape of a conflict event (before zod parsing); see {@link ConflictEventSchema}. */
export type ConflictEventInput = z.input<typeof ConflictEventSchema>;
