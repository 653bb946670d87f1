/**
 * Low, best and high estimates of a count; any may be unknown.
 *
 * @example
 * ```ts
 * ACLED_COUNT_CONVENTION.range(10, 15); //=> { low: 10, best: 10, high: 15 }
 * ```
 */
export interface CountEstimate {
  low?: number;
  best?: number;
  high?: number;
}

/**
 * The classes of vague quantity words a report may use instead of a number:
 * - `couple`: a couple of;
 * - `few`: few, a few, a handful, قليل، بعض;
 * - `several`: several, عدة، بضعة;
 * - `a_number`: a number of, عدد من;
 * - `many`: many, numerous, a lot of, كثير، العديد، الكثير;
 * - `dozens`: dozens, scores;
 * - `tens`: عشرات، العشرات, "tens of";
 * - `hundreds`, `thousands`, `tens_of_thousands`, `hundreds_of_thousands`: مئات، آلاف، عشرات الآلاف، مئات الآلاف and their English words,
 *   also "several hundred", "بضع مئات".
 */
export type VagueQuantity =
  | 'couple'
  | 'few'
  | 'several'
  | 'a_number'
  | 'many'
  | 'dozens'
  | 'tens'
  | 'hundreds'
  | 'thousands'
  | 'tens_of_thousands'
  | 'hundreds_of_thousands';

/**
 * How a number is qualified: `exact` ("12"), `at_least` ("at least 5", "ما لا يقل عن 5"),
 * `more_than` ("more than 20", "أكثر من 20"), `about` ("about 30", "نحو 30", "قرابة 30"),
 * `nearly` ("nearly 30", "almost 30"), `up_to` ("up to 40", "ما يصل إلى 40"), `less_than`
 * ("fewer than 10", "أقل من 10").
 */
export type CountQualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'nearly' | 'up_to' | 'less_than';

/**
 * A convention for turning what a report says into low / best / high numbers. Two are built in,
 * {@link ACLED_COUNT_CONVENTION} (the default) and {@link LITERAL_COUNT_CONVENTION}; pass your own
 * object to {@link resolveCount} to use another, e.g. by spreading a built-in one and changing a
 * few values.
 *
 * @example
 * ```ts
 * const mine: CountConvention = {
 *   ...ACLED_COUNT_CONVENTION,
 *   name: 'acled-dozens-24',
 *   vague: { ...ACLED_COUNT_CONVENTION.vague, dozens: { low: 24, best: 24, high: 99 } },
 * };
 * resolveCount('dozens', { convention: mine }).value; //=> { low: 24, best: 24, high: 99, text: 'dozens', convention: 'acled-dozens-24' }
 * ```
 */
export interface CountConvention {
  /** Recorded on each count as `convention`. */
  name: string;
  /** Numbers for each class of vague word. A class left out yields no number and an issue. */
  vague: Partial<Record<VagueQuantity, CountEstimate>>;
  /** Numbers for a qualified figure. */
  qualified(qualifier: CountQualifier, n: number): CountEstimate;
  /** Numbers for a range "between low and high". */
  range(low: number, high: number): CountEstimate;
}

/**
 * ACLED's fatality conventions (ACLED codebook, "Fatalities"; see reference/codebooks.md §1.4):
 * "the lowest reported figure is used"; '"several", "many" or "few" becomes 3 or 10, depending
 * on context'; '"dozens" becomes 12; "hundreds" becomes 100'.
 *
 * The codebook leaves the choice between 3 and 10 to the coder; this convention fixes it as:
 * few, a few, several, a number of, عدة، بضعة، عدد من، بعض → 3; many, numerous, كثير، العديد → 10.
 * It extends the codebook's pattern (the unit of the plural word) to words it does not list:
 * thousands / آلاف → 1000, tens of thousands → 10 000, hundreds of thousands → 100 000;
 * Arabic عشرات ("tens") is treated as "dozens" → 12. "A couple" → 2.
 *
 * `low` and `best` are the convention's number. `high` is the largest number the word can mean
 * where it has one: 9 for few / several (ten or more would be "dozens" or "many"), 99 for dozens,
 * 999 for hundreds, 9 999 for thousands, and so on; none for "many" and "a number of".
 *
 * Qualified figures keep the reported number as `best`: "at least 5" → low 5, best 5; "more
 * than 20" → low 20, best 20 (ACLED records the figure reported, not 21); "about 30" → best 30;
 * "nearly 30" → best 30, high 30; "up to 40" → best 40, high 40; "fewer than 10" → high 9, no
 * best. A range uses its lowest figure: "between 10 and 15" → low 10, best 10, high 15.
 *
 * @example
 * ```ts
 * resolveCount('العشرات').value; //=> { low: 12, best: 12, high: 99, text: 'العشرات', convention: 'acled' }
 * ```
 */
