import { resolve } from 'node:path';
import { findSharedDir } from './find-shared.js';

/** The repository root. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The shared reference folder, or undefined (see `findSharedDir`). */
export const SHARED_DIR = findSharedDir(REPO_ROOT);

/**
 * The path of a file in the shared reference folder, e.g. `reference-data/acled/…csv` or
 * `seed/000_af08a84683ad50d3.txt`. Test files that call it carry the `@reference-data` marker,
 * so that vitest skips them when the folder is absent.
 */
export function sharedPath(relative: string): string {
  return resolve(SHARED_DIR ?? '/shared-reference-data-not-found', relative);
}
