import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { expect as jestExpect } from 'expect'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { toBeIdempotent } from '../../matchers/toBeIdempotent'
import { toEqualUnordered } from '../../matchers/toEqualUnordered'
import { toMatchGoldenSorted } from '../../matchers/toMatchGoldenSorted'
import {
  checkIdempotent,
  checkIdempotentProperty,
  compareCanonical,
  compareUnordered,
  deepEqual,
  ExpectDeterministicError,
  findDifference,
  normalize,
  stableSort,
  stableStringify,
} from '../../src/index'

// Every public function and matcher at 100,000 levels: no recursion anywhere, only `maxDepth`
// limits the depth, and the time stays linear (each test runs in well under a second).
const LEVELS = 100_000
const maxDepth = LEVELS + 10

type Shape = 'object' | 'array' | 'Map' | 'Set'
/** A chain of `LEVELS` containers of one kind, around `leaf`. */
function chain(shape: Shape, leaf: unknown = 'leaf'): unknown {
  let value = leaf
  for (let i = 0; i < LEVELS; i++) {
    switch (shape) {
      case 'object':
        value = { next: value }
        break
      case 'array':
        value = [value]
        break
      case 'Map':
        value = new Map([['next', value]])
        break
      case 'Set':
        value = new Set([value])
    }
  }
  return value
}

const shapes: Shape[] = ['object', 'array', 'Map', 'Set']

