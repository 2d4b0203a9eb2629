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

test('package.json is exported', () => {
  assert.equal(require('expect-deterministic/package.json').name, 'expect-deterministic')
})
