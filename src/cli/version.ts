import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/data-path.js';

/**
 * The version of the installed conflict-events package, read from its package.json.
 *
 * @example
 * ```ts
 * packageVersion(); //=> '0.1.0'
 * ```
 */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
