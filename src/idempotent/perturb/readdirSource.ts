import type { Dir, Dirent } from 'node:fs'
import type { Random } from '../createRandom'
import type { Site, SiteLookup } from './CallPerturbation'
import { nodeFs } from './builtins'
import type { Patcher } from './Patcher'
import { permuteInPlace } from './permuteInPlace'
import { siteRandom } from './siteRandom'

type AnyFunction = (...args: unknown[]) => unknown

/**
 * How a directory listing is reordered at a site: call 2 gets it reversed, later calls a seeded
 * order (never the one the file system gave). `undefined`: leave it as it is.
 * @internal
 */
export function listingOrder(site: Site | undefined): Random | 'reverse' | undefined {
  if (site?.mode !== 'perturb') return undefined
  return site.variant === 1 ? 'reverse' : siteRandom(site.seed, site.variant, 'readdir', site.index)
}

/**
 * The `'readdir'` source: directory listings come back in another order. File systems promise no
 * order (ext4 lists by hash, APFS by name, tmpfs by creation), so code that uses a listing
 * without sorting it behaves differently on another machine. Patches `fs.readdirSync`,
 * `fs.readdir`, `fs.promises.readdir` (names, Buffers and `Dirent`s, recursive too) and
 * `fs.opendirSync`, `fs.opendir`, `fs.promises.opendir` (the `Dir` reads its whole listing on the
 * first read and serves it in the new order).
 * @internal
 */
export function installReaddir(patcher: Patcher, site: SiteLookup): void {
  const fs = nodeFs
  patcher.replace<AnyFunction>(
    fs,
    'readdirSync',
    'fs.readdirSync',
    (original) =>
      function readdirSync(this: unknown, ...args: unknown[]) {
        const order = listingOrder(site('readdir', 'fs.readdirSync'))
        const listing = Reflect.apply(original, this, args) as unknown[]
        return order === undefined ? listing : permuteInPlace(listing, order)
      },
    true,
  )
  patcher.replace<AnyFunction>(
    fs,
    'readdir',
    'fs.readdir',
    (original) =>
      function readdir(this: unknown, ...args: unknown[]) {
        const order = listingOrder(site('readdir', 'fs.readdir'))
        const callback = args.at(-1)
        if (order !== undefined && typeof callback === 'function') {
          args[args.length - 1] = (error: unknown, listing?: unknown[]) =>
            Reflect.apply(callback, undefined, [error, listing && permuteInPlace(listing, order)])
        }
        return Reflect.apply(original, this, args)
      },
    true,
  )
  patcher.replace<AnyFunction>(
    fs.promises,
    'readdir',
    'fs.promises.readdir',
    (original) =>
      function readdir(this: unknown, ...args: unknown[]) {
        const order = listingOrder(site('readdir', 'fs.promises.readdir'))
        const listing = Reflect.apply(original, this, args) as Promise<unknown[]>
        return order === undefined ? listing : listing.then((found) => permuteInPlace(found, order))
      },
    true,
  )
  patcher.replace<AnyFunction>(
    fs,
    'opendirSync',
    'fs.opendirSync',
    (original) =>
      function opendirSync(this: unknown, ...args: unknown[]) {
        const order = listingOrder(site('readdir', 'fs.opendirSync'))
        const dir = Reflect.apply(original, this, args) as Dir
        return order === undefined ? dir : reorderDir(dir, order)
      },
    true,
  )
  patcher.replace<AnyFunction>(
    fs,
    'opendir',
    'fs.opendir',
    (original) =>
      function opendir(this: unknown, ...args: unknown[]) {
        const order = listingOrder(site('readdir', 'fs.opendir'))
        const callback = args.at(-1)
        if (order !== undefined && typeof callback === 'function') {
          args[args.length - 1] = (error: unknown, dir?: Dir) =>
            Reflect.apply(callback, undefined, [error, dir && reorderDir(dir, order)])
        }
        return Reflect.apply(original, this, args)
      },
    true,
  )
  patcher.replace<AnyFunction>(
    fs.promises,
    'opendir',
    'fs.promises.opendir',
    (original) =>
      function opendir(this: unknown, ...args: unknown[]) {
        const order = listingOrder(site('readdir', 'fs.promises.opendir'))
        const dir = Reflect.apply(original, this, args) as Promise<Dir>
        return order === undefined ? dir : dir.then((opened) => reorderDir(opened, order))
      },
    true,
  )
}

/**
 * Makes `dir` serve its entries in another order: the first read takes the whole listing, every
 * read (sync, promise, callback, async iteration) then serves from it.
 */
function reorderDir(dir: Dir, order: Random | 'reverse'): Dir {
  const proto = Object.getPrototypeOf(dir) as {
    readSync(this: Dir): Dirent | null
    read(this: Dir): Promise<Dirent | null>
    close(this: Dir): Promise<void>
  }
  let listing: Dirent[] | undefined
  const takeSync = (): Dirent[] => {
    if (listing === undefined) {
      const all: Dirent[] = []
      for (let entry = proto.readSync.call(dir); entry !== null; entry = proto.readSync.call(dir))
        all.push(entry)
      listing = permuteInPlace(all, order)
    }
    return listing
  }
  const take = async (): Promise<Dirent[]> => {
    if (listing === undefined) {
      const all: Dirent[] = []
      for (
        let entry = await proto.read.call(dir);
        entry !== null;
        entry = await proto.read.call(dir)
      )
        all.push(entry)
      listing ??= permuteInPlace(all, order)
    }
    return listing
  }
  const own = (key: PropertyKey, value: unknown): void => {
    Object.defineProperty(dir, key, { configurable: true, writable: true, value })
  }
  own('readSync', () => takeSync().shift() ?? null)
  own('read', (callback?: (error: unknown, entry?: Dirent | null) => void) => {
    const next = take().then((entries) => entries.shift() ?? null)
    if (typeof callback !== 'function') return next
    next.then(
      (entry) => callback(null, entry),
      (error: unknown) => callback(error),
    )
    return undefined
  })
  const iterate = async function* (): AsyncGenerator<Dirent> {
    try {
      for (const entry of await take()) yield entry
    } finally {
      await proto.close.call(dir)
    }
  }
  own(Symbol.asyncIterator, iterate)
  if (typeof (proto as { entries?: unknown }).entries === 'function') own('entries', iterate)
  return dir
}
