import { z } from 'zod';

const nonNegativeInt = z.number().int().nonnegative();

/**
 * A count of people (fatalities, injuries) as low / best / high estimates, plus the words it was
 * read from. `low <= best <= high` is checked by {@link validateEvent} as a warning only: real UCDP
 * rows break it.
 *
 * @example
 * ```ts
 * CountSchema.parse({ low: 12, best: 12, high: 99, text: 'العشرات' });
 * ```
 */
export const CountSchema = z
  .object({
    low: nonNegativeInt.optional().meta({ description: 'Lowest estimate.' }),
    best: nonNegativeInt.optional().meta({ description: 'Best estimate.' }),
    high: nonNegativeInt.optional().meta({ description: 'Highest estimate.' }),
    text: z.string().optional().meta({ description: 'The words of the report the count was read from ("dozens", "العشرات").' }),
    convention: z
      .string()
      .optional()
      .meta({ description: 'The convention used to turn vague words into numbers, e.g. "acled" (dozens = 12).' }),
  })
  .meta({ description: 'A count of people: low, best and high estimates.' });

/** See {@link CountSchema}. */
export type Count = z.infer<typeof CountSchema>;