export const ACLED_COUNT_CONVENTION: CountConvention = Object.freeze({
  name: 'acled',
  vague: Object.freeze({
    couple: { low: 2, best: 2, high: 3 },
    few: { low: 3, best: 3, high: 9 },
    several: { low: 3, best: 3, high: 9 },
    a_number: { low: 3, best: 3 },
    many: { low: 10, best: 10 },
    dozens: { low: 12, best: 12, high: 99 },
    tens: { low: 12, best: 12, high: 99 },
    hundreds: { low: 100, best: 100, high: 999 },
    thousands: { low: 1000, best: 1000, high: 9999 },
    tens_of_thousands: { low: 10000, best: 10000, high: 99999 },
    hundreds_of_thousands: { low: 100000, best: 100000, high: 999999 },
  }),
  qualified(qualifier: CountQualifier, n: number): CountEstimate {
    switch (qualifier) {
      case 'exact':
        return { low: n, best: n, high: n };
      case 'at_least':
      case 'more_than':
        return { low: n, best: n };
      case 'about':
        return { best: n };
      case 'nearly':
      case 'up_to':
        return { best: n, high: n };
      case 'less_than':
        return n > 0 ? { high: n - 1 } : {};
    }
  },
  range(low: number, high: number): CountEstimate {
    return { low, best: low, high };
  },
});

/**
 * The literal reading: `low` is the smallest number the words can mean, `high` the largest, and
 * there is no `best` unless the report gives one number. few → 2–9, several → 3–9, a number of →
 * 2+, many → 3+, dozens → 24–99, tens (عشرات) → 20–99, hundreds → 200–999, thousands → 2 000–9 999;
 * "more than 20" → low 21; "at least 5" → low 5; "about 30" → best 30; "up to 40" → high 40;
 * a range "between 10 and 15" → low 10, high 15.
 *
 * @example
 * ```ts
 * resolveCount('dozens', { convention: 'literal' }).value; //=> { low: 24, high: 99, text: 'dozens', convention: 'literal' }
 * ```
 */
export const LITERAL_COUNT_CONVENTION: CountConvention = Object.freeze({
  name: 'literal',
  vague: Object.freeze({
    couple: { low: 2, high: 3 },
    few: { low: 2, high: 9 },
    several: { low: 3, high: 9 },
    a_number: { low: 2 },
    many: { low: 3 },
    dozens: { low: 24, high: 99 },
    tens: { low: 20, high: 99 },
    hundreds: { low: 200, high: 999 },
    thousands: { low: 2000, high: 9999 },
    tens_of_thousands: { low: 20000, high: 99999 },
    hundreds_of_thousands: { low: 200000, high: 999999 },
  }),
  qualified(qualifier: CountQualifier, n: number): CountEstimate {
    switch (qualifier) {
      case 'exact':
        return { low: n, best: n, high: n };
      case 'at_least':
        return { low: n };
      case 'more_than':
        return { low: n + 1 };
      case 'about':
        return { best: n };
      case 'nearly':
      case 'up_to':
        return { high: n };
      case 'less_than':
        return n > 0 ? { high: n - 1 } : {};
    }
  },
  range(low: number, high: number): CountEstimate {
    return { low, high };
  },
});

/**
 * Names of the built-in conventions.
 *
 * @example
 * ```ts
 * resolveCount('عدة', { convention: 'literal' satisfies CountConventionName });
 * ```
 */
export type CountConventionName = 'acled' | 'literal';

/**
 * The convention for a name or object; throws a `TypeError` for an unknown name or a malformed
 * object (a programmer error).
 *
 * @example
 * ```ts
 * countConvention('literal').name; //=> 'literal'
 * ```
 */
export function countConvention(convention: CountConvention | CountConventionName | undefined): CountConvention {
  if (convention === undefined || convention === 'acled') return ACLED_COUNT_CONVENTION;
  if (convention === 'literal') return LITERAL_COUNT_CONVENTION;
  if (typeof convention === 'string') throw new TypeError(`Unknown count convention "${String(convention)}" (use 'acled', 'literal' or a CountConvention object)`);
  const c = convention as Partial<CountConvention> | null;
  if (c === null || typeof c !== 'object' || typeof c.name !== 'string' || typeof c.vague !== 'object' || typeof c.qualified !== 'function' || typeof c.range !== 'function') {
    throw new TypeError('A count convention must be an object with name, vague, qualified() and range()');
  }
  return c as CountConvention;
}
