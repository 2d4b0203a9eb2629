import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  findObsoleteGoldens,
  findOrphanFolders,
  goldenFilesIn,
  removeGoldens,
  reportsOrphans,
} from '../../../src/golden/findObsolete'
import { tempFolder } from '../../helpers/tempFolder'

const temp = tempFolder('golden-obsolete-')
const put = (file: string, text = 'x\n') => temp.put(file, text)

describe('findObsoleteGoldens', () => {
  test('passes when goldens and pending files nobody used are listed, used ones and other files are not', () => {
    const folder = join(temp.root, '__golden__/a.test.ts')
    for (const file of [
      'used.json',
      'used.golden.new',
      'old.json',
      'old.json.new',
      'gone.golden.new',
    ])
      put(`__golden__/a.test.ts/${file}`)
    put('__golden__/a.test.ts/.old.json.123-1-0.tmp')
    put('__golden__/a.test.ts/README.md')
    expect(findObsoleteGoldens([folder], [join(folder, 'used')])).toEqual([
      join(folder, 'gone.golden.new'),
      join(folder, 'old.json'),
      join(folder, 'old.json.new'),
    ])
  })

  test('passes when a golden used under another letter case is not obsolete', () => {
    const folder = join(temp.root, '__golden__/a.test.ts')
    put('__golden__/a.test.ts/Report.x.json')
    expect(findObsoleteGoldens([folder], [join(folder, 'report.x')])).toEqual([])
  })

  test('passes when a missing folder has nothing obsolete', () => {
    expect(findObsoleteGoldens([join(temp.root, 'none')], [])).toEqual([])
  })
})

describe('findOrphanFolders and reportsOrphans', () => {
  test('passes when golden folders whose test file is gone are found, and only the first live folder reports them', () => {
    put('src/a.test.ts')
    put('src/b test.ts')
    put('src/__golden__/a.test.ts/t.1.json')
    put('src/__golden__/b-test.ts/t.1.json')
    put('src/__golden__/removed.test.ts/t.1.json')
    put('src/__golden__/standalone.json')
    expect(findOrphanFolders(join(temp.root, 'src'))).toEqual([
      join(temp.root, 'src/__golden__/removed.test.ts'),
    ])
    expect(reportsOrphans(join(temp.root, 'src/a.test.ts'))).toBe(true)
    expect(reportsOrphans(join(temp.root, 'src/b test.ts'))).toBe(false)
    expect(reportsOrphans(join(temp.root, 'src/c.test.ts'))).toBe(false)
  })

  test('passes when a folder without __golden__ has no orphans', () => {
    put('src/a.test.ts')
    expect(findOrphanFolders(join(temp.root, 'src'))).toEqual([])
  })
})

describe('removeGoldens', () => {
  test('passes when goldens go with their pending files, and folders left empty go too', () => {
    put('g/a.test.ts/old.json')
    put('g/a.test.ts/old.golden.new')
    put('g/b.test.ts/old.json')
    put('g/b.test.ts/keep.txt')
    removeGoldens([
      join(temp.root, 'g/a.test.ts/old.json'),
      join(temp.root, 'g/b.test.ts/old.json'),
    ])
    expect(existsSync(join(temp.root, 'g/a.test.ts'))).toBe(false)
    expect(readdirSync(join(temp.root, 'g/b.test.ts'))).toEqual(['keep.txt'])
  })

  test('passes when the golden files of a folder are listed', () => {
    put('g/x/a.json')
    put('g/x/b.golden.new')
    put('g/x/c.txt')
    expect(goldenFilesIn(join(temp.root, 'g/x'))).toEqual([
      join(temp.root, 'g/x/a.json'),
      join(temp.root, 'g/x/b.golden.new'),
    ])
  })
})
