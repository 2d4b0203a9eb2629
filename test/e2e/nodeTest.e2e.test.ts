import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { createProject, run, type RunResult } from './project'

// node:test through `node --import expect-deterministic/node-test --test`, on Node 22 from the
// registry's `node` package; the plain assertions under node:test on the Node running this file.

const node22 = (dir: string, args: string[], env?: Record<string, string | undefined>): RunResult =>
  run(
    inject('node22'),
    ['--import', 'expect-deterministic/node-test', '--test', '--test-reporter=spec', ...args],
    dir,
    env,
  )

const checks = `
import { describe, test } from 'node:test'
describe('catalog', () => {
  test('tags in any order', (t) => {
    t.assert.equalUnordered([{ id: 2, tags: ['b', 'a'] }, { id: 1, tags: [] }], [{ id: 1, tags: [] }, { id: 2, tags: ['a', 'b'] }])
  })
  test('a pure report', (t) => {
    t.assert.idempotent((m) => [...m.keys()].sort(), { args: [new Map([['b', 1], ['a', 2]])], shuffle: true })
  })
  test('async calls', async (t) => {
    await t.assert.idempotent(async () => 'same', 3, { concurrent: true })
  })
  test('a missing tag', (t) => {
    t.assert.equalUnordered(['b', 'a'], ['a', 'b', 'c'])
  })
  test('a report in insertion order', (t) => {
    t.assert.idempotent((m) => [...m.keys()], { args: [new Map([['b', 1], ['a', 2]])], shuffle: true })
  })
})
`

const golden = (value: string): string => `
import { test } from 'node:test'
test('report', (t) => {
  t.assert.goldenSorted({ version: ${value}, owners: new Set(['bob', 'ann']) }, 'weekly')
})
`

function goldens(dir: string): string[] {
  const folder = join(dir, 'test', '__golden__', 'report.test.mjs')
  return existsSync(folder) ? readdirSync(folder).sort() : []
}

