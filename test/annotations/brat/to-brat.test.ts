// @reference-data: reads the shared reference folder (see test/helpers/shared.ts); vitest skips this file when it is absent.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../../src/annotations/brat/parse-brat.js';
import { toBrat } from '../../../src/annotations/brat/to-brat.js';
import { emptyDocument } from '../../../src/annotations/document.js';
import { sharedPath } from '../../helpers/shared.js';

const tutorial = sharedPath('reference-data/annotations/brat-tutorial-news');

describe('toBrat', () => {
  const names = readdirSync(tutorial).filter((f) => f.endsWith('.ann')).map((f) => f.slice(0, -4));

  it.each(names)('%s: brat → toBrat → brat gives the same document', (name) => {
    const text = readFileSync(resolve(tutorial, `${name}.txt`), 'utf8');
    const doc = parseBrat(text, readFileSync(resolve(tutorial, `${name}.ann`), 'utf8'), { id: name }).value[0]!;
    const { value: ann, issues } = toBrat(doc);
    expect(issues).toEqual([]);
    const again = parseBrat(text, ann, { id: name });
    expect(again.issues).toEqual([]);
    expect(again.value[0]).toEqual(doc);
  });

  it('renames ids that brat cannot hold and reports what it cannot write', () => {
    const doc = emptyDocument('ls', 'Rebels shelled Homs on Monday.', 'label-studio');
    doc.spans.push({ id: 'a1', label: 'Armed group', fragments: [{ start: 0, end: 6 }], text: 'Rebels' });
    doc.spans.push({ id: 'b2', label: 'Shelling', fragments: [{ start: 7, end: 14 }], text: 'shelled' });
    doc.spans.push({ id: 'T1', label: 'Location', fragments: [{ start: 15, end: 19 }], text: 'Homs' });
    doc.relations.push({ id: 'R1', label: 'Perpetrator', from: 'b2', to: 'a1', direction: 'right' });
    doc.relations.push({ id: 'x', label: '', from: 'T1', to: 'b2', direction: 'left' });
    doc.attributes.push({ id: 'A1', name: 'Claimed', target: 'b2', value: true });
    doc.attributes.push({ id: 'A2', name: 'relevance', target: '', value: 'high' });
    const { value: ann, issues } = toBrat(doc);
    expect(ann).toBe(
      [
        'T2\tArmed_group 0 6\tRebels',
        'T3\tShelling 7 14\tshelled',
        'T1\tLocation 15 19\tHoms',
        'R1\tPerpetrator Arg1:T3 Arg2:T2\t',
        'R2\tRelation Arg1:T3 Arg2:T1\t',
        'A1\tClaimed T3',
        '',
      ].join('\n'),
    );
    expect(issues.map((i) => i.code)).toEqual(['brat_type_renamed', 'brat_relation_without_label', 'brat_document_attribute']);
    const back = parseBrat(doc.text, ann).value[0]!;
    expect(back.spans.map((s) => s.text)).toEqual(['Rebels', 'shelled', 'Homs']);
  });
});
