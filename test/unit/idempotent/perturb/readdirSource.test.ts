import * as fs from 'node:fs'
import { readdirSync as namedReaddirSync } from 'node:fs'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { listingOrder } from '../../../../src/idempotent/perturb/readdirSource'
import { inCall, sync } from '../../../helpers/perturbation'

let dir: string
const names = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md']

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perturb-readdir-'))
  for (const name of names) writeFileSync(join(dir, name), name)
  mkdirSync(join(dir, 'sub'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const plain = (): string[] => fs.readdirSync(dir)

describe('readdirSource', () => {
  test('fails when a listing is used unsorted, naming readdir and the line of the read', () => {
    const listDocs = (folder: string) => fs.readdirSync(folder).filter((f) => f.endsWith('.md'))
    const result = sync(checkIdempotent(listDocs, { args: [dir], perturb: ['readdir'], seed: 1 }))
    expect(result.pass).toBe(false)
    expect(result.causes).toEqual(['readdir'])
    expect(result.perturbed).toEqual({ readdir: 5 })
    expect(result.sites).toEqual([
      expect.objectContaining({
        source: 'readdir',
        api: 'fs.readdirSync',
        call: 2,
        site: 0,
        location: expect.stringMatching(
          /^test\/unit\/idempotent\/perturb\/readdirSource\.test\.ts:25:/,
        ),
      }),
    ])
  })

  test('passes when the listing is sorted before use', () => {
    const listDocs = (folder: string) => fs.readdirSync(folder).sort()
    const result = sync(checkIdempotent(listDocs, { args: [dir], perturb: ['readdir'] }))
    expect(result.pass).toBe(true)
    expect(result.perturbed.readdir).toBe(5)
  })

  test('reverses the listing in call 2 and reorders it in later calls, never keeping it', () => {
    const given = plain()
    expect(inCall(['readdir'], plain, { call: 1 }).value).toEqual([...given].reverse())
    for (const call of [2, 3, 4, 5]) {
      const listing = inCall(['readdir'], plain, { call }).value
      expect([...listing].sort()).toEqual([...given].sort())
      expect(listing).not.toEqual(given)
    }
    expect(inCall(['readdir'], plain, { call: 0 }).value).toEqual(given)
  })

  test('reorders every API: callbacks, promises, Dirents, recursive listings and Dir reads', async () => {
    const given = plain()
    const reversed = [...given].reverse()
    const fromCallback = await inCall(
      ['readdir'],
      () =>
        new Promise<string[]>((resolve, reject) =>
          fs.readdir(dir, (error, found) => (error ? reject(error) : resolve(found))),
        ),
    ).value
    expect(fromCallback).toEqual(reversed)
    expect(await inCall(['readdir'], () => fs.promises.readdir(dir)).value).toEqual(reversed)
    const dirents = inCall(['readdir'], () => fs.readdirSync(dir, { withFileTypes: true })).value
    expect(dirents.map((d) => d.name)).toEqual(reversed)
    const recursive = inCall(['readdir'], () => fs.readdirSync(dir, { recursive: true })).value
    expect(recursive).toEqual([...fs.readdirSync(dir, { recursive: true })].reverse())
    // A Dir reads in the order of the directory stream, which need not be readdir's.
    const readDir = (): string[] => {
      const opened = fs.opendirSync(dir)
      const read: string[] = []
      for (let entry = opened.readSync(); entry !== null; entry = opened.readSync())
        read.push(entry.name)
      opened.closeSync()
      return read
    }
    const streamed = readDir()
    expect(inCall(['readdir'], readDir).value).toEqual([...streamed].reverse())
    const iterated = await inCall(['readdir'], async () => {
      const read: string[] = []
      for await (const entry of await fs.promises.opendir(dir)) read.push(entry.name)
      return read
    }).value
    expect(iterated).toEqual([...streamed].reverse())
  })

  test('reaches a named ESM import of node:fs, and leaves it the original again afterwards', () => {
    const original = namedReaddirSync
    const listing = inCall(['readdir'], () => namedReaddirSync(dir)).value
    expect(listing).toEqual([...plain()].reverse())
    expect(namedReaddirSync).toBe(original)
    expect(fs.readdirSync).toBe(original)
  })

  test('leaves code outside a call alone, and counts nothing there', () => {
    const { value, context } = inCall(['readdir'], () => 0)
    expect(value).toBe(0)
    expect(context.counts.get('readdir')).toBeUndefined()
    expect(listingOrder(undefined)).toBeUndefined()
  })

  test('fails as vacuous when readdir is asked for by name and never reached', () => {
    const result = sync(checkIdempotent(() => 1, { perturb: ['readdir'] }))
    expect(result.pass).toBe(false)
    expect(result.unexercised).toEqual(['readdir'])
    expect(sync(checkIdempotent(() => 1, { perturb: true })).pass).toBe(true)
  })
})