describe('node:test (expect-deterministic/node-test)', () => {
  test("passes when t.assert's checks hold, and fails with the matchers' messages when not", () => {
    const dir = createProject('node-test', {
      'package.json': '{ "type": "module" }',
      'test/catalog.test.mjs': checks,
    })
    const result = node22(dir, ['test/catalog.test.mjs'])
    expect(result.output).toMatch(/ℹ pass 3\nℹ fail 2\n/)
    expect(result.code).toBe(1)
    // The spec reporter indents the message by two spaces, blank lines too.
    const output = result.output.replace(/^ {2}/gm, '')
    expect(output)
      .toContain(`AssertionError [ERR_ASSERTION]: t.assert.equalUnordered(actual, expected)

Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

At $: 1 missing, 0 extra (received 2 elements, expected 3; 2 paired).`)
    expect(output).toContain("operator: 'equalUnordered'")
    expect(output).toMatch(
      /t\.assert\.idempotent\(fn\)\n\nThe output depends on 'order': [\s\S]*Replay with \{ shuffle: true, seed: \d+ \}\.\n\nExpected every call to return the same output, but call \d of 5 differs from call 1\./,
    )
  })

  test('passes when goldens are written locally, read back, kept in CI and rewritten by --test-update-snapshots', () => {
    const dir = createProject('node-test-golden', {
      'package.json': '{ "type": "module" }',
      'test/report.test.mjs': golden('1'),
    })
    const file = join(dir, 'test/__golden__/report.test.mjs/report.weekly.golden')

    // CI, no golden: fails and writes nothing.
    const ci = node22(dir, ['test/report.test.mjs'], { CI: 'true' })
    expect(ci.code, ci.output).toBe(1)
    expect(ci.output).toContain('it was not written because a CI environment was detected')
    expect(goldens(dir)).toEqual([])

    // Locally: written, then read back.
    expect(node22(dir, ['test/report.test.mjs']).code).toBe(0)
    expect(goldens(dir)).toEqual(['report.weekly.golden'])
    expect(readFileSync(file, 'utf8')).toContain('Set [\n    "ann",\n    "bob"\n  ]')
    expect(node22(dir, ['test/report.test.mjs'], { CI: 'true' }).code).toBe(0)

    // A change fails, in CI without a pending file, and names the file and the way to accept it.
    writeFileSync(join(dir, 'test/report.test.mjs'), golden('2'))
    const changed = node22(dir, ['test/report.test.mjs'], { CI: 'true' })
    expect(changed.code).toBe(1)
    expect(changed.output).toContain(
      'Expected the canonical text of the received value to match the golden file test/__golden__/report.test.mjs/report.weekly.golden.',
    )
    expect(changed.output).toMatch(/- {3}"version": 1\n {2}\+ {3}"version": 2/)
    expect(goldens(dir)).toEqual(['report.weekly.golden'])

    // --test-update-snapshots rewrites it, even in CI (an explicit request).
    const update = node22(dir, ['--test-update-snapshots', 'test/report.test.mjs'], { CI: 'true' })
    expect(update.code, update.output).toBe(0)
    expect(readFileSync(file, 'utf8')).toContain('"version": 2')
  })

  test('passes when a perturbed check left open by a timed-out test is restored before the next test', () => {
    // A call that never settles but keeps the event loop alive (a long timer): node:test times
    // the test out, the entry's afterEach hook restores the globals, and the next test sees them.
    // Without a live timer node:test cancels every test of the file instead.
    const dir = createProject('node-test-hang', {
      'package.json': '{ "type": "module" }',
      'test/hang.test.mjs': [
        "import { test } from 'node:test'",
        'const original = Math.random',
        "test('hangs', { timeout: 300 }, async (t) => {",
        '  await t.assert.idempotent(() => new Promise((resolve) => setTimeout(resolve, 60_000)), { perturb: true })',
        '})',
        "test('runs with every global restored', (t) => {",
        '  t.assert.strictEqual(Math.random, original)',
        '})',
        '',
      ].join('\n'),
    })
    const result = node22(dir, ['--test-force-exit', 'test/hang.test.mjs'])
    expect(result.output).toMatch(/✔ runs with every global restored/)
    expect(result.output).toMatch(/ℹ pass 1\nℹ fail 0\nℹ cancelled 1\n/)
  })

  test('throws a clear error naming the Node it needs on a Node without assert.register', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
    const dir = createProject('node-test-old', {
      'package.json': '{ "type": "module" }',
      'test/a.test.mjs': "import { test } from 'node:test'\ntest('a', () => {})\n",
    })
    const result = run(
      process.execPath,
      ['--import', 'expect-deterministic/node-test', '--test', 'test/a.test.mjs'],
      dir,
    )
    if (major > 22 || (major === 22 && minor >= 14)) {
      expect(result.code, result.output).toBe(0)
      return
    }
    expect(result.code).toBe(1)
    expect(result.output).toContain(
      `expect-deterministic/node-test needs node:test's \`assert.register\`, which Node has since 22.14 (and 23.7); this is Node ${process.version}.`,
    )
  })
})

describe('the plain assertions under node:test', () => {
  test("passes when they hold, and fails with AssertionError and the matchers' messages when not", () => {
    const dir = createProject('plain-node-test', {
      'test/plain.test.cjs': `
const { test } = require('node:test')
const { assertEqualUnordered, assertGoldenSorted, assertIdempotent } = require('expect-deterministic')
test('holds', async () => {
  assertEqualUnordered([3, 1, 2], [1, 2, 3])
  await assertIdempotent(async (x) => x * 2, { args: [4] })
  assertGoldenSorted({ b: [2, 1], a: 1 }, 'numbers', { unordered: ['$.b'] })
})
test('does not hold', () => {
  assertEqualUnordered([{ sku: 'pen', qty: 2 }], [{ sku: 'pen', qty: 3 }], { identifyBy: 'sku' })
})
`,
    })
    const result = run(
      process.execPath,
      ['--test', '--test-reporter=spec', 'test/plain.test.cjs'],
      dir,
    )
    expect(result.output).toMatch(/ℹ pass 1\nℹ fail 1\n/)
    expect(result.output).toContain(
      `AssertionError [ERR_ASSERTION]: assertEqualUnordered(actual, expected)`,
    )
    expect(result.output).toContain(
      'expected[0] vs received[0]: values differ at $[*].qty (expected 3, received 2)',
    )
    // Beside the test file that asserts, as with the runners.
    expect(readdirSync(join(dir, 'test/__golden__/plain.test.cjs'))).toEqual(['numbers.json'])
  })
})
