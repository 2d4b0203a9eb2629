import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { runCli } from '../../../src/cli/runCli'
import { writeObsoleteRecord } from '../../../src/golden/obsoleteRecord'
import { fakeIo } from './fakeIo'
import { tempFolder } from '../../helpers/tempFolder'

const temp = tempFolder('golden-cli-obsolete-')

beforeEach(() => {
  mkdirSync(join(temp.root, 'node_modules'))
  temp.put('src/a.test.ts')
  temp.put('src/__golden__/a.test.ts/t.used.json')
  temp.put('src/__golden__/a.test.ts/t.old.json')
  temp.put('src/__golden__/gone.test.ts/t.1.json')
  temp.put('src/__golden__/gone.test.ts/t.1.json.new')
  temp.put('node_modules/pkg/__golden__/x.test.ts/t.json')
})

describe('expect-deterministic obsolete', () => {
  test('fails with exit code 1 listing goldens of removed test files and those a run found unused', async () => {
    writeObsoleteRecord(temp.root, join(temp.root, 'src/a.test.ts'), [
      join(temp.root, 'src/__golden__/a.test.ts/t.old.json'),
    ])
    const io = fakeIo(temp.root)
    expect(await runCli(['obsolete'], io)).toBe(1)
    expect(io.stdout.join('')).toContain(
      [
        '  · src/__golden__/a.test.ts/t.old.json',
        '  · src/__golden__/gone.test.ts/t.1.json',
        '  · src/__golden__/gone.test.ts/t.1.json.new',
      ].join('\n'),
    )
    expect(existsSync(join(temp.root, 'src/__golden__/a.test.ts/t.old.json'))).toBe(true)
  })

  test('passes when --delete removes them and nothing else', async () => {
    writeObsoleteRecord(temp.root, join(temp.root, 'src/a.test.ts'), [
      join(temp.root, 'src/__golden__/a.test.ts/t.old.json'),
    ])
    expect(await runCli(['obsolete', '--delete'], fakeIo(temp.root))).toBe(0)
    expect(existsSync(join(temp.root, 'src/__golden__/a.test.ts/t.old.json'))).toBe(false)
    expect(existsSync(join(temp.root, 'src/__golden__/gone.test.ts'))).toBe(false)
    expect(existsSync(join(temp.root, 'src/__golden__/a.test.ts/t.used.json'))).toBe(true)
    expect(existsSync(join(temp.root, 'node_modules/pkg/__golden__/x.test.ts/t.json'))).toBe(true)
    const io = fakeIo(temp.root)
    expect(await runCli(['obsolete'], io)).toBe(0)
    expect(io.stdout.join('')).toBe('No obsolete goldens.\n')
  })
})
