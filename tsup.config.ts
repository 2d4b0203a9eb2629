import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  target: 'node20',
  platform: 'node',
  // `node:test` exists only with its prefix; tsup would strip it (`test` is a package name).
  removeNodeProtocol: false,
  // Runners and fast-check come from the user's project, one copy shared with their tests.
  external: ['vitest', 'expect', '@jest/globals', 'fast-check', '@playwright/test', 'bun:test'],
}

// File names follow tsup's defaults for a `"type": "module"` package: `.js`/`.d.ts` for ESM and
// `.cjs`/`.d.cts` for CommonJS. The root entry gets generated declarations; the setup entries'
// declarations augment runner interfaces and are hand-written (matchers/*.d.mts, copied by
// matchers/copyDeclarations.mjs after this build). `npm run build` empties dist/ first: the three
// builds run at once, so a `clean` in one of them could delete the others' files.
export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
  },
  {
    ...shared,
    entry: {
      jest: 'matchers/jest.ts',
      'node-test': 'matchers/nodeTest.ts',
      playwright: 'matchers/playwright.ts',
    },
    format: ['esm', 'cjs'],
  },
  {
    // ESM only: `require('vitest')` throws, so a CommonJS Vitest entry could never work; Bun
    // loads preload files as ESM.
    ...shared,
    entry: {
      vitest: 'matchers/vitest.ts',
      vitest5: 'matchers/vitest5.ts',
      bun: 'matchers/bun.ts',
    },
    format: ['esm'],
  },
])
