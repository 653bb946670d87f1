import { z } from 'zod';

/**
 * A report an event was coded from.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ document: 'alarabiya-2021-02-22', publisher: 'Al Arabiya', published: '2021-02-22', language: 'ar' });
 * ```
 */
export const SourceSchema = z
  .object({
    document: z.string().min(1).meta({ description: 'Id of the document (report) within the dataset.' }),
    publisher: z.string().optional().meta({ description: 'Outlet that published the report.' }),
    url: z.string().optional().meta({ description: 'Where the report can be read.' }),
    published: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })])
      .optional()
      .meta({ description: 'Publication date (YYYY-MM-DD) or instant (ISO 8601 with offset).' }),
    language: z.string().optional().meta({ description: 'BCP 47 language tag of the report, e.g. "ar", "en".' }),
    title: z.string().optional().meta({ description: 'Headline of the report.' }),
  })
  .meta({ description: 'A report the event was coded from.' });

/** See {@link SourceSchema}. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * Where in a report a value came from: the field it supports and the span of text, with offsets
 * `[start, end)` in Unicode code points of the document text.
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({ document: 'seed', field: 'type', start: 40, end: 47, text: 'اغتيال' });
 * ```
 */
export const EvidenceSchema = z
  .object({
    document: z.string().min(1).meta({ description: 'Id of the document the span is in.' }),
    field: z
      .string()
      .min(1)
      .meta({ description: 'The event field the span supports, as a dotted path: type, date, location, actors.0, fatalities, injuries, attributes.weapon.' }),
    start: z.number().int().nonnegative().meta({ description: 'Start offset in Unicode code points (inclusive).' }),
    end: z.number().int().nonnegative().meta({ description: 'End offset in Unicode code points (exclusive).' }),
    text: z.string().meta({ description: 'The text of the span.' }),
  })
  .refine((e) => e.start <= e.end, { error: 'evidence span start is after its end', path: ['end'] })
  .meta({ description: 'A span of a report that supports one value of the event.' });

/** See {@link EvidenceSchema}. */
export type Evidence = z.infer<typeof EvidenceSchema>;
