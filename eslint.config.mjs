// ESLint: typescript-eslint's recommended rules, plus the house rules that a reviewer should not
// have to repeat: no import cycles (type-only imports included), no default exports, and none of
// the nondeterministic calls the library exists to catch inside src/.
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.tmp/**',
      'node_modules/**',
      'examples/**',
      'test/types/**',
      'coverage/**',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs'] }),
      ],
    },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        require: 'readonly',
      },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `interface Matchers<T> extends OurMatchers<T> {}` is how runner types are augmented.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The library's own code must be deterministic: the locale, the clock and randomness are
    // exactly what it helps users keep out of their outputs.
    files: ['src/**/*.ts', 'matchers/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use createRandom(seed): output must be replayable.',
        },
        { object: 'Date', property: 'now', message: 'The library must not depend on the clock.' },
        {
          property: 'localeCompare',
          message: 'Compare by code units (compareCanonical), never by locale.',
        },
      ],
    },
  },
  {
    // CommonJS fixtures and smoke scripts load the package the way CommonJS users do.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Config files are read by their tools, which want a default export.
    files: [
      '*.config.ts',
      '*.config.mjs',
      'vitest.config.ts',
      'tsup.config.ts',
      'eslint.config.mjs',
    ],
    rules: { 'import-x/no-default-export': 'off' },
  },
)
