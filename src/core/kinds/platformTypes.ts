import { BlockList, SocketAddress } from 'node:net'
import { KeyObject, X509Certificate } from 'node:crypto'
import { types } from 'node:util'

/**
 * How the library reads a platform object whose state lives in internal slots (a `URL`, a
 * `Headers`, a `KeyObject`, a stream): such an object has no own properties, so read as a class
 * instance it would print as `URL {}` and equal every other URL.
 *
 * - `value` reads what the object holds as plain data (a string, a list of pairs, an options
 *   object); the object then compares, sorts and prints by that value. It may return `undefined`
 *   for one object (a non-extractable `CryptoKey`): that one compares by identity.
 * - Without `value` the object compares by identity (its state cannot be read, or changes on its
 *   own: a stream, a port, a signal); `about` names what can be read, for the printed notation.
 * - `opaque`: it also cannot be printed (a Promise, a WeakMap, an iterator: printing one is almost
 *   always a forgotten `await` or spread).
 * @internal
 */
export interface PlatformType {
  readonly value?: (object: object) => unknown
  readonly about?: (object: object) => Record<string, string | number | boolean>
  readonly opaque?: true
  /** For `normalize`: a copy that later mutation of the object cannot change (default: itself). */
  readonly copy?: (object: object) => object
}

const getter = (proto: object, name: string) => {
  const read = Object.getOwnPropertyDescriptor(proto, name)?.get as (this: unknown) => unknown
  return (self: object): unknown => Reflect.apply(read, self, [])
}
const method = (proto: object, name: string) => {
  const call = (proto as Record<string, (this: unknown, ...args: unknown[]) => unknown>)[name]
  return (self: object, ...args: unknown[]): unknown =>
    Reflect.apply(call as (...a: unknown[]) => unknown, self, args)
}
const pairs = (iterator: unknown): unknown[][] => {
  const out: unknown[][] = []
  const it = iterator as Iterator<[unknown, unknown]>
  for (let step = it.next(); step.done !== true; step = it.next()) out.push([...step.value])
  return out
}

const urlHref = getter(URL.prototype, 'href')
const paramsText = method(URLSearchParams.prototype, 'toString')
const headersEntries = method(Headers.prototype, 'entries')
const formEntries = method(FormData.prototype, 'entries')
const blobSize = getter(Blob.prototype, 'size')
const blobType = getter(Blob.prototype, 'type')
const encoderEncoding = getter(TextEncoder.prototype, 'encoding')

/** Node's global classes, by name: not every one is declared in every version of its types. */
const GLOBALS = globalThis as unknown as Record<string, unknown>
const globalClass = (name: string): { prototype?: object } | undefined =>
  GLOBALS[name] as { prototype?: object } | undefined

/** Global classes whose objects compare by identity: their state changes on its own or is hidden. */
const IDENTITY_CLASSES = [
  'Request',
  'Response',
  'ReadableStream',
  'ReadableStreamDefaultReader',
  'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest',
  'ReadableByteStreamController',
  'ReadableStreamDefaultController',
  'WritableStream',
  'WritableStreamDefaultWriter',
  'WritableStreamDefaultController',
  'TransformStream',
  'TransformStreamDefaultController',
  'ByteLengthQueuingStrategy',
  'CountQueuingStrategy',
  'TextDecoder',
  'TextDecoderStream',
  'TextEncoderStream',
  'CompressionStream',
  'DecompressionStream',
  'AbortController',
  'AbortSignal',
  'Event',
  'MessageChannel',
  'MessagePort',
  'BroadcastChannel',
  'Performance',
  'PerformanceEntry',
  'PerformanceObserver',
  'PerformanceObserverEntryList',
  'Crypto',
  'SubtleCrypto',
]

/** The parts of a WebCrypto key the library reads. */
interface WebCryptoKey {
  readonly extractable: boolean
  readonly type: string
  readonly algorithm: { readonly name: string }
  readonly usages: readonly string[]
}

const OPAQUE: PlatformType = { opaque: true }
const IDENTITY: PlatformType = {}

const blob: PlatformType = {
  about: (object) => ({ size: blobSize(object) as number, type: blobType(object) as string }),
}
const fileClass = globalClass('File')
const file: PlatformType =
  fileClass?.prototype === undefined
    ? blob
    : {
        about: (object) => ({
          name: getter(fileClass.prototype as object, 'name')(object) as string,
          size: blobSize(object) as number,
          type: blobType(object) as string,
          lastModified: getter(fileClass.prototype as object, 'lastModified')(object) as number,
        }),
      }

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex')

const keyType = getter(KeyObject.prototype, 'type')
const keyObject: PlatformType = {
  value(object) {
    // `export` lives on Node's subclasses (SecretKeyObject, ...), which no one else can extend.
    const key = object as KeyObject
    const type = keyType(key)
    if (type === 'secret') return hex(key.export())
    return hex(
      type === 'public'
        ? key.export({ type: 'spki', format: 'der' })
        : key.export({ type: 'pkcs8', format: 'der' }),
    )
  },
}

const cryptoKey: PlatformType = {
  value(object) {
    const key = object as WebCryptoKey
    // A non-extractable key must not be exported by us either: it compares by identity.
    if (!key.extractable) return undefined
    const material = keyObject.value?.(KeyObject.from(object as never)) as string
    return { algorithm: key.algorithm, type: key.type, usages: [...key.usages], key: material }
  },
  about: (object) => ({
    type: (object as WebCryptoKey).type,
    algorithm: (object as WebCryptoKey).algorithm.name,
  }),
}

