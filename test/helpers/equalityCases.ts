/** One row of the shared equality table: run against every equality variant, in both orders. */
export interface EqualityCase {
  name: string
  a: unknown
  b: unknown
  equal: boolean
}

function cyclic(id: number): Record<string, unknown> {
  const node: Record<string, unknown> = { id }
  node.self = node
  return node
}

function ring(length: number): Record<string, unknown> {
  const first: Record<string, unknown> = { i: 0 }
  let current = first
  for (let i = 1; i < length; i++) current = (current.next = { i: 0 }) as Record<string, unknown>
  current.next = first
  return first
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}
class OtherPoint {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

const tag = Symbol('tag')
const settled = Promise.resolve('done')

/** Edge cases of strict structural equality, shared by deepEqual, stableStringify and the matchers. */
export const equalityCases: EqualityCase[] = [
  { name: 'same numbers', a: 1, b: 1, equal: true },
  { name: 'NaN and NaN', a: NaN, b: NaN, equal: true },
  { name: '0 and -0', a: 0, b: -0, equal: false },
  { name: 'NaN and null', a: NaN, b: null, equal: false },
  { name: 'null and undefined', a: null, b: undefined, equal: false },
  { name: '1n and 1', a: 1n, b: 1, equal: false },
  { name: 'string and number', a: '1', b: 1, equal: false },
  { name: 'key order', a: { a: 1, b: 2 }, b: { b: 2, a: 1 }, equal: true },
  { name: 'undefined value vs missing key', a: { a: undefined }, b: {}, equal: false },
  { name: 'different keys, same count', a: { a: 1 }, b: { b: 1 }, equal: false },
  { name: 'nested leaf', a: { u: { id: 1 } }, b: { u: { id: 2 } }, equal: false },
  { name: 'array order matters', a: [1, 2], b: [2, 1], equal: false },
  { name: 'array length', a: [1, 2, 3], b: [1, 2], equal: false },
  { name: 'hole and undefined', a: [undefined], b: new Array(1), equal: true },
  { name: 'Set insertion order', a: new Set([1, 2, 3]), b: new Set([3, 1, 2]), equal: true },
  {
    name: 'Set of equal objects vs different objects',
    a: new Set([{ x: 1 }, { x: 1 }]),
    b: new Set([{ x: 1 }, { y: 2 }]),
    equal: false,
  },
  {
    name: 'Set of objects in other order',
    a: new Set([{ x: 1 }, { y: 2 }]),
    b: new Set([{ y: 2 }, { x: 1 }]),
    equal: true,
  },
  { name: 'Set sizes', a: new Set([1]), b: new Set([1, 2]), equal: false },
  { name: 'Set vs array', a: new Set([1]), b: [1], equal: false },
  {
    name: 'Map insertion order',
    a: new Map([
      ['a', 1],
      ['b', 2],
    ]),
    b: new Map([
      ['b', 2],
      ['a', 1],
    ]),
    equal: true,
  },
  { name: 'Map values', a: new Map([['a', 1]]), b: new Map([['a', 2]]), equal: false },
  {
    name: 'Map with object keys',
    a: new Map([
      [{ k: 1 }, 'x'],
      [{ k: 2 }, 'y'],
    ]),
    b: new Map([
      [{ k: 2 }, 'y'],
      [{ k: 1 }, 'x'],
    ]),
    equal: true,
  },
  {
    name: 'Map with object keys, swapped values',
    a: new Map([
      [{ k: 1 }, 'x'],
      [{ k: 2 }, 'y'],
    ]),
    b: new Map([
      [{ k: 1 }, 'y'],
      [{ k: 2 }, 'x'],
    ]),
    equal: false,
  },
  { name: 'Map vs object', a: new Map([['a', 1]]), b: { a: 1 }, equal: false },
  { name: 'Dates', a: new Date(1), b: new Date(1), equal: true },
  { name: 'different Dates', a: new Date(1), b: new Date(2), equal: false },
  { name: 'invalid Dates', a: new Date(NaN), b: new Date(NaN), equal: true },
  { name: 'RegExps', a: /a/g, b: /a/g, equal: true },
  { name: 'RegExp flags', a: /a/g, b: /a/i, equal: false },
  { name: 'typed arrays', a: new Uint8Array([1, 2]), b: new Uint8Array([1, 2]), equal: true },
  {
    name: 'typed array contents',
    a: new Uint8Array([1, 2]),
    b: new Uint8Array([1, 3]),
    equal: false,
  },
  { name: 'typed array types', a: new Uint8Array([1]), b: new Int8Array([1]), equal: false },
  {
    name: 'float -0 in typed arrays',
    a: new Float64Array([0]),
    b: new Float64Array([-0]),
    equal: false,
  },
  {
    name: 'ArrayBuffers',
    a: new Uint8Array([1, 2]).buffer,
    b: new Uint8Array([1, 2]).buffer,
    equal: true,
  },
  {
    name: 'DataViews',
    a: new DataView(new Uint8Array([1]).buffer),
    b: new DataView(new Uint8Array([2]).buffer),
    equal: false,
  },
  { name: 'boxed numbers', a: new Number(1), b: new Number(1), equal: true },
  { name: 'boxed vs primitive', a: new Number(1), b: 1, equal: false },
  { name: 'boxed strings', a: new String('a'), b: new String('b'), equal: false },
  { name: 'Errors', a: new TypeError('x'), b: new TypeError('x'), equal: true },
  { name: 'Error messages', a: new TypeError('x'), b: new TypeError('y'), equal: false },
  { name: 'Error classes', a: new TypeError('x'), b: new RangeError('x'), equal: false },
  { name: 'class instances', a: new Point(1, 2), b: new Point(1, 2), equal: true },
  { name: 'class vs plain object', a: new Point(1, 2), b: { x: 1, y: 2 }, equal: false },
  { name: 'two classes', a: new Point(1, 2), b: new OtherPoint(1, 2), equal: false },
  {
    name: 'null prototype vs plain',
    a: Object.assign(Object.create(null), { a: 1 }),
    b: { a: 1 },
    equal: false,
  },
  { name: 'symbol keys', a: { [tag]: 1 }, b: { [tag]: 1 }, equal: true },
  { name: 'symbol key values', a: { [tag]: 1 }, b: { [tag]: 2 }, equal: false },
  { name: 'symbol key missing', a: { [tag]: 1, x: 1 }, b: { x: 1 }, equal: false },
  { name: 'equal cycles', a: cyclic(1), b: cyclic(1), equal: true },
  { name: 'cycles with different leaves', a: cyclic(1), b: cyclic(2), equal: false },
  { name: 'rings of different length', a: ring(2), b: ring(3), equal: false },
  { name: 'same Promise', a: { p: settled }, b: { p: settled }, equal: true },
  { name: 'two Promises of one value', a: Promise.resolve(1), b: Promise.resolve(1), equal: false },
  { name: 'two WeakMaps', a: new WeakMap(), b: new WeakMap(), equal: false },
  { name: 'same function', a: Math.max, b: Math.max, equal: true },
  { name: 'different functions', a: () => 1, b: () => 1, equal: false },
]
