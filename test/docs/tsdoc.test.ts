import ts from 'typescript';
import { expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The standard of the public API: every export of src/index.ts has a TSDoc block, and every
 * exported function, class and value has an `@example` in it (types and interfaces need the block,
 * not an example).
 */
test('every public export is documented, with an example for functions and values', () => {
  const program = ts.createProgram([`${root}src/index.ts`], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(`${root}src/index.ts`);
  expect(index).toBeDefined();
  const moduleSymbol = checker.getSymbolAtLocation(index!);
  const exports = checker.getExportsOfModule(moduleSymbol!);
  expect(exports.length).toBeGreaterThan(100);
  const undocumented: string[] = [];
  const noExample: string[] = [];
  for (const exported of exports) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d));
    const hasDoc = docs.length > 0 || symbol.getDocumentationComment(checker).length > 0;
    if (!hasDoc) {
      undocumented.push(exported.name);
      continue;
    }
    const isValue = declarations.some((d) => ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d) || ts.isVariableDeclaration(d));
    if (!isValue) continue;
    const tags = symbol.getJsDocTags(checker).map((t) => t.name);
    if (!tags.includes('example')) noExample.push(exported.name);
  }
  expect(undocumented, 'exports without TSDoc').toEqual([]);
  expect(noExample, 'exported functions and values without an @example').toEqual([]);
});
