import { describe, expect, it } from 'vitest';
import {
  ACLED_INTERACTIONS,
  ACLED_INTER_CODES,
  acledInteraction,
  formatAcledInter,
  fromAcledInterCode,
  parseAcledInter,
  parseAcledInteraction,
  toAcledInterCode,
} from '../../../src/codebooks/acled/inter-codes.js';
import { type ActorKind, ActorKindSchema } from '../../../src/schema/actor.js';

const LABELS = ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'];

// Codebook §1.3: all interaction codes listed.
const CODEBOOK_CODES = [
  10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23, 24, 25, 26, 27, 28, 30, 33, 34, 35, 36, 37, 38, 40, 44, 45, 46, 47, 48, 50, 55, 56, 57, 58, 60, 66, 67, 68, 70,
  77, 78, 80, 88,
];

describe('ACLED inter codes (codebook §1.3)', () => {
  it('maps inter codes 1–8 to the actor kinds one to one, with the current labels', () => {
    expect(ACLED_INTER_CODES.map((e) => [e.code, e.kind, e.label])).toEqual(ActorKindSchema.options.map((k, i) => [i + 1, k, LABELS[i]]));
    for (const kind of ActorKindSchema.options) expect(fromAcledInterCode(toAcledInterCode(kind))).toBe(kind);
  });

  it.each([
    ['1', 'state_forces', 'numeric'],
    ['8', 'external_other', 'numeric'],
    ['State forces', 'state_forces', 'text'],
    ['State Forces', 'state_forces', 'text'],
    ['Rebel Groups', 'rebel_group', 'text'],
    ['Political Militias', 'political_militia', 'text'],
    ['Militia Groups', 'political_militia', 'text'],
    ['Communal / Identity Groups', 'identity_militia', 'text'],
    ['Protestors', 'protesters', 'text'],
    ['Foreign / Others', 'external_other', 'text'],
    ['External/Other Forces', 'external_other', 'text'],
  ] as const)('reads inter cell %j as %s (%s)', (cell, kind, format) => {
    expect(parseAcledInter(cell)).toEqual({ kind, format, valid: true });
  });

  it('reads 0 and a blank cell as no actor, and flags other values', () => {
    // Real legacy rows use inter2 = 0 when actor2 is empty.
    expect(parseAcledInter('0')).toEqual({ kind: undefined, format: 'numeric', valid: true });
    expect(parseAcledInter(' ')).toEqual({ kind: undefined, format: 'empty', valid: true });
    expect(parseAcledInter('9').valid).toBe(false);
    expect(parseAcledInter('Police').valid).toBe(false);
  });

  it('writes inter cells in both forms', () => {
    expect(formatAcledInter('identity_militia', 'numeric')).toBe('4');
    expect(formatAcledInter('identity_militia', 'text')).toBe('Identity militia');
    expect(formatAcledInter(undefined, 'numeric')).toBe('0');
    expect(formatAcledInter(undefined, 'text')).toBe('');
  });
});

describe('ACLED interaction codes (codebook §1.3)', () => {
  it('computes exactly the codebook interaction codes from all inter pairs', () => {
    const kinds: (ActorKind | undefined)[] = [...ActorKindSchema.options, undefined];
    const codes = new Set<number>();
    for (const a of kinds) for (const b of kinds) {
      const i = acledInteraction(a, b);
      if (i !== undefined) codes.add(i.code);
    }
    expect([...codes].sort((x, y) => x - y)).toEqual(CODEBOOK_CODES);
    expect(ACLED_INTERACTIONS.map((i) => i.code)).toEqual(CODEBOOK_CODES);
  });

  it.each(CODEBOOK_CODES)('interaction %i: lower code first whatever the actor order, text label and parse back', (code) => {
    const a = Math.floor(code / 10);
    const b = code % 10;
    const ka = fromAcledInterCode(a as 1);
    const kb = b === 0 ? undefined : fromAcledInterCode(b as 1);
    const forward = acledInteraction(ka, kb);
    const reversed = acledInteraction(kb, ka);
    expect(forward?.code).toBe(code);
    expect(reversed).toEqual(forward);
    const expectedLabel = b === 0 ? `${LABELS[a - 1]} only` : code === 78 ? 'External/Other forces-Civilians' : `${LABELS[a - 1]}-${LABELS[b - 1]}`;
    expect(forward?.label).toBe(expectedLabel);
    const kinds = b === 0 ? [ka] : [ka, kb];
    expect(parseAcledInteraction(String(code))).toEqual(kinds);
    expect(parseAcledInteraction(expectedLabel)).toEqual(kinds);
  });

  it('labels 78 External/Other forces-Civilians, the one exception to lower-code-first', () => {
    expect(acledInteraction('civilians', 'external_other')).toEqual({ code: 78, label: 'External/Other forces-Civilians' });
  });

  it('reads the codebook example text forms', () => {
    expect(parseAcledInteraction('State forces-Civilians')).toEqual(['state_forces', 'civilians']);
    expect(parseAcledInteraction('Rioters-Civilians')).toEqual(['rioters', 'civilians']);
    expect(parseAcledInteraction('Protesters only')).toEqual(['protesters']);
    expect(parseAcledInteraction('Rebel group only')).toEqual(['rebel_group']);
    // The codebook column table prints an en dash with spaces.
    expect(parseAcledInteraction('Rebel group – Civilians')).toEqual(['rebel_group', 'civilians']);
    expect(parseAcledInteraction('73')).toBeUndefined();
    expect(parseAcledInteraction('Police-Civilians')).toBeUndefined();
  });

  it('has no interaction without any actor kind', () => {
    expect(acledInteraction(undefined, undefined)).toBeUndefined();
  });
});
