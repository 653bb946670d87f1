/**
 * Reading a number written in ASCII digits straight from a string, without a regular expression
 * and its match array: what readers do for offsets (`T1 Person 12 18`) and dates (`2021-02-22`).
 */

/**
 * The number written with digits only in `s[from, to)`, or -1 when that range is empty, longer
 * than 15 digits, or holds anything but 0–9.
 *
 * @example
 * ```ts
 * asciiDigits('T1\tPerson 12 18', 10, 12); //=> 12
 * asciiDigits('2021-02-22', 0, 4); //=> 2021
 * asciiDigits('12a', 0, 3); //=> -1
 * ```
 */
export function asciiDigits(s: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
