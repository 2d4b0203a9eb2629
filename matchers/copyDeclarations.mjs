// Build step after tsup: copies the hand-written declarations of the setup entries into dist/.
// They are written by hand because they augment runner interfaces (and one of them, Vitest 5's,
// cannot even compile against the Vitest 4 installed here); the type tests check every copy.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

copyFileSync('matchers/vitest.d.mts', 'dist/vitest.d.ts')
copyFileSync('matchers/vitest5.d.mts', 'dist/vitest5.d.ts')
copyFileSync('matchers/jest.d.mts', 'dist/jest.d.ts')
// The CommonJS copy must import the CommonJS declarations of the root entry.
const jest = readFileSync('matchers/jest.d.mts', 'utf8')
if (!jest.includes("'./index.js'"))
  throw new Error("matchers/jest.d.mts must import from './index.js'")
writeFileSync('dist/jest.d.cts', jest.replaceAll("'./index.js'", "'./index.cjs'"))
for (const file of ['dist/index.d.ts', 'dist/index.d.cts']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: did tsup build the declarations?`)
}
