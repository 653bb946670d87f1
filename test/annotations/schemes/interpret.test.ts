import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../src/schema/event-type.js';
import { ACE2005_SCHEME } from '../../../src/annotations/schemes/ace2005-scheme.js';
import { DEFAULT_SCHEME } from '../../../src/annotations/schemes/default-scheme.js';
import { interpretAttribute, interpretLabel, resolveRole } from '../../../src/annotations/schemes/interpret.js';
import { labelKey, labelKeyCandidates, roleKey } from '../../../src/annotations/schemes/label-scheme.js';
import { createScheme, loadScheme, resolveScheme, schemeByName } from '../../../src/annotations/schemes/load-scheme.js';

const pascal = (t: string): string => t.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

describe('default scheme', () => {
  it.each(EVENT_TYPES)('knows the event type %s in any spelling', (type) => {
    for (const label of [type, type.toUpperCase(), type.replace(/_/g, '-').toUpperCase(), pascal(type), type.replace(/_/g, ' ')]) {
      const { value, issues } = interpretLabel(label, DEFAULT_SCHEME);
      expect(issues).toEqual([]);
      expect(value.kind).toBe('event');
      expect(value.event?.type).toBe(type);
    }
  });

  it('knows the roles, entities and attributes of the brief', () => {
    const roles = { Perpetrator: 'perpetrator', Victim: 'victim', Target: 'target', Place: 'place', Time: 'time', Fatalities: 'fatalities', Injuries: 'injuries', Claimant: 'claimant', Weapon: 'weapon', Actor: 'actor' };
    for (const [label, role] of Object.entries(roles)) expect(interpretLabel(label, DEFAULT_SCHEME).value).toMatchObject({ kind: 'role', role: { role } });
    const entities = { Person: 'person', Organization: 'organization', Location: 'location', Date: 'date', Quantity: 'quantity' };
    for (const [label, entity] of Object.entries(entities)) expect(interpretLabel(label, DEFAULT_SCHEME).value).toMatchObject({ kind: 'entity', entity });
    expect(interpretLabel('Actor', DEFAULT_SCHEME).value).toMatchObject({ kind: 'role', entity: 'actor' });
    for (const [label, attribute] of [['Attempted', 'attempted'], ['Claimed', 'claimed'], ['Negated', 'negated'], ['Hypothetical', 'hypothetical']] as const) {
      expect(interpretLabel(label, DEFAULT_SCHEME).value).toMatchObject({ kind: 'attribute', attribute: { attribute, value: true } });
    }
    expect(interpretLabel('SuicideBombing', DEFAULT_SCHEME).value.event).toEqual({ type: 'bombing', subtype: 'suicide_bomb' });
  });

  it('gives a warning naming an unknown label, never a crash', () => {
    const { value, issues } = interpretLabel('Merge-org', DEFAULT_SCHEME, { where: { document: 'd', line: 3 } });
    expect(value.kind).toBe('unknown');
    expect(issues).toEqual([expect.objectContaining({ code: 'unknown_label', level: 'warning', document: 'd', line: 3 })]);
    expect(issues[0]!.message).toContain('"Merge-org"');
  });
});

