import { z } from 'zod';

/**
 * How precisely the date of an event is known: `day` (one day), `days` (a span of 2–6 days),
 * `week`, `month`, `year`, or `unknown`.
 *
 * @example
 * ```ts
 * DatePrecisionSchema.parse('month'); //=> 'month'
 * ```
 */
export const DatePrecisionSchema = z
  .enum(['day', 'days', 'week', 'month', 'year', 'unknown'])
  .meta({ description: 'How precisely the date is known: day, days (a span of 2–6 days), week, month, year, or unknown.' });

/** See {@link DatePrecisionSchema}. */
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * A calendar date `YYYY-MM-DD` (not an instant: no time, no time zone). Invalid calendar dates
 * such as `2019-02-30` are rejected.
 *
 * @example
 * ```ts
 * CalendarDateSchema.safeParse('2019-02-30').success; //=> false
 * ```
 */
export const CalendarDateSchema = z.iso.date().meta({ description: 'A calendar date YYYY-MM-DD (no time, no time zone).' });

const known = z.object({
  start: CalendarDateSchema.meta({ description: 'First day the event may have happened on.' }),
  end: CalendarDateSchema.meta({ description: 'Last day the event may have happened on (equal to start for one day).' }),
  precision: DatePrecisionSchema.exclude(['unknown']),
  text: z.string().optional().meta({ description: 'The words of the report the date was read from.' }),
});

const unknown = z.object({
  start: CalendarDateSchema.optional().meta({ description: 'Earliest possible day, when anything is known.' }),
  end: CalendarDateSchema.optional().meta({ description: 'Latest possible day, e.g. the publication date of the report.' }),
  precision: z.literal('unknown'),
  text: z.string().optional().meta({ description: 'The words of the report, kept when they could not be resolved.' }),
});

/**
 * When an event happened: a range of calendar dates and how precise it is. With precision
 * `unknown`, `start` and `end` are optional and `text` keeps what the report said.
 *
 * @example
 * ```ts
 * EventDateSchema.parse({ start: '2021-01-01', end: '2021-01-31', precision: 'month', text: 'شهر يناير الماضي' });
 * ```
 */
export const EventDateSchema = z
  .discriminatedUnion('precision', [known, unknown])
  .superRefine((d, ctx) => {
    if (d.start !== undefined && d.end !== undefined && d.start > d.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `date range is not ordered: start ${d.start} is after end ${d.end}`,
        params: { code: 'date_range_unordered' },
      });
    }
  })
  .meta({ description: 'When the event happened: a range of calendar dates and its precision.' });

/** See {@link EventDateSchema}. */
export type EventDate = z.infer<typeof EventDateSchema>;
