// CommonJS consumers: `require` must reach dist/*.cjs through the exports map.
const assert = require('node:assert/strict')
const { test } = require('node:test')

test('the root entry loads with require and has the core and the matchers', () => {
  const api = require('expect-deterministic')
  assert.deepEqual(Object.keys(api.matchers).sort(), [
    'toBeIdempotent',
    'toEqualUnordered',
    'toMatchGoldenSorted',
  ])
  assert.equal(
    api.stableStringify({ b: 1, a: [new Set([2, 1])] }, { indent: 0 }),
    api.stableStringify({ a: [new Set([1, 2])], b: 1 }, { indent: 0 }),
  )
  assert.equal(typeof api.normalize, 'function')
  assert.equal(require.resolve('expect-deterministic').endsWith('index.cjs'), true)
})

test('the Jest entry throws a clear error without Jest', () => {
  assert.throws(
    () => require('expect-deterministic/jest'),
    /Jest's `expect` was not found[\s\S]*setupFilesAfterEnv/,
  )
})

test('the Jest entry registers the matchers on a global expect', () => {
  const { expect } = require('expect')
  globalThis.expect = expect
  try {
    delete require.cache[require.resolve('expect-deterministic/jest')]
    require('expect-deterministic/jest')
    expect([1, 2, 2]).toEqualUnordered([2, 1, 2])
    assert.throws(() => expect([1, 2]).toEqualUnordered([1, 1]), /toEqualUnordered/)
    expect(() => ({ b: 1, a: 2 })).toBeIdempotent(3)
  } finally {
    delete globalThis.expect
  }
})

test('the plain assertions load with require and throw AssertionError', async () => {
  const { assertEqualUnordered, assertIdempotent } = require('expect-deterministic')
  assertEqualUnordered([3, 1, 2], [1, 2, 3])
  assert.throws(() => assertEqualUnordered([1], [2]), {
    name: 'AssertionError',
    message: /^assertEqualUnordered\(actual, expected\)\n\nExpected the arrays/,
  })
  await assert.rejects(
    assertIdempotent(async () => Math.random()),
    {
      name: 'AssertionError',
      message: /differs from call 1/,
    },
  )
})

test('the node:test entry loads with require, or names the Node it needs', () => {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major > 22 || (major === 22 && minor >= 14)) require('expect-deterministic/node-test')
  else
    assert.throws(
      () => require('expect-deterministic/node-test'),
      /needs node:test's `assert\.register`, which Node has since 22\.14/,
    )
})

test('the Playwright entry loads with require, its matchers for expect.extend', () => {
  const { matchers } = require('expect-deterministic/playwright')
  assert.deepEqual(Object.keys(matchers).sort(), [
    'toBeIdempotent',
    'toEqualUnordered',
    'toMatchGoldenSorted',
  ])
  assert.equal(require.resolve('expect-deterministic/playwright').endsWith('playwright.cjs'), true)
})

test('package.json is exported', () => {
  assert.equal(require('expect-deterministic/package.json').name, 'expect-deterministic')
})
