import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkAcledExport,
  checkUcdpExport,
  toAcledCategory,
  toAcledRow,
  toGtdAttackTypes,
  toGtdClaimed,
  toGtdCount,
  toGtdDate,
  toGtdSpecificity,
  toGtdSuccess,
  toGtdSuicide,
  toGtdTargetType,
  toGtdVicinity,
  toGtdWeaponType,
  toPloverEvent,
  toUcdpRow,
  toUcdpViolenceType,
} from '../../src/codebooks/index.js';
import { groupActors } from '../../src/codebooks/common/actor-groups.js';
import { ConflictEventSchema, type ConflictEvent } from '../../src/schema/event.js';

// Golden file: hand-written events (input) and every crosswalk's output (expected), side by side.
// Regenerate the expected file with UPDATE_FIXTURES=1; review the diff before committing.
const dir = resolve(import.meta.dirname, '../fixtures/codebooks');
const inputPath = resolve(dir, 'crosswalk-events.json');
const expectedPath = resolve(dir, 'crosswalk-events.expected.json');

function crosswalk(event: ConflictEvent): Record<string, unknown> {
  const target = groupActors(event.actors).find((g) => g.role === 'victim' || g.role === 'target')?.main;
  const plover = toPloverEvent(event);
  return {
    id: event.id,
    acled: { category: toAcledCategory(event) ?? null, row: toAcledRow(event), issues: checkAcledExport(event).map((i) => i.code) },
    ucdp: { typeOfViolence: toUcdpViolenceType(event) ?? null, row: toUcdpRow(event), issues: checkUcdpExport(event).map((i) => i.code) },
    gtd: {
      attacktype: toGtdAttackTypes(event),
      targtype1: target === undefined ? null : toGtdTargetType(target),
      weaptype1: toGtdWeaponType(event.attributes?.weapon),
      specificity: toGtdSpecificity(event.location.precision),
      vicinity: toGtdVicinity(event.location.precision),
      success: toGtdSuccess(event) ?? null,
      suicide: toGtdSuicide(event),
      claimed: toGtdClaimed(event),
      nkill: toGtdCount(event.fatalities) ?? null,
      nwound: toGtdCount(event.injuries) ?? null,
      date: toGtdDate(event.date) ?? null,
    },
    plover: plover.value === undefined ? null : { ...plover.value, actor: plover.value.actor.map((a) => a.name), recipient: plover.value.recipient.map((a) => a.name) },
  };
}

describe('crosswalks of hand-written events (golden file)', () => {
  const events = (JSON.parse(readFileSync(inputPath, 'utf8')) as unknown[]).map((e) => ConflictEventSchema.parse(e));
  const actual = events.map(crosswalk);

  it('matches the expected output', () => {
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as unknown;
    expect(actual).toEqual(expected);
  });

  it('codes the events as the codebooks say', () => {
    const byId = new Map(actual.map((a) => [a.id, a as { acled: { row: Record<string, string> }; gtd: { attacktype: number[]; targtype1: number | null }; plover: { event: string; mode: string[] } | null; ucdp: { typeOfViolence: number | null } }]));
    const get = (id: string) => byId.get(id) ?? (() => { throw new Error(id); })();
    // §1.8 and §3.1: an assassination by shooting is VAC / Attack, GTD 1, PLOVER ASSAULT targeted.
    expect(get('ev-seed-assassination').acled.row.sub_event_type).toBe('Attack');
    expect(get('ev-seed-assassination').gtd.attacktype).toEqual([1]);
    expect(get('ev-seed-assassination').plover).toMatchObject({ event: 'ASSAULT', mode: ['targeted', 'firearms'] });
    // A car bomb on the army: Remote explosive/landmine/IED, GTD Bombing, Military target.
    expect(get('ev-car-bomb-convoy').acled.row.sub_event_type).toBe('Remote explosive/landmine/IED');
    expect(get('ev-car-bomb-convoy').gtd).toMatchObject({ attacktype: [3], targtype1: 4 });
    expect(get('ev-suicide-market').acled.row.sub_event_type).toBe('Suicide bomb');
    expect(get('ev-kidnapping-killed').acled.row.sub_event_type).toBe('Attack');
    expect(get('ev-kidnapping-killed').gtd.targtype1).toBe(2);
    expect(get('ev-attack-checkpoint').acled.row.event_type).toBe('Battles');
    expect(get('ev-protest-shot').acled.row.sub_event_type).toBe('Excessive force against protesters');
    expect(get('ev-mob-killing').acled.row.sub_event_type).toBe('Mob violence');
    expect(get('ev-turkish-drone').acled.row.sub_event_type).toBe('Air/drone strike');
    expect(get('ev-arrest').acled.row.sub_event_type).toBe('Abduction/forced disappearance');
    expect(get('ev-clash-year').ucdp.typeOfViolence).toBe(1);
  });
});
