import type { Random } from '../createRandom'
import type { Site, SiteLookup } from './CallPerturbation'
import { nodeCrypto } from './builtins'
import type { Patcher } from './Patcher'
import { siteRandom } from './siteRandom'

type AnyFunction = (...args: unknown[]) => unknown

/** The seeded generator of a site, or `undefined` where the platform's own randomness applies. */
function streamAt(site: Site | undefined): Random | undefined {
  if (site === undefined || site.mode === 'observe') return undefined
  return siteRandom(site.seed, site.variant, 'random', site.index)
}

/** A double in [0, 1) from 53 random bits, like `Math.random`. */
function unitInterval(random: Random): number {
  const high = random.nextUint32() >>> 5
  const low = random.nextUint32() >>> 6
  return (high * 67108864 + low) / 9007199254740992
}

function fillBytes(
  view: { buffer: ArrayBufferLike; byteOffset: number; byteLength: number },
  random: Random,
): void {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.nextUint32() & 0xff
}

/** A version 4 UUID from seeded bytes. */
function uuid(random: Random): string {
  const bytes = new Uint8Array(16)
  fillBytes(bytes, random)
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The `'random'` source: every read of randomness draws from a seeded stream of the call (a
 * different stream in each call, the same stream in every call when held fixed), so a failure
 * replays with its seed and the divergence can be traced to randomness by holding it. Patches
 * `Math.random`, `crypto.randomUUID` and `crypto.getRandomValues` (the global Web Crypto object
 * and `node:crypto`), and `node:crypto`'s `randomBytes` and `randomInt`. Each API still runs
 * first, so its argument checks and errors stay the platform's.
 * @internal
 */
export function installRandom(patcher: Patcher, site: SiteLookup): void {
  patcher.replace<AnyFunction>(
    Math,
    'random',
    'Math.random',
    (original) =>
      function random() {
        const stream = streamAt(site('random', 'Math.random'))
        return stream === undefined ? original() : unitInterval(stream)
      },
  )
  // node:crypto's getRandomValues calls the Web Crypto object's, so that one patch serves both;
  // under Jest the global Web Crypto object is the main realm's, the same object.
  const webs = new Set<Record<string, unknown>>()
  for (const web of [
    nodeCrypto.webcrypto,
    (globalThis as unknown as { crypto?: unknown }).crypto,
  ]) {
    if (typeof web === 'object' && web !== null) webs.add(web as Record<string, unknown>)
  }
  for (const web of webs) {
    patcher.replace<AnyFunction>(
      web,
      'randomUUID',
      'crypto.randomUUID',
      (original) =>
        function randomUUID(this: unknown, ...args: unknown[]) {
          const result = Reflect.apply(original, this, args)
          const stream = streamAt(site('random', 'crypto.randomUUID'))
          return stream === undefined ? result : uuid(stream)
        },
    )
    patcher.replace<AnyFunction>(
      web,
      'getRandomValues',
      'crypto.getRandomValues',
      (original) =>
        function getRandomValues(this: unknown, ...args: unknown[]) {
          const result = Reflect.apply(original, this, args)
          const stream = streamAt(site('random', 'crypto.getRandomValues'))
          if (stream !== undefined) fillBytes(result as Uint8Array, stream)
          return result
        },
    )
  }
  patcher.replace<AnyFunction>(
    nodeCrypto,
    'randomUUID',
    'node:crypto randomUUID',
    (original) =>
      function randomUUID(this: unknown, ...args: unknown[]) {
        const result = Reflect.apply(original, this, args)
        const stream = streamAt(site('random', 'node:crypto randomUUID'))
        return stream === undefined ? result : uuid(stream)
      },
    true,
  )
  patcher.replace<AnyFunction>(
    nodeCrypto,
    'randomBytes',
    'node:crypto randomBytes',
    (original) =>
      function randomBytes(this: unknown, ...args: unknown[]) {
        const stream = streamAt(site('random', 'node:crypto randomBytes'))
        const callback = args[1]
        if (stream !== undefined && typeof callback === 'function') {
          args[1] = (error: unknown, bytes?: Uint8Array) => {
            if (bytes !== undefined) fillBytes(bytes, stream)
            Reflect.apply(callback, undefined, [error, bytes])
          }
          return Reflect.apply(original, this, args)
        }
        const bytes = Reflect.apply(original, this, args) as Uint8Array
        if (stream !== undefined) fillBytes(bytes, stream)
        return bytes
      },
    true,
  )
  patcher.replace<AnyFunction>(
    nodeCrypto,
    'randomInt',
    'node:crypto randomInt',
    (original) =>
      function randomInt(this: unknown, ...args: unknown[]) {
        const stream = streamAt(site('random', 'node:crypto randomInt'))
        const callback =
          typeof args.at(-1) === 'function' ? (args.at(-1) as AnyFunction) : undefined
        const bounds = (callback === undefined ? args : args.slice(0, -1)) as number[]
        const [min, max] =
          bounds.length >= 2 ? [bounds[0] as number, bounds[1] as number] : [0, bounds[0] as number]
        const draw = (): number => min + (stream as Random).nextInt(max - min)
        if (stream !== undefined && callback !== undefined) {
          args[args.length - 1] = (error: unknown, value?: number) =>
            Reflect.apply(
              callback,
              undefined,
              error ? [error] : [null, value === undefined ? value : draw()],
            )
          return Reflect.apply(original, this, args)
        }
        const value = Reflect.apply(original, this, args)
        return stream === undefined ? value : draw()
      },
    true,
  )
}
