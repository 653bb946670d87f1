import { describe, expect, it } from 'vitest';
import { fromPloverEvent, toPloverEvent } from '../../../src/codebooks/plover/plover-event.js';
import { PLOVER_EVENT_TYPES } from '../../../src/codebooks/plover/vocabulary.js';
import type { Actor } from '../../../src/schema/actor.js';
import { EVENT_TYPES } from '../../../src/schema/event-type.js';

const is: Actor = { name: 'Islamic State', role: 'perpetrator', kind: 'rebel_group' };
const victim: Actor = { name: 'Saada Faisal al-Hermas', role: 'victim', kind: 'civilians' };

describe('PLOVER vocabulary (codebook notes §4.1–4.2)', () => {
  it('has the 16 event types of the current manual with their quads', () => {
    expect(PLOVER_EVENT_TYPES.map((e) => e.event)).toEqual([
      'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
    ]);
    expect(PLOVER_EVENT_TYPES.filter((e) => e.recipient === 'always').map((e) => e.event)).toEqual(['COOPERATE', 'AID', 'RETREAT', 'PROTEST', 'SANCTION']);
  });
});

describe('toPloverEvent', () => {
  it.each([
    ['firearms', ['targeted', 'firearms']],
    ['car bomb', ['targeted', 'explosives']],
    ['knife', ['targeted', 'primitive']],
    ['suicide vest', ['targeted', 'explosives', 'suicide-attack']],
    ['drone', ['targeted', 'drone']],
  ])('codes an assassination with %s as ASSAULT %j', (weapon, mode) => {
    const { value, issues } = toPloverEvent({ type: 'assassination', actors: [is, victim], attributes: { weapon } });
    expect(issues).toEqual([]);
    expect(value).toEqual({ event: 'ASSAULT', mode, context: [], quadCode: 4, actor: [is], recipient: [victim] });
  });

  it.each([
    ['protest', undefined, 'PROTEST', ['demo']],
    ['riot', undefined, 'PROTEST', ['riot']],
    ['arrest', undefined, 'COERCE', ['arrest']],
    ['abduction', undefined, 'ASSAULT', ['abduct']],
    ['hijacking', undefined, 'ASSAULT', ['abduct']],
    ['sexual_violence', undefined, 'ASSAULT', ['sexual']],
    ['shelling', undefined, 'ASSAULT', ['heavy-weapons']],
    ['bombing', 'suicide_bomb', 'ASSAULT', ['explosives', 'suicide-attack']],
    ['chemical_attack', undefined, 'ASSAULT', ['unconventional']],
    ['property_destruction', undefined, 'ASSAULT', ['destroy']],
    ['strategic_development', 'agreement', 'AGREE', []],
    ['territory_change', 'non_violent_transfer', 'RETREAT', ['withdraw']],
  ] as const)('codes %s/%s as %s %j', (type, subtype, event, mode) => {
    const input = subtype === undefined ? { type, actors: [is, victim] } : { type, subtype, actors: [is, victim] };
    expect(toPloverEvent(input).value).toMatchObject({ event, mode });
  });

  it('puts every side of two-sided violence in actor, with no recipient required', () => {
    const sides: Actor[] = [
      { name: 'Government of Syria', role: 'actor', kind: 'state_forces' },
      { name: 'Syrian insurgents', role: 'actor', kind: 'rebel_group' },
    ];
    const { value, issues } = toPloverEvent({ type: 'armed_clash', actors: sides });
    expect(value).toMatchObject({ event: 'ASSAULT', actor: sides, recipient: [] });
    expect(issues).toEqual([]);
  });

  it('keeps associated actors with their main actor, and leaves claimants out', () => {
    const women: Actor = { name: 'Women (Iraq)', role: 'victim', associated: true };
    const claimant: Actor = { name: 'Amaq', role: 'claimant' };
    const value = toPloverEvent({ type: 'attack', actors: [is, claimant, victim, women] }).value;
    expect(value?.actor).toEqual([is]);
    expect(value?.recipient).toEqual([victim, women]);
  });

  it('warns when a type that needs a recipient has none, and when there is no actor', () => {
    const protest = toPloverEvent({ type: 'protest', actors: [{ name: 'Protesters (Iraq)', role: 'actor', kind: 'protesters' }] });
    expect(protest.issues.map((i) => i.code)).toEqual(['plover_missing_recipient']);
    expect(toPloverEvent({ type: 'attack', actors: [victim] }).issues.map((i) => i.code)).toEqual(['plover_missing_actor']);
  });

  it('makes the crowd the actor of a PROTEST and whoever it faces the recipient', () => {
    const protesters: Actor = { name: 'Protesters (Iraq)', role: 'actor', kind: 'protesters' };
    const police: Actor = { name: 'Police Forces of Iraq (2020-)', role: 'actor', kind: 'state_forces' };
    const { value, issues } = toPloverEvent({ type: 'protest', subtype: 'intervention', actors: [police, protesters] });
    expect(value).toMatchObject({ event: 'PROTEST', mode: ['demo'], actor: [protesters], recipient: [police] });
    expect(issues).toEqual([]);
  });

  it('codes excessive force against protesters as ASSAULT crowd-control (repression), and reads it back', () => {
    const police: Actor = { name: 'Police Forces of Iraq (2020-)', role: 'perpetrator', kind: 'state_forces' };
    const protesters: Actor = { name: 'Protesters (Iraq)', role: 'victim', kind: 'protesters' };
    const byRule = toPloverEvent({ type: 'protest', actors: [police, protesters], fatalities: { best: 2 }, attributes: { weapon: 'live ammunition' } }).value;
    expect(byRule).toMatchObject({ event: 'ASSAULT', mode: ['crowd-control', 'firearms'], context: ['repression'], actor: [police], recipient: [protesters] });
    expect(toPloverEvent({ type: 'protest', subtype: 'excessive_force', actors: [police, protesters] }).value?.mode).toEqual(['crowd-control']);
    expect(fromPloverEvent({ event: 'ASSAULT', mode: byRule?.mode ?? [] }).value).toEqual({ type: 'protest', subtype: 'excessive_force', attributes: { weapon: 'firearms' } });
  });

  it('has no PLOVER type for other events', () => {
    const r = toPloverEvent({ type: 'other', actors: [] });
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['plover_no_event_type']);
  });

  it('codes every event type but other and generic strategic developments', () => {
    const uncoded = EVENT_TYPES.filter((type) => toPloverEvent({ type, actors: [is, victim] }).value === undefined);
    expect(uncoded).toEqual(['strategic_development', 'other']);
  });
});

