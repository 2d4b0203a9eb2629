import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runCli } from '../../../src/cli/runCli'
import { fakeIo } from './fakeIo'

let root: string
const folder = () => join(root, 'test/__golden__/handler.test.ts')
const put = (name: string) => {
  mkdirSync(folder(), { recursive: true })
  writeFileSync(join(folder(), name), '1\n')
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'golden-cli-migrate-'))
  put('GET-products-gift-list.gift~accb113aad.json')
  put('GET-products-gift-list.gift~accb113aad.json.new')
  put('report.1~0123456789.golden')
  put('already.current.json')
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('expect-deterministic migrate', () => {
  test('passes when a dry run lists the renames and changes nothing', async () => {
    const io = fakeIo(root)
    expect(await runCli(['migrate'], io)).toBe(0)
    expect(io.stdout.join('')).toContain(
      'Would rename 3 golden file(s):\n  test/__golden__/handler.test.ts/GET-products-gift-list.gift~accb113aad.json\n    -> test/__golden__/handler.test.ts/GET-products-gift-list.gift.json\n',
    )
    expect(io.stdout.join('')).toContain('A dry run: run again with --write to rename.')
    expect(readdirSync(folder())).toHaveLength(4)
  })

  test('passes when --write renames goldens and pending files, then nothing is left to do', async () => {
    expect(await runCli(['migrate', '--write'], fakeIo(root))).toBe(0)
    expect(readdirSync(folder()).sort()).toEqual([
      'GET-products-gift-list.gift.json',
      'GET-products-gift-list.gift.json.new',
      'already.current.json',
      'report.1.golden',
    ])
    const io = fakeIo(root)
    expect(await runCli(['migrate', '--write'], io)).toBe(0)
    expect(io.stdout.join('')).toBe(
      'Nothing to migrate: every golden already has its current name.\n',
    )
  })

  test('fails with exit code 1 when a new name is taken or wanted twice, leaving those files', async () => {
    put('report.1.golden')
    put('a-b.x~1111111111.json')
    put('a-b.x~2222222222.json')
    const io = fakeIo(root)
    expect(await runCli(['migrate', '--write'], io)).toBe(1)
    expect(io.stderr.join('')).toContain(
      'report.1~0123456789.golden: test/__golden__/handler.test.ts/report.1.golden exists already',
    )
    expect(io.stderr.join('')).toContain('is wanted by another file too')
    expect(readdirSync(folder())).toContain('report.1~0123456789.golden')
    expect(readdirSync(folder())).toContain('a-b.x~1111111111.json')
    expect(readdirSync(folder())).toContain('GET-products-gift-list.gift.json')
  })
})
