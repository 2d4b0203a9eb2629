import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { findGoldenFolders, goldenFileFolders } from '../../../src/cli/findGoldenFolders'

let root: string
const put = (file: string, text = '1\n') => {
  mkdirSync(join(root, file, '..'), { recursive: true })
  writeFileSync(join(root, file), text)
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'golden-cli-parts-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('findGoldenFolders', () => {
  test('passes when golden folders and --dir folders are found, not in node_modules, hidden folders or links', () => {
    put('a/__golden__/x.test.ts/t.json')
    put('b/goldens/y.test.ts/t.json')
    put('node_modules/p/__golden__/t.json')
    put('.git/__golden__/t.json')
    symlinkSync(join(root, 'a'), join(root, 'link'))
    expect(findGoldenFolders(root, ['goldens'])).toEqual([
      join(root, 'a/__golden__'),
      join(root, 'b/goldens'),
    ])
    expect(goldenFileFolders([join(root, 'a/__golden__')])).toEqual([
      join(root, 'a/__golden__'),
      join(root, 'a/__golden__/x.test.ts'),
    ])
  })
})
