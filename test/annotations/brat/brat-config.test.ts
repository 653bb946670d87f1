// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigType, parseBratConfig } from '../../../src/annotations/brat/brat-config.js';
import { sharedPath } from '../../helpers/shared.js';

const tutorial = sharedPath('reference-data/annotations/brat-tutorial-news');

describe('parseBratConfig', () => {
  it('reads the tutorial configuration: hierarchy, abstract types, macros, cardinalities, attribute values', () => {
    const { value, issues } = parseBratConfig(readFileSync(resolve(tutorial, 'annotation.conf'), 'utf8'));
    expect(issues).toEqual([]);
    expect(value.entities.map((t) => t.name)).toEqual(['Person', 'Organization', 'GPE', 'Money']);
    expect(findConfigType(value, 'events', 'Life')).toMatchObject({ abstract: true });
    expect(findConfigType(value, 'events', 'Marry')).toMatchObject({
      parent: 'Life',
      abstract: false,
      arguments: [
        { role: 'Person-Arg', types: ['Person'], min: 2, max: 2 },
        { role: 'Place-Arg', types: ['GPE'], min: 0, max: 1 },
      ],
    });
    // <POG> expanded; + is one or more.
    expect(findConfigType(value, 'events', 'Merge-org')?.arguments[0]).toEqual({ role: 'Org-Arg', types: ['Organization'], min: 1, max: undefined });
    expect(findConfigType(value, 'events', 'Die')?.arguments[1]).toEqual({ role: 'Agent-Arg', types: ['Person', 'Organization', 'GPE'], min: 0, max: 1 });
    expect(findConfigType(value, 'events', 'Report')?.parent).toBeUndefined();
    expect(findConfigType(value, 'relations', 'Alias')?.options).toEqual({ '<REL-TYPE>': 'symmetric-transitive' });
    expect(findConfigType(value, 'attributes', 'Confidence')?.values).toEqual(['High', 'Neutral', 'Low']);
    expect(findConfigType(value, 'attributes', 'Negation')?.values).toBeUndefined();
  });

  it('reads brat\'s ACE 2005 configuration (upper-case types, empty macro)', () => {
    const { value, issues } = parseBratConfig(readFileSync(resolve(tutorial, 'NIST-ACE-05.annotation.conf'), 'utf8'), { file: 'NIST-ACE-05.annotation.conf' });
    expect(issues).toEqual([]);
    expect(findConfigType(value, 'events', 'ATTACK')).toMatchObject({ parent: 'CONFLICT', arguments: [{ role: 'TODO', types: ['<ENTITY>'] }] });
    expect(findConfigType(value, 'events', 'ARREST-JAIL')?.parent).toBe('JUSTICE');
    expect(findConfigType(value, 'events', 'TRANSFER-MONEY')?.arguments.map((a) => a.role)).toEqual(['Giver', 'Recipient', 'Beneficiary', 'Money']);
    expect(value.entities.map((t) => t.name)).toContain('Weapon');
    expect(value.attributes).toEqual([]);
  });

  it('reports lines it cannot read with their line number', () => {
    const { value, issues } = parseBratConfig('Person\n[entities]\nPerson\n[colours]\nx\n[events]\nAttack\tAttacker\n', { file: 'a.conf' });
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['config_line_outside_section', 1],
      ['unknown_config_section', 4],
      ['config_line_outside_section', 5],
      ['invalid_config_argument', 7],
    ]);
    expect(value.entities.map((t) => t.name)).toEqual(['Person']);
  });
});
