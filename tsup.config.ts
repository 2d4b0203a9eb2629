import { defineConfig } from 'tsup'

// Two builds: the root and Jest entries in ESM and CJS, the Vitest entry in ESM only
// (`require('vitest')` throws, so a CJS Vitest entry could never work).
export default defineConfig([
  {
    entry: { index: 'src/index.ts', jest: 'matchers/jest.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
    external: ['vitest', 'expect', '@jest/globals', 'fast-check'],
  },
  {
    entry: { vitest: 'matchers/vitest.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
    platform: 'node',
    outExtension: () => ({ js: '.mjs' }),
    external: ['vitest', 'expect', '@jest/globals', 'fast-check'],
  },
])