describe('ACE 2005 preset', () => {
  it('maps ACE types in LDC and brat spellings', () => {
    const cases: [string, string][] = [
      ['Conflict:Attack', 'attack'],
      ['ATTACK', 'attack'],
      ['Conflict.Demonstrate', 'protest'],
      ['Life:Die', 'attack'],
      ['Die', 'attack'],
      ['INJURE', 'attack'],
      ['Justice:Arrest-Jail', 'arrest'],
      ['Arrest-Jail', 'arrest'],
      ['ARREST-JAIL', 'arrest'],
      ['Justice:Execute', 'attack'],
    ];
    for (const [label, type] of cases) expect(interpretLabel(label, ACE2005_SCHEME).value.event?.type).toBe(type);
    expect(interpretLabel('Life:Die', ACE2005_SCHEME).value.event?.effect).toBe('fatalities');
  });

  it('reads Movement:Transport as an abduction only with a hint', () => {
    const plain = interpretLabel('Movement:Transport', ACE2005_SCHEME);
    expect(plain.value.kind).toBe('ignored');
    expect(plain.issues).toEqual([]);
    expect(plain.value.reason).toContain('hint');
    expect(interpretLabel('TRANSPORT', ACE2005_SCHEME, { triggerText: 'kidnapped' }).value.event?.type).toBe('abduction');
    expect(interpretLabel('Transport', ACE2005_SCHEME, { triggerText: 'اختطاف' }).value.kind).toBe('event');
    expect(interpretLabel('Transport', ACE2005_SCHEME, { hints: ['Abduction'] }).value.kind).toBe('event');
  });

  it('knows the other ACE types and leaves them out without a warning', () => {
    for (const label of ['Life:Marry', 'Business:Merge-Org', 'Merge-org', 'TRANSFER-MONEY']) {
      const r = interpretLabel(label, ACE2005_SCHEME);
      expect(r.value.kind).toBe('ignored');
      expect(r.issues).toEqual([]);
    }
  });

  it('resolves ACE roles, with or without the -Arg suffix, and time qualifiers', () => {
    const cases: [string, string, string?][] = [
      ['Attacker', 'perpetrator'],
      ['Attacker-Arg', 'perpetrator'],
      ['Agent-Arg', 'perpetrator'],
      ['Victim', 'victim'],
      ['Target', 'target'],
      ['Instrument', 'weapon'],
      ['Place-Arg', 'place'],
      ['Time-Within', 'time', 'within'],
      ['Time-At-Beginning', 'time', 'at-beginning'],
      ['Time-Holds', 'time', 'holds'],
      ['Entity', 'actor'],
    ];
    for (const [label, role, qualifier] of cases) {
      const r = resolveRole({ eventRole: label, eventLabel: 'Conflict:Attack' }, ACE2005_SCHEME);
      expect(r.issues).toEqual([]);
      expect(r.value).toMatchObject({ role, source: 'event-role', label, ...(qualifier !== undefined ? { qualifier } : {}) });
    }
    expect(resolveRole({ eventRole: 'Person', eventLabel: 'Justice:Arrest-Jail' }, ACE2005_SCHEME).value?.role).toBe('target');
    expect(resolveRole({ eventRole: 'Person', eventLabel: 'ARREST-JAIL' }, ACE2005_SCHEME).value?.role).toBe('target');
    expect(resolveRole({ eventRole: 'Person', eventLabel: 'Justice:Execute' }, ACE2005_SCHEME).value?.role).toBe('victim');
  });

  it('maps ACE attributes', () => {
    expect(interpretAttribute('Polarity', 'Negative', ACE2005_SCHEME).value).toEqual({ attribute: 'negated', value: true });
    expect(interpretAttribute('Modality', 'Other', ACE2005_SCHEME).value).toEqual({ attribute: 'hypothetical', value: true });
    expect(interpretAttribute('Modality', 'Asserted', ACE2005_SCHEME).value).toEqual({ attribute: 'hypothetical', value: false });
  });
});

describe('resolveRole', () => {
  it('takes the event role, else the relation label, else the span label', () => {
    expect(resolveRole({ eventRole: 'Victim2', relationLabel: 'Perpetrator', spanLabel: 'Person' }, DEFAULT_SCHEME).value).toEqual({ role: 'victim', source: 'event-role', label: 'Victim2' });
    expect(resolveRole({ relationLabel: 'Perpetrator', spanLabel: 'Victim' }, DEFAULT_SCHEME).value).toEqual({ role: 'perpetrator', source: 'relation-label', label: 'Perpetrator' });
    expect(resolveRole({ relationLabel: '', spanLabel: 'Victim' }, DEFAULT_SCHEME).value?.source).toBe('span-label');
    expect(resolveRole({ spanLabel: 'Location' }, DEFAULT_SCHEME).value).toEqual({ role: 'place', source: 'span-label', label: 'Location' });
    expect(resolveRole({ spanLabel: 'Date' }, DEFAULT_SCHEME).value?.role).toBe('time');
  });

  it('warns about an unknown source and falls through to the next', () => {
    const r = resolveRole({ eventRole: 'Shooter', relationLabel: 'Perpetrator' }, DEFAULT_SCHEME);
    expect(r.value?.role).toBe('perpetrator');
    expect(r.issues.map((i) => [i.code, i.level])).toEqual([['unknown_role', 'warning']]);
    expect(r.issues[0]!.message).toContain('"Shooter"');
  });

  it('gives no role, with a warning, when nothing says one', () => {
    const r = resolveRole({ spanLabel: 'Person' }, DEFAULT_SCHEME);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['unresolved_role']);
  });

  it('treats an attribute label as evidence of the attribute', () => {
    const r = resolveRole({ eventRole: 'Claimed', spanLabel: 'Claimed' }, DEFAULT_SCHEME);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.level])).toEqual([['attribute_evidence', 'info']]);
  });
});

