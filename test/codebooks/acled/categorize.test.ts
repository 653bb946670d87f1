import { describe, expect, it } from 'vitest';
import { type AcledCategoryInput, toAcledCategory } from '../../../src/codebooks/acled/categorize.js';
import { ACLED_SUB_EVENT_TYPES } from '../../../src/codebooks/acled/event-types.js';
import type { Actor } from '../../../src/schema/actor.js';

const gunmen: Actor = { name: 'Unidentified Armed Group (Syria)', role: 'perpetrator', kind: 'political_militia' };
const official: Actor = { name: 'Civilians (Syria)', role: 'victim', kind: 'civilians', description: 'council member' };
const soldiers: Actor = { name: 'Military Forces of Syria (2000-)', role: 'target', kind: 'state_forces' };

function sub(event: AcledCategoryInput): string | undefined {
  const c = toAcledCategory(event);
  return c === undefined ? undefined : `${c.eventType} / ${c.subEventType}`;
}

describe('toAcledCategory: how ACLED codes an assassination (codebook §1.8)', () => {
  it('codes the shooting of an unarmed official as Violence against civilians / Attack, with civilian targeting', () => {
    expect(toAcledCategory({ type: 'assassination', actors: [gunmen, official], attributes: { weapon: 'firearms' } })).toEqual({
      eventType: 'Violence against civilians',
      subEventType: 'Attack',
      disorderType: 'Political violence',
      civilianTargeting: true,
    });
  });

  it('codes an attempted assassination with no injuries as VAC / Attack ("includes attempts")', () => {
    expect(sub({ type: 'assassination', actors: [gunmen, official], attributes: { attempted: true }, fatalities: { best: 0 }, injuries: { best: 0 } })).toBe(
      'Violence against civilians / Attack',
    );
  });

  it.each([
    ['car bomb', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['IED', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['عبوة ناسفة', 'Explosions/Remote violence / Remote explosive/landmine/IED'],
    ['hand grenade', 'Explosions/Remote violence / Grenade'],
    ['drone', 'Explosions/Remote violence / Air/drone strike'],
    ['airstrike', 'Explosions/Remote violence / Air/drone strike'],
    ['suicide vest', 'Explosions/Remote violence / Suicide bomb'],
    ['mortar', 'Explosions/Remote violence / Shelling/artillery/missile attack'],
  ])('codes a killing by %s as %s', (weapon, expected) => {
    expect(sub({ type: 'assassination', actors: [gunmen, official], attributes: { weapon } })).toBe(expected);
  });

  it('codes a suicide bombing as Suicide bomb, also when only the suicide flag says so', () => {
    expect(sub({ type: 'bombing', actors: [gunmen, official], attributes: { suicide: true } })).toBe('Explosions/Remote violence / Suicide bomb');
    // An SVBIED is a Suicide bomb (§1.2).
    expect(sub({ type: 'bombing', actors: [gunmen], attributes: { weapon: 'SVBIED' } })).toBe('Explosions/Remote violence / Suicide bomb');
  });

  it('codes a bombing with a car bomb as Remote explosive/landmine/IED', () => {
    expect(sub({ type: 'bombing', actors: [gunmen, soldiers], attributes: { weapon: 'car bomb' } })).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
  });

  it('codes an attack on armed forces as Battles / Armed clash, never with civilian targeting', () => {
    expect(toAcledCategory({ type: 'attack', actors: [gunmen, soldiers], attributes: { weapon: 'firearms', civilianTargeting: true } })).toEqual({
      eventType: 'Battles',
      subEventType: 'Armed clash',
      disorderType: 'Political violence',
      civilianTargeting: false,
    });
    for (const kind of ['rebel_group', 'political_militia', 'identity_militia', 'external_other'] as const) {
      expect(sub({ type: 'attack', actors: [gunmen, { ...soldiers, kind }] })).toBe('Battles / Armed clash');
    }
  });

  it('codes an assassination where the guards return fire (two armed sides) as Battles', () => {
    const guards: Actor = { name: 'Police Forces of Syria', role: 'actor', kind: 'state_forces' };
    expect(sub({ type: 'assassination', actors: [{ ...gunmen, role: 'actor' }, guards] })).toBe('Battles / Armed clash');
  });

  it('codes an abduction as Abduction/forced disappearance, and as Attack once someone is killed', () => {
    expect(sub({ type: 'abduction', actors: [gunmen, official] })).toBe('Violence against civilians / Abduction/forced disappearance');
    expect(sub({ type: 'abduction', actors: [gunmen, official], fatalities: { best: 1 } })).toBe('Violence against civilians / Attack');
    expect(sub({ type: 'hostage_taking', actors: [gunmen, official], injuries: { low: 2 } })).toBe('Violence against civilians / Attack');
  });

  it('codes a killing by a mob as Riots / Mob violence', () => {
    const mob: Actor = { name: 'Rioters (Iraq)', role: 'perpetrator', kind: 'rioters' };
    expect(sub({ type: 'attack', actors: [mob, official], fatalities: { best: 1 } })).toBe('Riots / Mob violence');
    expect(sub({ type: 'assassination', actors: [mob, official] })).toBe('Riots / Mob violence');
    expect(sub({ type: 'riot', actors: [mob, official] })).toBe('Riots / Mob violence');
    expect(sub({ type: 'riot', actors: [{ ...mob, role: 'actor' }] })).toBe('Riots / Violent demonstration');
  });

  it('codes arrests by the state as Strategic developments / Arrests and by non-state groups as abductions', () => {
    const police: Actor = { name: 'Police Forces of Iraq (2020-)', role: 'perpetrator', kind: 'state_forces' };
    expect(sub({ type: 'arrest', actors: [police, official] })).toBe('Strategic developments / Arrests');
    expect(sub({ type: 'arrest', actors: [{ ...gunmen, kind: 'rebel_group' }, official] })).toBe('Violence against civilians / Abduction/forced disappearance');
  });

  it('codes protests by what else happened', () => {
    const protesters: Actor = { name: 'Protesters (Iraq)', role: 'actor', kind: 'protesters' };
    const police: Actor = { name: 'Police Forces of Iraq (2020-)', role: 'actor', kind: 'state_forces' };
    expect(sub({ type: 'protest', actors: [protesters] })).toBe('Protests / Peaceful protest');
    expect(sub({ type: 'protest', actors: [protesters, police] })).toBe('Protests / Protest with intervention');
    const excessive = toAcledCategory({ type: 'protest', actors: [{ ...police, role: 'perpetrator' }, { ...protesters, role: 'victim' }], fatalities: { best: 2 } });
    expect(excessive).toEqual({
      eventType: 'Protests',
      subEventType: 'Excessive force against protesters',
      disorderType: 'Political violence; Demonstrations',
      civilianTargeting: true,
    });
  });

  it('codes remote violence against soldiers without civilian targeting, against civilians with it (§1.5)', () => {
    expect(toAcledCategory({ type: 'shelling', actors: [gunmen, soldiers] })?.civilianTargeting).toBe(false);
    expect(toAcledCategory({ type: 'shelling', actors: [gunmen, official] })?.civilianTargeting).toBe(true);
    expect(toAcledCategory({ type: 'shelling', actors: [gunmen, official], attributes: { civilianTargeting: false } })?.civilianTargeting).toBe(false);
  });

  it('keeps the sub-event type of an event already coded with an ACLED pair', () => {
    for (const e of ACLED_SUB_EVENT_TYPES) {
      const c = toAcledCategory({ type: e.type, subtype: e.subtype, actors: [gunmen, soldiers], fatalities: { best: 3 } });
      expect(c?.subEventType).toBe(e.subEventType);
      expect(c?.disorderType).toBe(e.disorderType);
    }
  });

  it('codes territory changes by the side that gains, and gives no category when it cannot', () => {
    expect(sub({ type: 'territory_change', actors: [{ ...soldiers, role: 'perpetrator' }] })).toBe('Battles / Government regains territory');
    expect(sub({ type: 'territory_change', actors: [{ ...gunmen, kind: 'rebel_group' }] })).toBe('Battles / Non-state actor overtakes territory');
    expect(toAcledCategory({ type: 'territory_change', actors: [] })).toBeUndefined();
    expect(toAcledCategory({ type: 'other', actors: [gunmen] })).toBeUndefined();
  });

  it('codes the real IRQ36367 example (§1.8) as VAC / Attack', () => {
    expect(
      sub({
        type: 'assassination',
        actors: [
          { name: 'Unidentified Armed Group (Iraq)', role: 'perpetrator', kind: 'political_militia' },
          { name: 'Civilians (Iraq)', role: 'victim', kind: 'civilians' },
          { name: 'Women (Iraq)', role: 'victim', associated: true },
        ],
        attributes: { weapon: 'shot' },
        fatalities: { best: 1 },
      }),
    ).toBe('Violence against civilians / Attack');
  });
});
