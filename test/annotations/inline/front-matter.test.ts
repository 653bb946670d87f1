import { describe, expect, it } from 'vitest';
import { metadataFromFields, parseFrontMatter, readFrontMatter, writeFrontMatter } from '../../../src/annotations/inline/front-matter.js';
import type { Issue } from '../../../src/schema/issue.js';

describe('front matter', () => {
  it('reads key: value lines, comments, JSON values and keeps known fields as text', () => {
    const src = '---\n# a comment\nid: 17\ntitle: مسؤول: نعمل مع شركائنا\npublished: 2021-02-22\ncount: 12\ntags: ["a", "b"]\nquoted: " spaced "\nempty:\n---\nBody';
    const { value, issues } = parseFrontMatter(src);
    expect(issues).toEqual([]);
    expect(value.fields).toEqual({ id: '17', title: 'مسؤول: نعمل مع شركائنا', published: '2021-02-22', count: 12, tags: ['a', 'b'], quoted: ' spaced ', empty: '' });
    expect(src.slice(value.bodyStart)).toBe('Body');
    expect(value.bodyLine).toBe(11);
    expect(metadataFromFields(value.fields).id).toBe('17');
  });

  it('has none without an opening --- line, and reports one never closed', () => {
    expect(parseFrontMatter('Text\n---\n').value.present).toBe(false);
    const r = parseFrontMatter('---\nlanguage: ar\nText');
    expect(r.value.present).toBe(false);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['unclosed_front_matter', 1]]);
  });

  it('reports duplicate keys and warns on a bad quoted value', () => {
    const r = parseFrontMatter('---\nlanguage: ar\nlanguage: en\nnote: "unterminated\n---\n');
    expect(r.value.fields).toEqual({ language: 'en', note: '"unterminated' });
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['duplicate_front_matter_key', 3],
      ['invalid_front_matter_value', 4],
    ]);
  });

  it('writes what it reads back', () => {
    const fields = { id: 'r1', title: 'Title: with colon', n: 3, flag: true, text: '12', spaced: ' x ', list: [1, 'a'], multi: 'a\nb' };
    const written = writeFrontMatter(fields);
    expect(parseFrontMatter(`${written}Body`).value.fields).toEqual(fields);
    expect(writeFrontMatter({})).toBe('');
    expect(() => writeFrontMatter({ 'bad key': 'x' })).toThrow(RangeError);
  });

  it('gives the id apart from the metadata for the inline reader, duplicates still reported', () => {
    const issues: Issue[] = [];
    const fm = readFrontMatter('---\nid: first\nlanguage: ar\nid: r1\ntoString: x\n---\nText', { file: 'a.md' }, true, issues);
    expect(fm.id).toBe('r1');
    expect(fm.fields).toEqual({ language: 'ar', toString: 'x' });
    expect(fm.bodyStart).toBe(50);
    expect(issues.map((i) => [i.code, i.line, i.file])).toEqual([['duplicate_front_matter_key', 4, 'a.md']]);
    // Without front matter: nothing, and no issue.
    expect(readFrontMatter('Text', {}, true, issues)).toEqual({ fields: {}, bodyStart: 0, bodyLine: 1, present: false, textPrefix: '' });
    expect(issues).toHaveLength(1);
  });

  it('keeps a key named __proto__ as a field, like any other', () => {
    const r = parseFrontMatter('---\n__proto__: x\n__proto__: y\n---\n');
    expect(Object.hasOwn(r.value.fields, '__proto__')).toBe(true);
    expect(r.value.fields.__proto__).toBe('y');
    expect(Object.getPrototypeOf(r.value.fields)).toBe(Object.prototype);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['duplicate_front_matter_key', 3]]);
  });

  it('knows a text key with spaces around it, and a number in a free field from one in a text field', () => {
    const r = parseFrontMatter('---\n  language : ar\nlanguage: en\ncount: 12\ntitle: 12\nnote: -x\n---\n');
    expect(r.value.fields).toEqual({ language: 'en', count: 12, title: '12', note: '-x' });
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['duplicate_front_matter_key', 3]]);
  });
});
