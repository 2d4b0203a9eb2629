import { describe, expect, test } from 'vitest'
import { copySpine, type SpineRules } from '../../../src/unordered/copySpine'
import { createScope } from '../../../src/unordered/createScope'

const deep = createScope({})
const rules = (overrides: Partial<SpineRules> = {}): SpineRules => ({
  scope: deep,
  maxDepth: 1000,
  shareUnchanged: false,
  arrayExtras: false,
  ...overrides,
})

describe('copySpine', () => {
  test('passes when containers are copied with their prototypes and leaves are shared', () => {
    class Point {
      constructor(public at: Date) {}
    }
    const at = new Date(0)
    const source = { p: new Point(at), m: new Map([['k', [1]]]), s: new Set([{ a: 1 }]) }
    const copy = copySpine(source, rules(), deep.root) as typeof source
    expect(copy).not.toBe(source)
    expect(copy.p).toBeInstanceOf(Point)
    expect(copy.p.at).toBe(at)
    expect(copy.m.get('k')).toEqual([1])
    expect(copy.m.get('k')).not.toBe(source.m.get('k'))
  })

  test('passes when a reference back to an ancestor points at the ancestor’s copy', () => {
    const node: Record<string, unknown> = { kids: [] }
    ;(node.kids as unknown[]).push({ parent: node })
    const copy = copySpine(node, rules(), deep.root) as { kids: { parent: unknown }[] }
    expect(copy.kids[0]?.parent).toBe(copy)
  })

  test('passes when a subtree without multisets comes back as itself under shareUnchanged', () => {
    const top = createScope({ deep: false })
    const inner = { a: { b: 1 } }
    expect(copySpine(inner, rules({ scope: top, shareUnchanged: true }), false)).toBe(inner)
  })

  test('passes when loose copies read values as toEqual does', () => {
    class Row {
      constructor(public id: number) {}
    }
    const copy = copySpine({ r: new Row(1), gone: undefined }, rules({ loose: true }), deep.root)
    expect(Object.getPrototypeOf((copy as { r: object }).r)).toBe(Object.prototype)
    expect(copy).toStrictEqual({ r: { id: 1 } })
  })

  test('passes at 100,000 levels and throws TOO_DEEP past maxDepth', () => {
    let value: unknown = 0
    for (let i = 0; i < 100_000; i++) value = { v: [value] }
    expect(() => copySpine(value, rules({ maxDepth: 200_001 }), deep.root)).not.toThrow()
    expect(() => copySpine(value, rules({ maxDepth: 10 }), deep.root)).toThrow(/maxDepth \(10/)
  })

  test('passes when copies of self-contained containers are remembered for the next copy', () => {
    const memo = new WeakMap<object, { state: unknown; copy: unknown }>()
    const element = { x: [1] }
    const copy = copySpine({ element }, rules({ memo }), deep.root) as { element: unknown }
    expect(copySpine(element, rules({ memo }), deep.root)).toBe(copy.element)
  })
})
