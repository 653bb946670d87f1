import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { findSharedDir } from './test/helpers/find-shared.js';

const root = import.meta.dirname;
const shared = findSharedDir(root);

/** Test files marked `@reference-data` read the shared reference folder; without it they are skipped. */
function needingSharedData(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.ts') && readFileSync(p, 'utf8').includes('@reference-data')) out.push(relative(root, p));
    }
  };
  walk(join(root, 'test'));
  return out;
}

const skipped = shared === undefined ? needingSharedData() : [];
if (skipped.length > 0) {
  console.warn(`\nconflict-events: the shared reference data (real ACLED / UCDP rows, annotated corpora) was not found; ${skipped.length} test files that need it are skipped. Set CONFLICT_EVENTS_SHARED to its folder to run them.\n`);
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**', ...skipped],
    testTimeout: 30_000,
    pool: 'forks',
    env: shared !== undefined ? { CONFLICT_EVENTS_SHARED: shared } : {},
  },
});
