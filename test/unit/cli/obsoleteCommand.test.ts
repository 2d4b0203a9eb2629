import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { runCli } from '../../../src/cli/runCli'
import { writeObsoleteRecord } from '../../../src/golden/obsoleteRecord'
import { fakeIo } from './fakeIo'

let root: string
const put = (file: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true })
  writeFileSync(join(root, file), '1\n')
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'golden-cli-obsolete-'))
  mkdirSync(join(root, 'node_modules'))
  put('src/a.test.ts')
  put('src/__golden__/a.test.ts/t.used.json')
  put('src/__golden__/a.test.ts/t.old.json')
  put('src/__golden__/gone.test.ts/t.1.json')
  put('src/__golden__/gone.test.ts/t.1.json.new')
  put('node_modules/pkg/__golden__/x.test.ts/t.json')
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('expect-deterministic obsolete', () => {
  test('fails with exit code 1 listing goldens of removed test files and those a run found unused', async () => {
    writeObsoleteRecord(root, join(root, 'src/a.test.ts'), [
      join(root, 'src/__golden__/a.test.ts/t.old.json'),
    ])
    const io = fakeIo(root)
    expect(await runCli(['obsolete'], io)).toBe(1)
    expect(io.stdout.join('')).toContain(
      [
        '  · src/__golden__/a.test.ts/t.old.json',
        '  · src/__golden__/gone.test.ts/t.1.json',
        '  · src/__golden__/gone.test.ts/t.1.json.new',
      ].join('\n'),
    )
    expect(existsSync(join(root, 'src/__golden__/a.test.ts/t.old.json'))).toBe(true)
  })

  test('passes when --delete removes them and nothing else', async () => {
    writeObsoleteRecord(root, join(root, 'src/a.test.ts'), [
      join(root, 'src/__golden__/a.test.ts/t.old.json'),
    ])
    expect(await runCli(['obsolete', '--delete'], fakeIo(root))).toBe(0)
    expect(existsSync(join(root, 'src/__golden__/a.test.ts/t.old.json'))).toBe(false)
    expect(existsSync(join(root, 'src/__golden__/gone.test.ts'))).toBe(false)
    expect(existsSync(join(root, 'src/__golden__/a.test.ts/t.used.json'))).toBe(true)
    expect(existsSync(join(root, 'node_modules/pkg/__golden__/x.test.ts/t.json'))).toBe(true)
    const io = fakeIo(root)
    expect(await runCli(['obsolete'], io)).toBe(0)
    expect(io.stdout.join('')).toBe('No obsolete goldens.\n')
  })
})
