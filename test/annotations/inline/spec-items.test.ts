import { describe, expect, it } from 'vitest';
import { escapeName, parseSpec } from '../../../src/annotations/inline/spec-items.js';

describe('parseSpec', () => {
  it('reads every kind of item', () => {
    const { items, errors } = parseSpec('#T5 Organization Perpetrator@e1+Claimed=yes"n" !Merge-org@E2 Event-Arg@E3<@E2 Near>#T1+Conf @e1=wikidata:Q1"ISIS" +Individual "note" *Equiv:isis Armed\\ group');
    expect(errors).toEqual([]);
    expect(items.map((i) => i.kind)).toEqual(['id', 'label', 'event', 'event', 'event', 'relation', 'event-ref', 'modifiers', 'modifiers', 'equivalence', 'label']);
    expect(items[2]).toMatchObject({ label: 'Perpetrator', event: 'e1', forceTrigger: false, modifiers: [{ kind: 'attribute', name: 'Claimed', value: 'yes' }, { kind: 'note', text: 'n' }] });
    expect(items[3]).toMatchObject({ label: 'Merge-org', event: 'E2', forceTrigger: true });
    expect(items[4]).toMatchObject({ label: 'Event-Arg', event: 'E3', nestedTarget: 'E2' });
    expect(items[5]).toMatchObject({ label: 'Near', target: 'T1', modifiers: [{ kind: 'attribute', name: 'Conf', value: true }] });
    expect(items[6]).toMatchObject({ event: 'e1', modifiers: [{ kind: 'normalization', db: 'wikidata', dbId: 'Q1', text: 'ISIS' }] });
    expect(items[9]).toMatchObject({ label: 'Equiv', key: 'isis' });
    expect(items[10]).toMatchObject({ label: 'Armed group' });
  });

  it('accepts labels with colons (ACE) and notes with spaces and escapes', () => {
    const { items } = parseSpec('Conflict:Attack@e1 "a \\"quoted\\" note with ]] inside"');
    expect(items[0]).toMatchObject({ label: 'Conflict:Attack', event: 'e1' });
    expect(items[1]).toMatchObject({ modifiers: [{ kind: 'note', text: 'a "quoted" note with ]] inside' }] });
  });

  it('reports malformed items with their position', () => {
    const { items, errors } = parseSpec('Good =nodb +  !Bare Role@ Near>T1 *x "open');
    expect(items.map((i) => i.kind)).toEqual(['label']);
    expect(errors.map((e) => e.at)).toEqual([5, 11, 14, 20, 26, 34, 37]);
  });

  it('escapes names so that they read back', () => {
    for (const name of ['Armed group', 'a@b', '#hash', '!bang', '*star', 'x=y+z', 'quote"d', 'p|q', 'br]ack[et', 'back\\slash']) {
      const escaped = escapeName(name, { leading: true });
      expect(parseSpec(escaped).items[0]).toMatchObject({ kind: 'label', label: name });
    }
    expect(escapeName('db:name', { colon: true })).toBe('db\\:name');
  });
});
