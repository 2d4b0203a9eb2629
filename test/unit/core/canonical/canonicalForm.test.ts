import { describe, expect, test } from 'vitest'
import { canonicalForm } from '../../../../src/core/canonical/canonicalForm'
import type { CanonicalWalk } from '../../../../src/core/canonical/CanonicalWalk'
import { Circular } from '../../../../src/core/canonical/Circular'
import { compilePaths } from '../../../../src/core/paths/compilePaths'

const walk = (overrides: Partial<CanonicalWalk> = {}): CanonicalWalk => ({
  sortAllArrays: false,
  unordered: undefined,
  ignore: undefined,
  maxDepth: 1000,
  ignored: '[ignored]',
  steps: [],
  ancestors: new Map(),
  ...overrides,
})

describe('canonicalForm', () => {
  test('passes at 100,000 levels of objects, arrays, Maps and Sets, without recursion', () => {
    let value: unknown = 'leaf'
    for (let i = 0; i < 25_000; i++) {
      value = { o: [new Map([['m', new Set([value])]])] }
    }
    let form = canonicalForm(value, walk({ maxDepth: 100_001 }))
    let levels = 0
    while (typeof form === 'object' && form !== null) {
      const next = (form as { o: Map<string, Set<unknown>>[] }).o[0]?.get('m')
      form = next === undefined ? undefined : [...next][0]
      levels += 4
    }
    expect(levels).toBe(100_000)
    expect(form).toBe('leaf')
  })

  test('throws TOO_DEEP past maxDepth with the path, leaving the walk where it stopped', () => {
    let value: unknown = {}
    for (let i = 0; i < 10; i++) value = { next: value }
    const state = walk({ maxDepth: 3 })
    expect(() => canonicalForm(value, state)).toThrow(
      /maxDepth \(3 levels\) at \$\.next\.next\.next/,
    )
    expect(state.steps).toEqual(['next', 'next', 'next'])
  })

  test('passes when a cycle through a Map value points back at the ancestor path', () => {
    const node = new Map<string, unknown>()
    node.set('self', { up: node })
    const form = canonicalForm(node, walk()) as Map<string, { up: unknown }>
    expect(form.get('self')?.up).toEqual(new Circular('$'))
  })

  test('passes when ignore replaces values and unordered sorts the selected arrays only', () => {
    const form = canonicalForm(
      { a: [2, 1], b: [2, 1], secret: 's' },
      walk({
        unordered: compilePaths(['$.a']),
        ignore: compilePaths(['$.secret']),
      }),
    )
    expect(form).toEqual({ a: [1, 2], b: [2, 1], secret: '[ignored]' })
  })
})
