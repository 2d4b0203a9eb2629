import { AssertionError } from 'node:assert'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  assertEqualUnordered,
  assertGoldenSorted,
  assertIdempotent,
} from '../../../../matchers/assert/plainAssertions'

// Goldens are written only inside the project (the working directory here): a scratch folder
// under .tmp/, never the system's temporary folder.
const scratch = join(process.cwd(), '.tmp', 'scratch')
mkdirSync(scratch, { recursive: true })

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('assertEqualUnordered', () => {
  test('passes when the arrays hold the same elements in another order, nested too', () => {
    expect(assertEqualUnordered([{ t: ['b', 'a'] }, 1], [1, { t: ['a', 'b'] }])).toBeUndefined()
  })

  test('fails with an AssertionError carrying actual, expected and the operator', () => {
    const actual = [1, 2]
    const expected = [2, 3]
    expect(() => assertEqualUnordered(actual, expected)).toThrow(
      expect.objectContaining({
        name: 'AssertionError',
        operator: 'equalUnordered',
        actual,
        expected,
      }),
    )
  })

  test('compares like toEqual by default and like toStrictEqual with strict', () => {
    assertEqualUnordered([{ a: 1, b: undefined }], [{ a: 1 }])
    expect(() =>
      assertEqualUnordered([{ a: 1, b: undefined }], [{ a: 1 }], { strict: true }),
    ).toThrow(AssertionError)
  })
})

describe('assertIdempotent', () => {
  test('passes synchronously for a pure function, and returns nothing', () => {
    expect(assertIdempotent((x: number) => x * 2, { args: [2] })).toBeUndefined()
  })

  test('returns a promise for an async function, rejected with an AssertionError when calls differ', async () => {
    let n = 0
    const pending = assertIdempotent(async () => n++, 3)
    expect(pending).toBeInstanceOf(Promise)
    await expect(pending).rejects.toBeInstanceOf(AssertionError)
  })

  test('throws the TypeError of a usage error, not an AssertionError', () => {
    expect(() => assertIdempotent(42 as never)).toThrow(TypeError)
  })
})

describe('assertGoldenSorted', () => {
  test('writes a missing golden beside the calling file, in the given dir', () => {
    const dir = mkdtempSync(join(scratch, 'plain-unit-'))
    try {
      vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', 'new')
      assertGoldenSorted({ b: 1, a: 2 }, 'first', { dir })
      expect(readdirSync(join(dir, 'plainAssertions.test.ts'))).toEqual(['first.json'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('awaits a promise and returns one', async () => {
    const dir = mkdtempSync(join(scratch, 'plain-unit-'))
    try {
      vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', 'new')
      const pending = assertGoldenSorted(Promise.resolve([1]), 'later', { dir })
      expect(pending).toBeInstanceOf(Promise)
      await pending
      expect(existsSync(join(dir, 'plainAssertions.test.ts', 'later.json'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
