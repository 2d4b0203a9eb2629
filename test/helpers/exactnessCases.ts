import { createSecretKey, X509Certificate } from 'node:crypto'
import { BlockList, SocketAddress } from 'node:net'
import { runInNewContext } from 'node:vm'
import { CERTIFICATE_A, CERTIFICATE_B } from './certificates'
import type { EqualityCase } from './equalityCases'

/**
 * A row of the exactness table: `equal` is what `deepEqual` says; `sameText` whether the canonical
 * texts agree (by default exactly when `equal`), `false` where the text differs although... never:
 * it is `true` only for the documented limits (identity-compared values, distinct symbols that
 * share a description) and `undefined` where printing refuses (`printable: false`).
 */
export interface ExactnessCase extends EqualityCase {
  readonly sameText?: boolean
  readonly printable?: false
}

const foreign = <T>(code: string): T => runInNewContext(code) as T

const cyclic = (): Record<string, unknown> => {
  const a: Record<string, unknown> = {}
  a.a = a
  return a
}
const unrolled = (): Record<string, unknown> => {
  const inner = cyclic()
  return { a: inner }
}

const s1 = Symbol('s')
const s2 = Symbol('s')
const sym = Symbol('x')
const blob = new Blob(['abc'], { type: 'text/plain' })
const iterator = [1][Symbol.iterator]()
const controller = new AbortController()
function* generate(): Generator<number> {
  yield 1
}

class OwnTime extends Date {
  override getTime(): number {
    return 42
  }
}
const datedAt = (time: number, own: number): Date => {
  const date = new Date(time)
  Object.defineProperty(date, 'getTime', { value: () => own })
  return date
}
class HidingMap<K, V> extends Map<K, V> {
  override entries(): MapIterator<[K, V]> {
    return new Map<K, V>().entries()
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return new Map<K, V>().entries()
  }
}
const form = (...entries: [string, string][]): FormData => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}
const blocked = (address: string): BlockList => {
  const list = new BlockList()
  list.addAddress(address)
  return list
}
const [foreignX, foreignX2, foreignY] = foreign<Error[]>(
  "[new TypeError('x'), new TypeError('x'), new TypeError('y')]",
)

/**
 * Values the core must never call equal when they differ, and must call equal when they hold the
 * same: boxed BigInts and Symbols, platform objects of Node 20 (by value where readable, else by
 * identity), iterators, cycles against their unrolled copies, symbol keys sharing a description,
 * built-ins read through intrinsics, errors of another realm.
 */
