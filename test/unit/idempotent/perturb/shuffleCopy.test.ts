import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { createRandom } from '../../../../src/idempotent/createRandom'
import { shuffleCopy } from '../../../../src/idempotent/perturb/shuffleCopy'

describe('shuffleCopy', () => {
  test('passes when "reverse" reverses keys, Map entries and Set members, and records each', () => {
    const source = {
      a: 1,
      b: 2,
      m: new Map([
        ['x', 1],
        ['y', 2],
      ]),
      s: new Set(['p', 'q', 'r']),
    }
    const { value, reorderings, reordered } = shuffleCopy(source, 'reverse')
    expect(Object.keys(value)).toEqual(['s', 'm', 'b', 'a'])
    expect([...value.m.keys()]).toEqual(['y', 'x'])
    expect([...value.s]).toEqual(['r', 'q', 'p'])
    expect(reordered).toBe(3)
    expect(reorderings).toEqual([
      { path: '$', kind: 'keys', given: ['a', 'b', 'm', 's'], shuffled: ['s', 'm', 'b', 'a'] },
      { path: '$.s', kind: 'members', given: ['p', 'q', 'r'], shuffled: ['r', 'q', 'p'] },
      { path: '$.m', kind: 'entries', given: ['x', 'y'], shuffled: ['y', 'x'] },
    ])
  })

  test('passes when the copy is deeply equal to the source and shares nothing with it', () => {
    const source = { rows: [{ id: 1, tags: new Set(['a', 'b']) }], at: new Date(0) }
    const { value } = shuffleCopy(source, createRandom(11))
    expect(deepEqual(value, source)).toBe(true)
    expect(value.rows[0]).not.toBe(source.rows[0])
  })

  test('passes when one seed always gives one order', () => {
    const source = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]))
    const keys = (seed: number) => Object.keys(shuffleCopy(source, createRandom(seed)).value)
    expect(keys(42)).toEqual(keys(42))
    expect(keys(42)).not.toEqual(Object.keys(source))
    expect(keys(42)).not.toEqual(keys(43))
  })

  test('passes when arrays keep their order unless marked unordered', () => {
    const source = { rows: [1, 2, 3], other: [1, 2, 3] }
    expect(shuffleCopy(source, 'reverse').value.rows).toEqual([1, 2, 3])
    const marked = shuffleCopy(source, 'reverse', { unordered: ['$.rows'] })
    expect(marked.value.rows).toEqual([3, 2, 1])
    expect(marked.value.other).toEqual([1, 2, 3])
    expect(marked.reorderings).toContainEqual({
      path: '$.rows',
      kind: 'elements',
      given: ['#0', '#1', '#2'],
      shuffled: ['#2', '#1', '#0'],
    })
    expect(shuffleCopy(source, 'reverse', { unordered: true }).value.other).toEqual([3, 2, 1])
  })

  test('passes when integer-like keys stay first and are not reported as reordered', () => {
    const { value, reorderings } = shuffleCopy({ 2: 'b', 1: 'a', x: 1, y: 2 }, 'reverse')
    expect(Object.keys(value)).toEqual(['1', '2', 'y', 'x'])
    expect(reorderings[0]).toEqual({
      path: '$',
      kind: 'keys',
      given: ['1', '2', 'x', 'y'],
      shuffled: ['1', '2', 'y', 'x'],
    })
    expect(shuffleCopy({ 1: 'a', 2: 'b' }, 'reverse').reordered).toBe(0)
  })

  test('passes when labels name odd keys, symbols and object members readably and stay short', () => {
    const sym = Symbol('tag')
    const big = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i]))
    const { reorderings } = shuffleCopy(
      [{ 'odd key': 1, [sym]: 2 }, new Set([{ id: 1 }, { id: 2 }]), big],
      'reverse',
    )
    expect(reorderings[0]?.shuffled).toEqual(['Symbol(tag)', '"odd key"'])
    expect(reorderings[1]?.shuffled).toEqual(['#1', '#0'])
    expect(reorderings[2]?.given).toEqual([
      'k0',
      'k1',
      'k2',
      'k3',
      'k4',
      'k5',
      'k6',
      'k7',
      '… 4 more',
    ])
  })

  test('passes when only the first maxRecorded reorderings are described but all are counted', () => {
    const source = Array.from({ length: 5 }, () => ({ a: 1, b: 2 }))
    const { reorderings, reordered } = shuffleCopy(source, 'reverse', { maxRecorded: 2 })
    expect(reorderings).toHaveLength(2)
    expect(reordered).toBe(5)
  })

  test('throws when an unordered path does not parse', () => {
    expect(() => shuffleCopy({}, 'reverse', { unordered: ['$.['] })).toThrow(/Invalid path/)
  })
})