const resolvedOptions = (proto: object): PlatformType => ({
  value: (object) => method(proto, 'resolvedOptions')(object),
})

/** Platform classes of Node 20 and later, by prototype: every subclass inherits the entry. */
const ENTRIES: [object | undefined, PlatformType][] = [
  [URL.prototype, { value: urlHref, copy: (o) => new URL(urlHref(o) as string) }],
  [
    URLSearchParams.prototype,
    { value: paramsText, copy: (o) => new URLSearchParams(paramsText(o) as string) },
  ],
  [
    Headers.prototype,
    {
      value: (o) => pairs(headersEntries(o)),
      copy: (o) => new Headers(pairs(headersEntries(o)) as [string, string][]),
    },
  ],
  [
    FormData.prototype,
    {
      value: (o) => pairs(formEntries(o)),
      copy: (o) => {
        const copy = new FormData()
        for (const [name, entry] of pairs(formEntries(o)))
          copy.append(name as string, entry as string | Blob)
        return copy
      },
    },
  ],
  [globalClass('File')?.prototype, file],
  [Blob.prototype, blob],
  [KeyObject.prototype, keyObject],
  [globalClass('CryptoKey')?.prototype, cryptoKey],
  [X509Certificate.prototype, { value: method(X509Certificate.prototype, 'toString') }],
  [
    SocketAddress.prototype,
    {
      value: (o) => ({
        address: getter(SocketAddress.prototype, 'address')(o),
        family: getter(SocketAddress.prototype, 'family')(o),
        flowlabel: getter(SocketAddress.prototype, 'flowlabel')(o),
        port: getter(SocketAddress.prototype, 'port')(o),
      }),
    },
  ],
  [
    BlockList.prototype,
    { value: (o) => [...(getter(BlockList.prototype, 'rules')(o) as string[])] },
  ],
  [TextEncoder.prototype, { value: encoderEncoding }],
  [Intl.Locale.prototype, { value: method(Intl.Locale.prototype, 'toString') }],
  ...[
    Intl.Collator,
    Intl.DateTimeFormat,
    Intl.DisplayNames,
    Intl.ListFormat,
    Intl.NumberFormat,
    Intl.PluralRules,
    Intl.RelativeTimeFormat,
    Intl.Segmenter,
  ].map((ctor): [object, PlatformType] => [ctor.prototype, resolvedOptions(ctor.prototype)]),
  // State that changes on its own or cannot be read: by identity.
  ...IDENTITY_CLASSES.map((name): [object | undefined, PlatformType] => [
    globalClass(name)?.prototype,
    IDENTITY,
  ]),
  ...['Module', 'Instance', 'Memory', 'Table', 'Global'].map(
    (name): [object | undefined, PlatformType] => [
      (GLOBALS['WebAssembly'] as Record<string, { prototype?: object }> | undefined)?.[name]
        ?.prototype,
      IDENTITY,
    ],
  ),
]

const ITERATOR_PROTOTYPE = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
) as object
const ASYNC_ITERATOR_PROTOTYPE = Object.getPrototypeOf(
  Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())),
) as object

/** Prototypes of objects that compare by identity and refuse to print. */
const OPAQUE_PROTOTYPES = [
  Promise.prototype,
  WeakMap.prototype,
  WeakSet.prototype,
  globalThis.WeakRef?.prototype,
  globalThis.FinalizationRegistry?.prototype,
  // Every built-in iterator and generator object inherits one of these.
  ITERATOR_PROTOTYPE,
  ASYNC_ITERATOR_PROTOTYPE,
]

const BY_PROTOTYPE = new Map<object, PlatformType>()
for (const proto of OPAQUE_PROTOTYPES) if (proto !== undefined) BY_PROTOTYPE.set(proto, OPAQUE)
for (const [proto, type] of ENTRIES) if (proto !== undefined) BY_PROTOTYPE.set(proto, type)

/** The platform type a prototype stands for, if it is one of the table's. @internal */
export function platformTypeOfPrototype(proto: object): PlatformType | undefined {
  return BY_PROTOTYPE.get(proto)
}

// Another realm's opaque objects, recognised by their tag and confirmed by a brand check.
const OPAQUE_TAGS: Record<string, (value: object) => boolean> = {
  '[object Promise]': types.isPromise,
  '[object WeakMap]': types.isWeakMap,
  '[object WeakSet]': types.isWeakSet,
  '[object WeakRef]': (value) =>
    brand(() => WeakRef.prototype.deref.call(value as WeakRef<object>)),
  '[object FinalizationRegistry]': (value) =>
    brand(() =>
      FinalizationRegistry.prototype.unregister.call(value as FinalizationRegistry<unknown>, {}),
    ),
  '[object Generator]': types.isGeneratorObject,
  '[object AsyncGenerator]': types.isGeneratorObject,
  '[object Map Iterator]': types.isMapIterator,
  '[object Set Iterator]': types.isSetIterator,
  // No brand check exists for these that would not advance them: the tag must do.
  '[object Array Iterator]': () => true,
  '[object String Iterator]': () => true,
  '[object RegExp String Iterator]': () => true,
}

/** Whether an object of another realm (known only by its tag) is opaque. @internal */
export function isForeignOpaque(value: object, tag: string): boolean {
  const confirm = OPAQUE_TAGS[tag]
  return confirm !== undefined && confirm(value)
}

function brand(probe: () => unknown): boolean {
  try {
    probe()
    return true
  } catch {
    return false
  }
}

/** The entry used for objects of another realm that turned out to be opaque. @internal */
export const OPAQUE_TYPE = OPAQUE