export const exactnessCases: ExactnessCase[] = [
  { name: 'boxed BigInts', a: Object(1n), b: Object(1n), equal: true },
  { name: 'different boxed BigInts', a: Object(1n), b: Object(2n), equal: false },
  { name: 'boxed BigInt vs boxed number', a: Object(1n), b: Object(1), equal: false },
  { name: 'one boxed Symbol', a: Object(sym), b: Object(sym), equal: true },
  {
    name: 'boxed Symbols of other descriptions',
    a: Object(Symbol('x')),
    b: Object(Symbol('y')),
    equal: false,
  },
  {
    name: 'boxed distinct Symbols sharing a description',
    a: Object(Symbol('x')),
    b: Object(Symbol('x')),
    equal: false,
    sameText: true,
  },
  { name: 'URLs', a: new URL('http://foo.test/a'), b: new URL('http://foo.test/a'), equal: true },
  {
    name: 'different URLs',
    a: new URL('http://foo.test/'),
    b: new URL('http://bar.test/'),
    equal: false,
  },
  { name: 'URL vs plain object', a: new URL('http://foo.test/'), b: {}, equal: false },
  {
    name: 'URLSearchParams',
    a: new URLSearchParams('a=1&b=2'),
    b: new URLSearchParams([
      ['a', '1'],
      ['b', '2'],
    ]),
    equal: true,
  },
  {
    name: 'URLSearchParams in another order',
    a: new URLSearchParams('a=1&b=2'),
    b: new URLSearchParams('b=2&a=1'),
    equal: false,
  },
  {
    name: 'Headers set in any order',
    a: new Headers([
      ['b', '1'],
      ['A', '2'],
    ]),
    b: new Headers([
      ['a', '2'],
      ['b', '1'],
    ]),
    equal: true,
  },
  {
    name: 'different Headers',
    a: new Headers([['a', '1']]),
    b: new Headers([['a', '2']]),
    equal: false,
  },
  {
    name: 'FormData',
    a: form(['a', '1'], ['b', '2']),
    b: form(['a', '1'], ['b', '2']),
    equal: true,
  },
  {
    name: 'FormData in another order',
    a: form(['a', '1'], ['b', '2']),
    b: form(['b', '2'], ['a', '1']),
    equal: false,
  },
  { name: 'one Blob', a: blob, b: blob, equal: true },
  {
    name: 'two Blobs of one content (by identity)',
    a: new Blob(['abc']),
    b: new Blob(['abc']),
    equal: false,
    sameText: true,
  },
  { name: 'Blobs of other sizes', a: new Blob(['ab']), b: new Blob(['abc']), equal: false },
  {
    name: 'two Files (by identity)',
    a: new File(['a'], 'a.txt', { lastModified: 1 }),
    b: new File(['a'], 'a.txt', { lastModified: 1 }),
    equal: false,
    sameText: true,
  },
  { name: 'Buffers', a: Buffer.from([1, 2]), b: Buffer.from([1, 2]), equal: true },
  { name: 'different Buffers', a: Buffer.from([1, 2]), b: Buffer.from([1, 3]), equal: false },
  { name: 'Buffer vs Uint8Array', a: Buffer.from([1]), b: new Uint8Array([1]), equal: false },
  {
    name: 'secret KeyObjects',
    a: createSecretKey(Buffer.from('ab')),
    b: createSecretKey(Buffer.from('ab')),
    equal: true,
  },
  {
    name: 'different secret KeyObjects',
    a: createSecretKey(Buffer.from('ab')),
    b: createSecretKey(Buffer.from('ac')),
    equal: false,
  },
  {
    name: 'X509Certificates',
    a: new X509Certificate(CERTIFICATE_A),
    b: new X509Certificate(CERTIFICATE_A),
    equal: true,
  },
  {
    name: 'different X509Certificates',
    a: new X509Certificate(CERTIFICATE_A),
    b: new X509Certificate(CERTIFICATE_B),
    equal: false,
  },
  {
    name: 'SocketAddresses',
    a: new SocketAddress({ address: '127.0.0.1', port: 80 }),
    b: new SocketAddress({ address: '127.0.0.1', port: 80 }),
    equal: true,
  },
  {
    name: 'different SocketAddresses',
    a: new SocketAddress({ address: '127.0.0.1', port: 80 }),
    b: new SocketAddress({ address: '127.0.0.1', port: 81 }),
    equal: false,
  },
  { name: 'BlockLists', a: blocked('1.2.3.4'), b: blocked('1.2.3.4'), equal: true },
  { name: 'different BlockLists', a: blocked('1.2.3.4'), b: blocked('1.2.3.5'), equal: false },
  { name: 'TextEncoders', a: new TextEncoder(), b: new TextEncoder(), equal: true },
  {
    name: 'Intl.NumberFormats',
    a: new Intl.NumberFormat('en'),
    b: new Intl.NumberFormat('en'),
    equal: true,
  },
  {
    name: 'different Intl.NumberFormats',
    a: new Intl.NumberFormat('en'),
    b: new Intl.NumberFormat('de'),
    equal: false,
  },
  { name: 'Intl.Locales', a: new Intl.Locale('en-GB'), b: new Intl.Locale('en-GB'), equal: true },
  {
    name: 'different Intl.Locales',
    a: new Intl.Locale('en-GB'),
    b: new Intl.Locale('en-US'),
    equal: false,
  },
  { name: 'one AbortController', a: controller, b: controller, equal: true },
  {
    name: 'two AbortControllers (by identity)',
    a: new AbortController(),
    b: new AbortController(),
    equal: false,
    sameText: true,
  },
  {
    name: 'two ReadableStreams (by identity)',
    a: new ReadableStream(),
    b: new ReadableStream(),
    equal: false,
    sameText: true,
  },
  {
    name: 'two TextDecoders (by identity)',
    a: new TextDecoder(),
    b: new TextDecoder(),
    equal: false,
    sameText: true,
  },
  { name: 'one iterator', a: { it: iterator }, b: { it: iterator }, equal: true, printable: false },
  {
    name: 'two iterators over one array',
    a: [1][Symbol.iterator](),
    b: [1][Symbol.iterator](),
    equal: false,
    printable: false,
  },
  {
    name: 'two Map iterators',
    a: new Map([[1, 2]]).entries(),
    b: new Map([[1, 2]]).entries(),
    equal: false,
    printable: false,
  },
  { name: 'two generator objects', a: generate(), b: generate(), equal: false, printable: false },
  {
    name: 'two string iterators',
    a: 'abc'[Symbol.iterator](),
    b: 'abc'[Symbol.iterator](),
    equal: false,
    printable: false,
  },
  { name: 'two WeakRefs', a: new WeakRef({}), b: new WeakRef({}), equal: false, printable: false },
  { name: 'a cycle vs its unrolled copy', a: cyclic(), b: unrolled(), equal: false },
  { name: 'two equal cycles', a: cyclic(), b: cyclic(), equal: true },
  {
    name: 'symbol keys sharing a description, in any insertion order',
    a: { [s1]: 1, [s2]: 2 },
    b: { [s2]: 2, [s1]: 1 },
    equal: true,
  },
  {
    name: 'symbol keys sharing a description, values swapped',
    a: { [s1]: 1, [s2]: 2 },
    b: { [s1]: 2, [s2]: 1 },
    equal: false,
    sameText: true,
  },
  { name: 'a Date with its own getTime', a: datedAt(0, 42), b: new Date(0), equal: true },
  { name: 'Dates with own getTime agreeing', a: datedAt(0, 42), b: datedAt(1, 42), equal: false },
  {
    name: 'a Date subclass overriding getTime',
    a: new OwnTime(0),
    b: new OwnTime(1),
    equal: false,
  },
  {
    name: 'a Map subclass hiding its entries',
    a: new HidingMap([['a', 1]]),
    b: new HidingMap([['a', 2]]),
    equal: false,
  },
  { name: 'errors of another realm', a: foreignX, b: foreignX2, equal: true },
  { name: 'errors of another realm, other messages', a: foreignX, b: foreignY, equal: false },
  {
    name: 'DOMExceptions',
    a: new DOMException('m', 'AbortError'),
    b: new DOMException('m', 'AbortError'),
    equal: true,
  },
  {
    name: 'DOMExceptions of other names',
    a: new DOMException('m', 'AbortError'),
    b: new DOMException('m', 'TimeoutError'),
    equal: false,
  },
]
