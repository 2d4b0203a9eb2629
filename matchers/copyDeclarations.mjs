// Build step after tsup: copies the hand-written declarations of the setup entries into dist/.
// They are written by hand because they augment runner interfaces (and one of them, Vitest 5's,
// cannot even compile against the Vitest 4 installed here); the type tests check every copy.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

/** Hand-written declaration -> the entry's name in dist/, and whether it also has a CJS build. */
const entries = [
  { source: 'matchers/vitest.d.mts', name: 'vitest', cjs: false },
  { source: 'matchers/vitest5.d.mts', name: 'vitest5', cjs: false },
  { source: 'matchers/jest.d.mts', name: 'jest', cjs: true },
  { source: 'matchers/nodeTest.d.mts', name: 'node-test', cjs: true },
  { source: 'matchers/bun.d.mts', name: 'bun', cjs: false },
  { source: 'matchers/playwright.d.mts', name: 'playwright', cjs: true },
]

for (const { source, name, cjs } of entries) {
  copyFileSync(source, `dist/${name}.d.ts`)
  if (!cjs) continue
  // The CommonJS copy must import the CommonJS declarations of the root entry.
  const text = readFileSync(source, 'utf8')
  if (!text.includes("'./index.js'")) throw new Error(`${source} must import from './index.js'`)
  writeFileSync(`dist/${name}.d.cts`, text.replaceAll("'./index.js'", "'./index.cjs'"))
}
for (const file of ['dist/index.d.ts', 'dist/index.d.cts']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: did tsup build the declarations?`)
}
