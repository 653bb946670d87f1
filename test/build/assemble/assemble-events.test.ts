import { expect, test } from 'vitest';
import { parseInline } from '../../../src/annotations/inline/parse-inline.js';
import { parseLabelStudio } from '../../../src/annotations/label-studio/parse-label-studio.js';
import { ACE2005_SCHEME } from '../../../src/annotations/schemes/ace2005-scheme.js';
import { assembleEvents } from '../../../src/index.js';

function inline(body: string, front = 'published: 2021-03-10\nlanguage: en') {
  const { value, issues } = parseInline(`---\nid: t\n${front}\n---\n${body}`);
  expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  return value[0]!;
}

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

test('an event annotated inline resolves every field and keeps its evidence', () => {
  const doc = inline(
    '[[Yesterday|Time@e1]] [[gunmen|Perpetrator@e1]] [[killed|Attack@e1]] [[three|Fatalities@e1]] [[soldiers|Target@e1]] near [[Hajin|Place@e1]].',
  );
  const { value: [e], issues } = assembleEvents(doc);
  expect(e?.date).toMatchObject({ start: '2021-03-09', end: '2021-03-09', precision: 'day' });
  expect(e?.location).toMatchObject({ name: 'Hajin', iso3: 'SYR', admin1: 'Deir ez-Zor' });
  expect(e?.fatalities).toMatchObject({ low: 3, best: 3, high: 3 });
  expect(e?.evidence.map((x) => x.field)).toEqual(['type', 'date', 'location', 'actors.0', 'actors.1', 'fatalities']);
  expect(codes(issues)).not.toContain('no_date');
});

test('roles come from relation labels when there are no event annotations (Label Studio)', () => {
  const text = 'ISIS gunmen shot dead a council member in Raqqa on 3 March 2021.';
  const span = (id: string, s: string, label: string) => ({ id, type: 'labels', from_name: 'label', to_name: 'text', value: { start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, labels: [label] } });
  const tasks = [
    {
      id: 1,
      data: { text, published: '2021-03-05', language: 'en' },
      annotations: [
        {
          id: 10,
          result: [
            span('a', 'ISIS gunmen', 'Organization'),
            span('b', 'shot dead', 'Assassination'),
            span('c', 'a council member', 'Person'),
            span('d', 'Raqqa', 'Location'),
            span('e', '3 March 2021', 'Date'),
            { type: 'relation', from_id: 'b', to_id: 'a', direction: 'right', labels: ['Perpetrator'] },
            { type: 'relation', from_id: 'b', to_id: 'c', direction: 'right', labels: ['Victim'] },
            { type: 'relation', from_id: 'b', to_id: 'd', direction: 'right', labels: [] },
            { type: 'relation', from_id: 'b', to_id: 'e', direction: 'right', labels: [] },
          ],
        },
      ],
    },
  ];
  const { value: [doc] } = parseLabelStudio(tasks);
  const { value: [e] } = assembleEvents(doc!);
  expect(e?.type).toBe('assassination');
  expect(e?.actors.map((a) => `${a.role}:${a.id ?? a.name}`)).toEqual(['perpetrator:isis', 'victim:a council member']);
  expect(e?.location).toMatchObject({ name: 'Raqqa', precision: 'exact' });
  expect(e?.date).toMatchObject({ start: '2021-03-03', end: '2021-03-03' });
});

test('spans without events or relations: grouped by sentence only when asked, with a warning', () => {
  const doc = inline('An [[explosion|Bombing]] hit [[Mosul|Location]] on [[Friday|Date]]. Later, [[protests|Protest]] began in [[Basra|Location]].');
  const without = assembleEvents(doc);
  expect(without.value.every((e) => e.location.precision === 'unknown')).toBe(true);
  expect(codes(without.issues)).toContain('triggers_without_arguments');
  const guessed = assembleEvents(doc, { fallback: true });
  const bombing = guessed.value.find((e) => e.type === 'bombing');
  const protest = guessed.value.find((e) => e.type === 'protest');
  expect(bombing?.location.name).toBe('Mosul');
  expect(bombing?.date).toMatchObject({ start: '2021-03-05' });
  expect(protest?.location).toMatchObject({ name: 'Basrah', iso3: 'IRQ' });
  expect(guessed.issues.filter((i) => i.code === 'grouped_by_proximity')).toHaveLength(2);
});

test('a negated event is not emitted (info); a hypothetical one is flagged', () => {
  const doc = inline('Officials denied that an [[airstrike|AirStrike@e1+Negated]] hit [[Idlib|Place@e1]]. They fear an [[attack|Attack@e2+Hypothetical]] on [[Raqqa|Place@e2]].');
  const { value, issues } = assembleEvents(doc);
  expect(value.map((e) => e.type)).toEqual(['attack']);
  expect(value[0]?.attributes?.hypothetical).toBe(true);
  expect(issues).toContainEqual(expect.objectContaining({ code: 'negated_event', level: 'info' }));
  expect(issues).toContainEqual(expect.objectContaining({ code: 'hypothetical_event', level: 'warning' }));
});

test('an attempted assassination does not count its victims as dead', () => {
  const doc = inline('An [[attempt to assassinate|Assassination@e1+Attempted]] [[Khalid Omar al-Hamad|Victim@e1]] failed in [[Raqqa|Place@e1]] [[on 2 March 2021|Time@e1]].');
  const { value: [e] } = assembleEvents(doc);
  expect(e?.attributes?.attempted).toBe(true);
  expect(e?.fatalities).toBeUndefined();
});

test('ACE 2005: Life:Die lends its victims to the Conflict:Attack it shares an argument with', () => {
  const doc = inline(
    '[[Militants|Attacker@e1 Agent@e2]] [[attacked|Conflict:Attack@e1]] a checkpoint in [[Ramadi|Place@e1 Place@e2]], [[killing|Life:Die@e2]] [[two policemen|Victim@e2]] [[on 1 March 2021|Time-Within@e1]].',
    'published: 2021-03-02\nlanguage: en\nscheme: ace2005',
  );
  const { value, issues } = assembleEvents(doc, { scheme: ACE2005_SCHEME });
  expect(codes(issues)).not.toContain('unknown_label');
  expect(value).toHaveLength(1);
  const [e] = value;
  expect(e?.type).toBe('attack');
  expect(e?.location.name).toBe('Ramadi');
  expect(e?.actors.map((a) => a.role)).toEqual(['perpetrator', 'victim']);
  expect(e?.date).toMatchObject({ start: '2021-03-01', end: '2021-03-01' });
});

test('bad metadata is an issue, not a crash: relative dates then stay unresolved', () => {
  const doc = inline('[[Yesterday|Time@e1]] an [[explosion|Bombing@e1]] hit [[Mosul|Place@e1]].', 'published: last Tuesday\ntimeZone: Mars/Olympus');
  const { value: [e], issues } = assembleEvents(doc);
  expect(codes(issues)).toEqual(expect.arrayContaining(['invalid_published', 'invalid_time_zone']));
  expect(e?.date.precision).toBe('unknown');
  expect(e?.date.text).toBe('Yesterday');
  expect(e?.sources[0]?.published).toBeUndefined();
});

test('ids are stable and do not depend on annotation ids', () => {
  const a = inline('An [[explosion|Bombing@e1]] hit [[Mosul|Place@e1]].');
  const b = inline('An [[explosion|Bombing@x9]] hit [[Mosul|Place@x9]].');
  expect(assembleEvents(a).value[0]?.id).toBe(assembleEvents(b).value[0]?.id);
});
