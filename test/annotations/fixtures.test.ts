/**
 * Golden fixtures: every input in test/fixtures/annotations/<format>/ is read with
 * readAnnotations (options from <case>.options.json when present) and the result must equal
 * <case>.expected.json. Regenerate with UPDATE_FIXTURES=1 after checking the differences.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnnotations, type ReadAnnotationsOptions } from '../../src/annotations/read-annotations.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const root = resolve(repoRoot, 'test/fixtures/annotations');
const update = process.env.UPDATE_FIXTURES === '1';

const INPUTS: Record<string, RegExp> = {
  brat: /\.ann$/,
  'label-studio': /^(?!.*\.(expected|options)\.json$).*\.json$/,
  doccano: /\.jsonl$/,
  inline: /\.inline\.md$/,
};

function cases(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...cases(p, pattern));
    else if (pattern.test(name)) out.push(p);
  }
  return out;
}

function caseBase(path: string): string {
  return path.replace(/\.inline\.md$|\.(ann|json|jsonl)$/, '');
}

describe.each(Object.keys(INPUTS))('%s fixtures', (format) => {
  const files = cases(join(root, format), INPUTS[format]!);

  it('has cases', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it.each(files.map((f) => relative(root, f)))('%s', async (name) => {
    const input = join(root, name);
    const base = caseBase(input);
    const optionsFile = `${base}.options.json`;
    const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ReadAnnotationsOptions) : {};
    // Relative paths keep file names in issues the same on every machine.
    const result = await readAnnotations(relative(repoRoot, input), options);
    const expectedFile = `${base}.expected.json`;
    const actual = `${JSON.stringify(result, null, 2)}\n`;
    if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