describe('interpretAttribute', () => {
  it('reads binary attributes, their false values, and Label Studio choices', () => {
    expect(interpretAttribute('Claimed', true, DEFAULT_SCHEME).value).toEqual({ attribute: 'claimed', value: true });
    expect(interpretAttribute('Claimed', 'no', DEFAULT_SCHEME).value).toEqual({ attribute: 'claimed', value: false });
    expect(interpretAttribute('modifiers', 'Attempted', DEFAULT_SCHEME).value).toEqual({ attribute: 'attempted', value: true });
    const unknown = interpretAttribute('Confidence', 'High', DEFAULT_SCHEME, { line: 4 });
    expect(unknown.value).toBeUndefined();
    expect(unknown.issues).toEqual([expect.objectContaining({ code: 'unknown_attribute', line: 4 })]);
  });
});

describe('user mappings', () => {
  it('extends the default scheme and validates entries', () => {
    const { value: scheme, issues } = createScheme({
      name: 'acled-like',
      events: { 'Violence against civilians': 'attack', Kidnap: { type: 'abduction', subtype: 'kidnapping' }, Bad: 'massacre' },
      roles: { Shooter: 'perpetrator', When: { role: 'time', qualifier: 'within' }, Oops: 'hero' },
      eventRoles: { Arrest: { Person: 'target' } },
      entities: { Town: { entity: 'location', role: 'place' } },
      attributes: { Failed: 'attempted', Certainty: { attribute: 'hypothetical', values: { Rumour: 'hypothetical' } } },
      ignore: ['Report'],
      colour: 'red',
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_scheme', 'events.Bad'],
      ['invalid_scheme', 'roles.Oops'],
      ['unknown_scheme_key', 'colour'],
    ]);
    expect(scheme.name).toBe('acled-like');
    expect(interpretLabel('violence_against_civilians', scheme).value.event?.type).toBe('attack');
    expect(interpretLabel('Assassination', scheme).value.event?.type).toBe('assassination');
    expect(resolveRole({ eventRole: 'Shooter' }, scheme).value?.role).toBe('perpetrator');
    expect(resolveRole({ eventRole: 'Person', eventLabel: 'Arrest' }, scheme).value?.role).toBe('target');
    expect(resolveRole({ spanLabel: 'Town' }, scheme).value?.role).toBe('place');
    expect(interpretAttribute('Certainty', 'rumour', scheme).value).toEqual({ attribute: 'hypothetical', value: true });
    expect(interpretLabel('Report', scheme).value.kind).toBe('ignored');
  });

  it('starts from nothing with extends: none, or from ACE', () => {
    const none = createScheme({ extends: 'none', events: { Boom: 'bombing' } }).value;
    expect(interpretLabel('Attack', none).value.kind).toBe('unknown');
    const ace = createScheme({ extends: 'ace2005', roles: { Shooter: 'perpetrator' } }).value;
    expect(interpretLabel('Die', ace).value.event?.type).toBe('attack');
  });

  it('loads a mapping from a JSON file and reports a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scheme-'));
    const file = join(dir, 'labels.json');
    writeFileSync(file, JSON.stringify({ name: 'file-scheme', events: { Hit: 'attack' } }));
    expect(interpretLabel('hit', loadScheme(file).value).value.event?.type).toBe('attack');
    expect(resolveScheme(file).value.name).toBe('file-scheme');
    writeFileSync(file, '{ not json');
    const bad = loadScheme(file);
    expect(bad.value).toBe(DEFAULT_SCHEME);
    expect(bad.issues[0]).toMatchObject({ code: 'invalid_scheme', file });
  });

  it('finds built-in schemes by name', () => {
    expect(schemeByName('ACE-2005')).toBe(ACE2005_SCHEME);
    expect(schemeByName('Default')).toBe(DEFAULT_SCHEME);
    expect(resolveScheme('nope').issues[0]!.code).toBe('invalid_scheme');
  });
});

describe('label keys', () => {
  it('ignore case, spaces, _ and -, and read . as :', () => {
    expect(labelKey('ARMED-CLASH')).toBe(labelKey('armed_clash'));
    expect(labelKey('Conflict.Attack')).toBe('conflict:attack');
    expect(labelKeyCandidates('Conflict:Attack:FirearmAttack')).toEqual(['conflict:attack:firearmattack', 'attack:firearmattack', 'firearmattack', 'conflict:attack', 'conflict']);
    expect(roleKey('Org-Arg3')).toBe('org');
  });
});