describe('fromPloverEvent', () => {
  it.each([
    [{ event: 'ASSAULT', mode: ['targeted', 'firearms'] }, { type: 'assassination', attributes: { weapon: 'firearms' } }],
    [{ event: 'ASSAULT', mode: ['abduct'] }, { type: 'abduction' }],
    [{ event: 'ASSAULT', mode: ['explosives', 'suicide-attack'] }, { type: 'bombing', subtype: 'suicide_bomb', attributes: { weapon: 'explosives', suicide: true } }],
    [{ event: 'ASSAULT', mode: ['aerial'] }, { type: 'air_strike', attributes: { weapon: 'aerial' } }],
    [{ event: 'ASSAULT', mode: ['heavy-weapons'] }, { type: 'shelling', attributes: { weapon: 'heavy_weapons' } }],
    [{ event: 'ASSAULT', mode: ['beat', 'primitive'] }, { type: 'attack', attributes: { weapon: 'melee' } }],
    [{ event: 'ASSAULT', mode: ['firearms'], recipient: [] }, { type: 'armed_clash', attributes: { weapon: 'firearms' } }],
    [{ event: 'PROTEST', mode: ['demo'] }, { type: 'protest' }],
    [{ event: 'PROTEST', mode: ['riot'] }, { type: 'riot' }],
    [{ event: 'COERCE', mode: ['arrest'] }, { type: 'arrest' }],
    [{ event: 'COERCE', mode: ['curfew'] }, { type: 'strategic_development', subtype: 'curfew' }],
    [{ event: 'AGREE' }, { type: 'strategic_development', subtype: 'agreement' }],
    [{ event: 'RETREAT', mode: ['withdraw'], context: ['territory'] }, { type: 'territory_change', subtype: 'non_violent_transfer' }],
  ])('reads %j', (input, expected) => {
    const { value, issues } = fromPloverEvent(input);
    expect(value).toEqual(expected);
    expect(issues).toEqual([]);
  });

  it('round-trips the conflict types through PLOVER', () => {
    for (const [type, subtype] of [['assassination'], ['abduction'], ['sexual_violence'], ['shelling'], ['arrest'], ['protest'], ['riot'], ['property_destruction'], ['chemical_attack'], ['strategic_development', 'agreement'], ['territory_change', 'non_violent_transfer']] as const) {
      const coded = toPloverEvent(subtype === undefined ? { type, actors: [is, victim] } : { type, subtype, actors: [is, victim] }).value;
      expect(coded).toBeDefined();
      expect(fromPloverEvent({ event: coded?.event ?? '', mode: coded?.mode ?? [], context: coded?.context ?? [] }).value?.type).toBe(type);
    }
  });

  it('accepts legacy names, flags unknown modes, and marks non-conflict types', () => {
    expect(fromPloverEvent({ event: 'DISAPPROVE' }).value).toEqual({ type: 'other', subtype: 'accuse' });
    expect(fromPloverEvent({ event: 'ASSAULT', mode: ['massacre'] }).issues.map((i) => i.code)).toEqual(['plover_unknown_mode']);
    const consult = fromPloverEvent({ event: 'consult' });
    expect(consult.value).toEqual({ type: 'other', subtype: 'consult' });
    expect(consult.issues.map((i) => [i.code, i.level])).toEqual([['plover_not_conflict_event', 'info']]);
    const bad = fromPloverEvent({ event: 'CRIME' });
    expect(bad.value).toBeUndefined();
    expect(bad.issues.map((i) => [i.code, i.level])).toEqual([['plover_unknown_event_type', 'error']]);
  });
});
