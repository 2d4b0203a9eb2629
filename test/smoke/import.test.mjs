// ESM consumers: `import` must reach dist/*.js through the exports map.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { test } from 'node:test'
import { expect } from 'expect'
import { matchers, stableStringify } from 'expect-deterministic'

test('the root entry loads with import and works with the standalone expect package', async () => {
  expect.extend(matchers)
  expect({ ids: [3, 1, 2] }).toEqual({ ids: expect.toEqualUnordered([1, 2, 3]) })
  await expect(
    async () =>
      new Map([
        ['b', 1],
        ['a', 2],
      ]),
  ).toBeIdempotent({ times: 3, concurrent: true })
  assert.throws(() => expect(() => Math.random()).toBeIdempotent(), /differs from call 1/)
  assert.equal(stableStringify({ b: 1, a: 2 }, { indent: 0 }), '{"a":2,"b":1}')
})

test('ESM and CommonJS builds agree', () => {
  const require = createRequire(import.meta.url)
  const cjs = require('expect-deterministic')
  const value = {
    z: [
      new Map([
        [2, 'b'],
        [1, 'a'],
      ]),
    ],
    a: new Set(['y', 'x']),
  }
  assert.equal(cjs.stableStringify(value), stableStringify(value))
})

test('the Jest entry registers the matchers on a global expect', async () => {
  globalThis.expect = expect
  try {
    await import('expect-deterministic/jest')
    expect([1, 2]).toEqualUnordered([2, 1])
  } finally {
    delete globalThis.expect
  }
})

test('the Playwright entry loads with import', async () => {
  const { matchers } = await import('expect-deterministic/playwright')
  assert.equal(typeof matchers.toMatchGoldenSorted, 'function')
})

test('the Bun entry refuses to load outside Bun, naming the entry to use instead', async () => {
  await assert.rejects(
    import('expect-deterministic/bun'),
    /runs under Bun's test runner[\s\S]*'expect-deterministic\/node-test'/,
  )
})
