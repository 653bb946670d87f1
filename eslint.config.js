// One lint tool, configured strictly: typescript-eslint `strictTypeChecked`,
// plus the architecture rule: data flows read → resolve → assemble → merge → write,
// and a module never imports from a stage after its own.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Layers that a folder under src/ must not import from (downstream of it). */
const downstream = {
  util: ['text', 'schema', 'codebooks', 'annotations', 'resolve', 'build', 'io', 'explore', 'cli'],
  text: ['schema', 'codebooks', 'annotations', 'resolve', 'build', 'io', 'explore', 'cli'],
  schema: ['codebooks', 'annotations', 'resolve', 'build', 'io', 'explore', 'cli'],
  codebooks: ['annotations', 'resolve', 'build', 'io', 'explore', 'cli'],
  annotations: ['resolve', 'build', 'io', 'explore', 'cli'],
  resolve: ['annotations', 'build', 'io', 'explore', 'cli'],
  build: ['explore', 'cli'],
  io: ['build', 'explore', 'cli'],
  explore: ['cli'],
};

const layerRules = Object.entries(downstream).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)(${banned.join('|')})(/|$)`,
            message: `src/${layer} must not import from a later stage (${banned.join(', ')}): data flows read → resolve → assemble → merge → write.`,
          },
        ],
      },
    ],
  },
}));

export default defineConfig(
  { ignores: ['dist/**', 'docs/**', 'out/**', 'coverage/**', 'node_modules/**', 'tmp/**'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Loaders of JSON data return the type the caller declares (readDataJson<T>).
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...layerRules,
  {
    // Command line, scripts, benchmarks and examples talk to a terminal.
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'examples/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