const tooDeep = (run: () => unknown): void => {
  let error: unknown
  try {
    run()
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(ExpectDeterministicError)
  expect((error as ExpectDeterministicError).code).toBe('TOO_DEEP')
  expect((error as Error).message).toMatch(
    /deeper than maxDepth \(1000 levels\).*`maxDepth` option/,
  )
}

describe.each(shapes)('a chain of %s 100,000 levels deep', (shape) => {
  test('passes through stableStringify and deepEqual', () => {
    const a = chain(shape)
    const text = stableStringify(a, { indent: 0, maxDepth })
    expect(text.length).toBeGreaterThan(LEVELS)
    expect(text).toContain('"leaf"')
    expect(deepEqual(a, chain(shape), { maxDepth })).toBe(true)
  })

  test('fails at the bottom in findDifference and compareCanonical', () => {
    const [a, c] = [chain(shape), chain(shape, 'other')]
    expect(findDifference(a, c, { maxDepth })?.left).toBe('leaf')
    const [x, y] = [normalize(a, { maxDepth }), normalize(c, { maxDepth })]
    expect(compareCanonical(x, y)).toBe(-1)
    expect(stableSort([y, x])[0]).toBe(x)
  })

  test('throws TOO_DEEP naming the option, never a RangeError, below the data’s depth', () => {
    const value = chain(shape)
    tooDeep(() => normalize(value))
    tooDeep(() => stableStringify(value))
    tooDeep(() => deepEqual(value, chain(shape)))
    tooDeep(() => findDifference(value, chain(shape)))
  })
})

describe('text of data 100,000 levels deep', () => {
  test('throws TOO_LONG when an indent would make it longer than the engine’s string limit', () => {
    expect(() => stableStringify(chain('object'), { maxDepth })).toThrow(/string limit/)
  })
})

// Vitest's first: both share one registry of matchers, and the second `extend` wins.
expect.extend({ toEqualUnordered, toBeIdempotent })
jestExpect.extend({ toEqualUnordered, toBeIdempotent } as never)

describe('compareUnordered and toEqualUnordered at 100,000 levels', () => {
  const nested = (leaf: number) => {
    let value: unknown = [leaf]
    for (let i = 0; i < LEVELS; i++) value = i % 2 === 0 ? [value, i] : [i, value]
    return value
  }
  const mirrored = (leaf: number) => {
    let value: unknown = [leaf]
    for (let i = 0; i < LEVELS; i++) value = i % 2 === 0 ? [i, value] : [value, i]
    return value
  }

  test('passes when nested multisets in other orders are equal', () => {
    expect(compareUnordered(nested(1), mirrored(1), { maxDepth }).pass).toBe(true)
  })

  test('fails when a leaf at the bottom differs, naming the top multiset', () => {
    const result = compareUnordered(nested(1), mirrored(2), { maxDepth })
    expect(result.pass).toBe(false)
    expect(result.mismatch?.path).toBe('$')
  })

  test.each([
    ['vitest', expect],
    ['jest', jestExpect],
  ] as const)('passes under %s’s expect, and .not fails', (_runner, run) => {
    const check = run as unknown as (value: unknown) => {
      toEqualUnordered(e: unknown, o?: object): void
      not: { toEqualUnordered(e: unknown, o?: object): void }
    }
    check(nested(1)).toEqualUnordered(mirrored(1), { maxDepth })
    check(nested(1)).not.toEqualUnordered(mirrored(2), { maxDepth })
  })
})

describe('toBeIdempotent and checkIdempotent at 100,000 levels', () => {
  test('passes when arguments and outputs are 100,000 levels deep', () => {
    const result = checkIdempotent((a: unknown) => ({ a }), {
      args: [chain('object')],
      times: 2,
      maxDepth: maxDepth + 1,
    })
    expect((result as { pass: boolean }).pass).toBe(true)
  })

  test('passes under shuffle with a Map chain 100,000 levels deep', () => {
    const shuffled = checkIdempotent((a: unknown) => a, {
      args: [chain('Map')],
      shuffle: true,
      times: 2,
      maxDepth,
    })
    expect((shuffled as { pass: boolean }).pass).toBe(true)
  })

  test('fails when a call mutates the bottom of a deep argument, naming the path', () => {
    const root = chain('object') as Record<string, unknown>
    const mutate = (value: Record<string, unknown>) => {
      let node = value
      while (typeof node.next === 'object') node = node.next as Record<string, unknown>
      node.next = 'changed'
    }
    const result = checkIdempotent(mutate, { args: [root], times: 2, maxDepth: maxDepth + 1 })
    const { mutations } = result as unknown as { mutations: { path: string }[] }
    expect(mutations[0]?.path).toMatch(/^\$\.next\.next.*\(99984 more steps\).*\.next$/)
  })

  test('passes in property mode with a deep argument', async () => {
    const result = await checkIdempotentProperty((a: unknown) => a, {
      args: fc.constant([chain('array')]),
      fc: { numRuns: 1 },
      times: 2,
      maxDepth: maxDepth + 1,
    })
    expect(result.pass).toBe(true)
  })

  test.each([
    ['vitest', expect],
    ['jest', jestExpect],
  ] as const)('passes as a matcher under %s’s expect', (_runner, run) => {
    const check = run as unknown as (value: unknown) => {
      toBeIdempotent(o: object): void
    }
    check((a: unknown) => a).toBeIdempotent({
      args: [chain('Map')],
      times: 2,
      maxDepth: maxDepth + 1,
    })
  })
})

describe('toMatchGoldenSorted with deep data', () => {
  let dir: string
  let original: unknown
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'golden-deep-'))
    vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', '')
    vi.stubEnv('CI', '')
    original = expect.getState().snapshotState
    const state = { _updateSnapshot: 'new', _rootDir: dir, added: 0, matched: 0, unmatched: 0 }
    expect.setState({ snapshotState: { ...state, updated: 0 } as never })
    expect.extend({ toMatchGoldenSorted })
  })
  afterEach(() => {
    expect.setState({ snapshotState: original as never })
    vi.unstubAllEnvs()
    rmSync(dir, { recursive: true, force: true })
  })
  const golden = (value: unknown, options: object) =>
    (
      expect(value) as unknown as { toMatchGoldenSorted(n: string, o: object): void }
    ).toMatchGoldenSorted('deep', { dir, ...options })

  test('passes when data thousands of levels deep is written as a golden', () => {
    let value: unknown = new Set(['leaf'])
    for (let i = 0; i < 3000; i++) value = { next: value }
    golden(value, { maxDepth: 3010 })
    const [file] = readdirSync(join(dir, 'deepData.test.ts'))
    expect(readFileSync(join(dir, 'deepData.test.ts', file as string), 'utf8')).toMatch(
      /^\{\n {2}"next": \{\n/,
    )
  })

  test('throws TOO_LONG, never a RangeError, when 100,000 levels would not fit in one string', () => {
    expect(() => golden(chain('object'), { maxDepth })).toThrow(/string limit/)
  })
})
