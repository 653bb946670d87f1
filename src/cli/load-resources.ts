import { extname } from 'node:path';
import { composeActorRegistries } from '../resolve/actor/actor-registry.js';
import { builtinActorRegistry } from '../resolve/actor/builtin-actors.js';
import type { ActorRegistry } from '../resolve/actor/actor-registry.js';
import { loadActorRegistry } from '../resolve/actor/load-actor-registry.js';
import { builtinGazetteer } from '../resolve/place/builtin-gazetteer.js';
import { composeGazetteers } from '../resolve/place/compose-gazetteers.js';
import { loadGazetteerCsv } from '../resolve/place/load-gazetteer-csv.js';
import { loadGazetteerGeoJson } from '../resolve/place/load-gazetteer-geojson.js';
import { loadGeoNames } from '../resolve/place/load-geonames.js';
import type { Gazetteer } from '../resolve/place/types.js';
import type { Issue } from '../schema/issue.js';

/**
 * The gazetteer the command line resolves places with: the user's files (GeoNames `.txt` dumps,
 * `.csv`, `.geojson`/`.json`), which win over the built-in gazetteer they are composed with.
 *
 * @example
 * ```ts
 * const { value: gazetteer } = await loadGazetteers(['SY.txt', 'my-villages.csv']);
 * ```
 */
export async function loadGazetteers(files: readonly string[]): Promise<{ value: Gazetteer; issues: Issue[] }> {
  const issues: Issue[] = [];
  const sources: Gazetteer[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    const r = ext === '.csv' ? await loadGazetteerCsv(file) : ext === '.geojson' || ext === '.json' ? await loadGazetteerGeoJson(file) : await loadGeoNames(file);
    issues.push(...r.issues);
    sources.push(r.value);
  }
  return { value: composeGazetteers(...sources, builtinGazetteer()), issues };
}

/**
 * The actor registry the command line resolves actors with: the built-in registry, with the
 * user's JSON or CSV registries on top (their entries win).
 *
 * @example
 * ```ts
 * const { value: actors } = loadActors(['my-actors.csv']);
 * ```
 */
export function loadActors(files: readonly string[]): { value: ActorRegistry; issues: Issue[] } {
  const issues: Issue[] = [];
  const registries: ActorRegistry[] = [builtinActorRegistry()];
  for (const file of files) {
    const r = loadActorRegistry(file);
    issues.push(...r.issues);
    registries.push(r.value);
  }
  return { value: registries.length === 1 ? builtinActorRegistry() : composeActorRegistries(...registries), issues };
}
