import { defineConfig, type Options } from 'tsup'

// Jest runs tests, and the modules they load, inside a `vm` context whose global object answers
// every global lookup through interceptors: a bare `Math` or `Object` in a hot loop costs about
// 60 times what it costs elsewhere (toEqualUnordered on 1e4 records: 1 s under Jest, 0.1 s with
// this). Each bundle therefore reads the built-ins it uses from `globalThis` once, at load, into
// module-level constants. Read at load, not cached forever: under Jest that is the test realm's
// own `Object`, `Array` and so on, so identity checks against their prototypes stay right.
const INTRINSICS = [
  'Array',
  'ArrayBuffer',
  'BigInt',
  'Boolean',
  'DataView',
  'Date',
  'Error',
  'Float64Array',
  'Int32Array',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Proxy',
  'RangeError',
  'Reflect',
  'RegExp',
  'Set',
  'SharedArrayBuffer',
  'String',
  'Symbol',
  'TextDecoder',
  'TypeError',
  'Uint8Array',
  'Uint32Array',
  'WeakMap',
  'WeakRef',
  'WeakSet',
]
const intrinsics = `const { ${INTRINSICS.join(', ')} } = globalThis;`

const shared: Options = {
  target: 'node20',
  platform: 'node',
  // `node:test` exists only with its prefix; tsup would strip it (`test` is a package name).
  removeNodeProtocol: false,
  // Runners and fast-check come from the user's project, one copy shared with their tests.
  external: ['vitest', 'expect', '@jest/globals', 'fast-check', '@playwright/test', 'bun:test'],
  // The directive must stay first in a CommonJS file, or the bundle would run in sloppy mode.
  banner: ({ format }) => ({ js: format === 'cjs' ? `"use strict";\n${intrinsics}` : intrinsics }),
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
  {
    // The command-line tool, named in package.json `bin`: one ESM file that runs with `node`.
    ...shared,
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
  },
])
