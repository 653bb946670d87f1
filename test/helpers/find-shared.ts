import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the project's shared reference material lives (`shared/reference-data/…` with the real
 * ACLED and UCDP rows and the annotated corpora, `shared/seed/…`): the folder named by the
 * CONFLICT_EVENTS_SHARED environment variable, else a `shared/` folder beside the repository or
 * beside one of its parent folders, else `/work/shared`. Undefined when there is none, or when the
 * variable is `none` (to run the suite as on a machine without it): the tests
 * that need it are then skipped (see vitest.config.ts). No ACLED row is copied into this
 * repository or the package.
 */
export function findSharedDir(repoRoot: string): string | undefined {
  const fromEnv = process.env.CONFLICT_EVENTS_SHARED;
  // "none" runs the suite as on a machine without the reference data.
  if (fromEnv === 'none') return undefined;
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(join(fromEnv, 'reference-data'))) return resolve(fromEnv);
  for (let dir = resolve(repoRoot); ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared');
    if (existsSync(join(candidate, 'reference-data'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  return existsSync('/work/shared/reference-data') ? '/work/shared' : undefined;
}
