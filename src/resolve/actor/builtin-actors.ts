import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../../util/data-path.js';
import type { ActorRecord } from './actor-record.js';
import { type ActorRegistry, createActorRegistry } from './actor-registry.js';

let cached: ActorRegistry | undefined;

/**
 * The built-in registry: the actors of the Syrian and Iraqi conflicts (IS, SDF and the AANES
 * bodies, Syrian government forces and militias, the SNA and other opposition factions, HTS, the
 * US-led coalition, Turkish, US, Russian, Israeli and Iranian forces, Iran-backed militias, Iraqi
 * state forces, the PMF and Peshmerga, and generic actors such as civilians and Arab tribes), read
 * once from `data/actors/*.json`. See `data/README.md` for the sources.
 *
 * @example
 * ```ts
 * builtinActorRegistry().get('asayish')?.parent; //=> 'aanes'
 * ```
 */
export function builtinActorRegistry(): ActorRegistry {
  if (cached !== undefined) return cached;
  const folder = dataPath('actors');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  const records = files.flatMap((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as ActorRecord[]);
  cached = createActorRegistry(records);
  return cached;
}
