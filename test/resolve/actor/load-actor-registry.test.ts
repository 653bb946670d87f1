import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/schema/issue.js';
import { loadActorRegistry, parseActorRegistry } from '../../../src/resolve/actor/load-actor-registry.js';
import { composeActorRegistries } from '../../../src/resolve/actor/actor-registry.js';
import { builtinActorRegistry } from '../../../src/resolve/actor/builtin-actors.js';
import { resolveActor } from '../../../src/resolve/actor/resolve-actor.js';

const dir = mkdtempSync(join(tmpdir(), 'actors-'));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadActorRegistry (CSV)', () => {
  const csv = [
    'id,name,kind,country,wikidata,aliases,parent',
    'liwa-ahrar-al-furat,Liwa Ahrar al-Furat,political_militia,SYR,,لواء أحرار الفرات|Ahrar al-Furat Brigade,',
    'bad-kind,Bad Kind,army,SYR,,Bad Kind Brigade,',
    'bad-country,Bad Country,rebel_group,Syria,,Bad Country Brigade,',
    ',No Id,rebel_group,SYR,,No Id Brigade,',
    'bad-qid,Bad Qid,3,SYR,2429253,Bad Qid Brigade,',
    'liwa-ahrar-al-furat,Duplicate,rebel_group,SYR,,Duplicate Brigade,',
    'sub-unit,Sub Unit,Rebel group,syr,,Sub Unit Brigade|| ,sdf',
    'orphan,Orphan,2,SYR,,Orphan Brigade,no-such-parent',
    '"quoted, name",Quoted Name,7,IRQ,Q42,"Quoted|Alias, with comma",',
  ].join('\n');
  const file = write('mine.csv', csv);
  const { value, issues } = loadActorRegistry(file);

  it('keeps the good rows', () => {
    expect(value.records().map((r) => r.id)).toEqual(['liwa-ahrar-al-furat', 'sub-unit', 'orphan']);
    expect(value.get('sub-unit')).toMatchObject({ kind: 'rebel_group', country: 'SYR', parent: 'sdf', aliases: ['Sub Unit Brigade'] });
    expect(value.get('orphan')?.kind).toBe('rebel_group');
  });

  it('reports each broken row with file, line and field', () => {
    const at = (code: string) => issues.filter((i) => i.code === code).map((i) => [i.line, i.path.at(-1), i.level]);
    expect(at('invalid_actor_kind')).toEqual([[3, 'kind', 'error']]);
    expect(at('invalid_country')).toEqual([[4, 'country', 'error']]);
    expect(at('invalid_actor_id')).toEqual([
      [5, 'id', 'error'],
      [10, 'id', 'error'],
    ]);
    expect(at('invalid_wikidata_id')).toEqual([[6, 'wikidata', 'error']]);
    expect(at('duplicate_actor_id')).toEqual([[7, 'id', 'error']]);
    // Empty items between "|" separators are not aliases: dropped without a word.
    expect(at('empty_actor_alias')).toEqual([]);
    expect(at('unknown_actor_parent')).toEqual([[9, 'parent', 'warning']]);
    for (const i of issues) expect(i.file).toBe(file);
    expect(formatIssue(issues.find((i) => i.code === 'invalid_actor_kind')!)).toMatch(/mine\.csv:3: error: Actor kind "army"/);
  });

  it('layers over the built-in registry', () => {
    const registry = composeActorRegistries(builtinActorRegistry(), value);
    expect(resolveActor('لواء أحرار الفرات', { registry }).value.id).toBe('liwa-ahrar-al-furat');
    expect(registry.ancestors('sub-unit').map((r) => r.id)).toEqual(['sdf', 'aanes']);
  });

  it('reports a missing id column', () => {
    const r = parseActorRegistry('name,kind\nX,1\n', { format: 'csv', file: 'x.csv' });
    expect(r.value.size).toBe(0);
    expect(r.issues).toMatchObject([{ code: 'missing_actor_column', level: 'error', file: 'x.csv', line: 1 }]);
  });

  it('reports unknown columns as info', () => {
    const r = parseActorRegistry('id,name,colour\nx,X,red\n', { format: 'csv' });
    expect(r.value.size).toBe(1);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown_actor_column', 'no_actor_aliases']);
  });
});

describe('loadActorRegistry (JSON)', () => {
  it('reads records and reports broken ones by line and path', () => {
    const json = `[
  { "id": "a-brigade", "name": "A Brigade", "kind": "rebel_group", "aliases": ["A Brigade", "لواء أ"] },
  {
    "id": "b brigade",
    "name": "B Brigade",
    "aliases": "B"
  },
  { "id": "c-brigade", "name": "C Brigade", "aliases": ["C", ""], "colour": "red" },
  "not an object"
]`;
    const file = write('mine.json', json);
    const { value, issues } = loadActorRegistry(file);
    expect(value.records().map((r) => r.id)).toEqual(['a-brigade', 'c-brigade']);
    expect(issues.map((i) => [i.code, i.line, i.path])).toEqual([
      ['invalid_actor_id', 3, [1, 'id']],
      ['invalid_actor_aliases', 3, [1, 'aliases']],
      ['empty_actor_alias', 8, [2, 'aliases', 1]],
      ['unknown_actor_field', 8, [2, 'colour']],
      ['invalid_actor_record', 9, [3]],
    ]);
  });

  it('reports invalid JSON with its line', () => {
    const file = write('broken.json', '[\n  { "id": "x", "name": "X" \n  "aliases": [] }\n]');
    const { value, issues } = loadActorRegistry(file);
    expect(value.size).toBe(0);
    expect(issues[0]).toMatchObject({ code: 'invalid_json', level: 'error', file });
    expect(issues[0]?.line).toBe(3);
  });

  it('reports a file that is not an array', () => {
    const { issues } = parseActorRegistry('{"id":"x"}', { format: 'json' });
    expect(issues[0]?.code).toBe('invalid_actor_file');
  });

  it('reports an unreadable file', () => {
    const { value, issues } = loadActorRegistry(join(dir, 'missing.json'));
    expect(value.size).toBe(0);
    expect(issues[0]?.code).toBe('unreadable_file');
  });
});
