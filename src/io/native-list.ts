import { NATIVE_LIST_SEPARATOR } from './native-columns.js';

function escapeItem(item: string): string {
  if (!item.includes(';') && !item.includes('\\')) return item;
  return item.replace(/[\\;]/g, (c) => `\\${c}`);
}

/**
 * Joins list items into one cell of the native layout: items joined with `; `, a semicolon inside
 * an item written `\;` and a backslash `\\`. Missing items (`undefined`) become empty items (the
 * separator before them is a bare `;`), so the positions line up with a parallel list; when every item is missing the cell is empty (`undefined`).
 *
 * @example
 * ```ts
 * joinNativeList(['isis', undefined, 'Q1']); //=> 'isis;; Q1'
 * joinNativeList(['a;b']); //=> 'a\\;b'
 * joinNativeList([undefined]); //=> undefined
 * ```
 */
export function joinNativeList(items: readonly (string | undefined)[]): string | undefined {
  let any = false;
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const present = item !== undefined && item !== '';
    // The separator loses its space before an empty item: `isis;; Q1`, `a; b;`.
    if (i > 0) out += present ? NATIVE_LIST_SEPARATOR : ';';
    if (present) {
      any = true;
      out += escapeItem(item);
    }
  }
  return any ? out : undefined;
}

/**
 * Splits a list cell of the native layout back into items: the separator is an unescaped `;`;
 * items are trimmed; `\;` and `\\` are unescaped. An empty cell is an empty list.
 *
 * @example
 * ```ts
 * splitNativeList('isis;; Q1'); //=> ['isis', '', 'Q1']
 * splitNativeList('a\\;b; c'); //=> ['a;b', 'c']
 * splitNativeList(''); //=> []
 * ```
 */
export function splitNativeList(cell: string): string[] {
  if (cell.trim() === '') return [];
  if (!cell.includes('\\')) return cell.split(';').map((s) => s.trim());
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charAt(i);
    if (c === '\\' && i + 1 < cell.length) {
      current += cell.charAt(i + 1);
      i++;
    } else if (c === ';') {
      items.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current.trim());
  return items;
}
