import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  target: 'node20',
  platform: 'node',
  // Runners and fast-check come from the user's project, one copy shared with their tests.
  external: ['vitest', 'expect', '@jest/globals', 'fast-check'],
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
    entry: { jest: 'matchers/jest.ts' },
    format: ['esm', 'cjs'],
  },
  {
    // ESM only: `require('vitest')` throws, so a CommonJS Vitest entry could never work.
    ...shared,
    entry: { vitest: 'matchers/vitest.ts', vitest5: 'matchers/vitest5.ts' },
    format: ['esm'],
  },
  {
    // The command-line tool, named in package.json `bin`: one ESM file that runs with `node`.
    ...shared,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
  },
])
