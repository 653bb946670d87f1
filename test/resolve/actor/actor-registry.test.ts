// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ActorKindSchema } from '../../../src/schema/actor.js';
import { acledActorName } from '../../../src/resolve/actor/actor-record.js';
import { composeActorRegistries, createActorRegistry } from '../../../src/resolve/actor/actor-registry.js';
import { builtinActorRegistry } from '../../../src/resolve/actor/builtin-actors.js';
import { sharedPath } from '../../helpers/shared.js';

const acledSample = sharedPath('reference-data/acled/acled_2022H1_syria_iraq_sample.csv');

describe('the built-in registry', () => {
  const registry = builtinActorRegistry();

  it('has the main actors of the Syrian and Iraqi conflicts', () => {
    for (const id of ['isis', 'sdf', 'asayish', 'ypg', 'ypj', 'aanes', 'syrian-government-forces', 'ndf', 'syria-fourth-division', 'liwa-al-quds', 'turkish-forces', 'sna', 'hts', 'global-coalition', 'us-forces', 'russian-forces', 'irgc', 'hezbollah', 'fatemiyoun', 'kataib-hezbollah', 'iraqi-security-forces', 'iraq-counter-terrorism-service', 'pmf', 'peshmerga', 'hurras-al-din', 'syriac-military-council', 'arab-tribes', 'civilians']) {
      expect(registry.get(id), id).toBeDefined();
    }
  });

  it('has valid, sourced records whose parents exist', () => {
    for (const r of registry.records()) {
      expect(ActorKindSchema.options, r.id).toContain(r.kind);
      expect(r.sources?.length, r.id).toBeGreaterThan(0);
      expect(r.aliases.length, r.id).toBeGreaterThan(0);
      if (r.parent !== undefined) expect(registry.get(r.parent), `${r.id} → ${r.parent}`).toBeDefined();
      if (r.country !== undefined) expect(r.country).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('links units to their parents', () => {
    expect(registry.ancestors('ypg').map((r) => r.id)).toEqual(['sdf', 'aanes']);
    expect(registry.get('asayish')?.parent).toBe('aanes');
  });

  it('looks records up by Wikidata id and ACLED name', () => {
    expect(registry.byWikidata('Q2429253')?.id).toBe('isis');
    expect(registry.byWikidata('wd:Q277036')?.id).toBe('ypg');
    expect(registry.byAcledName('Islamic State (Iraq)')?.id).toBe('isis');
    expect(registry.byAcledName('Military Forces of Syria (2000-2024)')?.id).toBe('syrian-government-forces');
    expect(registry.byAcledName('Nobody (Syria)')).toBeUndefined();
  });

  it('fills the country of generic ACLED names', () => {
    expect(acledActorName(registry.get('civilians')!, 'Syria')).toBe('Civilians (Syria)');
    expect(acledActorName(registry.get('civilians')!)).toBeUndefined();
    expect(acledActorName(registry.get('sdf')!, 'Syria')).toBe('QSD: Syrian Democratic Forces');
  });

  it('agrees with real ACLED rows on the actor type of every actor it knows', () => {
    const text = readFileSync(acledSample, 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(528);
    const inter = new Map<string, Map<string, number>>();
    for (const row of rows) {
      for (const [a, i] of [['actor1', 'inter1'], ['actor2', 'inter2']] as const) {
        const name = row[a];
        const code = row[i];
        if (name === undefined || name === '' || code === undefined) continue;
        const counts = inter.get(name) ?? new Map<string, number>();
        counts.set(code, (counts.get(code) ?? 0) + 1);
        inter.set(name, counts);
      }
    }
    let known = 0;
    let events = 0;
    let covered = 0;
    for (const [name, counts] of inter) {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      events += total;
      const record = registry.byAcledName(name);
      if (record === undefined) continue;
      known++;
      covered += total;
      const [code] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      expect(record.kind, name).toBe(ActorKindSchema.options[Number(code) - 1]);
    }
    expect(known).toBeGreaterThanOrEqual(30);
    // Actor mentions in the sample whose ACLED name the registry knows.
    expect(covered / events).toBeGreaterThan(0.9);
  });
});

describe('createActorRegistry and composeActorRegistries', () => {
  it('throws on invalid records (programmer error)', () => {
    expect(() => createActorRegistry([{ id: 'x', name: 'X', kind: 'army' as never, aliases: [] }])).toThrow(/kind "army"/);
    expect(() => createActorRegistry([{ id: 'x', name: 'X', aliases: [] }, { id: 'x', name: 'Y', aliases: [] }])).toThrow(/appears twice/);
  });

  it('lets a later registry replace a record with the same id', () => {
    const mine = createActorRegistry([{ id: 'sdf', name: 'SDF (mine)', kind: 'rebel_group', aliases: ['my SDF'] }]);
    const registry = composeActorRegistries(builtinActorRegistry(), mine);
    expect(registry.get('sdf')?.name).toBe('SDF (mine)');
    expect(registry.size).toBe(builtinActorRegistry().size);
    expect(registry.find('my SDF').map((m) => m.id)).toEqual(['sdf']);
    // The built-in aliases of the replaced record are gone with it.
    expect(registry.find('قسد')).toEqual([]);
  });

  it('finds every actor named in a sentence', () => {
    const found = builtinActorRegistry().find('هاجم تنظيم داعش مواقع لقوات سوريا الديمقراطية قرب مواقع للجيش التركي');
    expect(found.map((m) => m.id)).toEqual(['isis', 'sdf', 'turkish-forces']);
    expect(found[0]).toMatchObject({ alias: 'تنظيم داعش', via: 'alias', words: [1, 3] });
  });
});
