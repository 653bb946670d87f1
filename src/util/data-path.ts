import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The folder of the installed conflict-events package (where `data/` and `schemas/` live),
 * found by walking up from this module to the `package.json` named `conflict-events`. Works from
 * the TypeScript sources and from the built `dist/`.
 *
 * @example
 * ```ts
 * packageRoot(); //=> '/home/me/project/node_modules/conflict-events'
 * ```
 */
export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown };
      if (pkg.name === 'conflict-events') {
        cachedRoot = dir;
        return dir;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('conflict-events: cannot find the package folder (package.json named conflict-events)');
    dir = parent;
  }
}

/**
 * The path of a file in the package's `data/` folder.
 *
 * @example
 * ```ts
 * dataPath('gazetteer/countries.json'); //=> '…/conflict-events/data/gazetteer/countries.json'
 * ```
 */
export function dataPath(name: string): string {
  return join(packageRoot(), 'data', name);
}

/**
 * Reads and parses a JSON file from the package's `data/` folder.
 *
 * @example
 * ```ts
 * const countries = readDataJson<CountryRecord[]>('gazetteer/countries.json');
 * ```
 */
export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath(name), 'utf8')) as T;
}
