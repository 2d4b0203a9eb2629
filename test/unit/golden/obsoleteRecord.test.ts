import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import {
  forgetUsedGoldens,
  obsoleteRecordFolder,
  readObsoleteRecords,
  writeObsoleteRecord,
} from '../../../src/golden/obsoleteRecord'

let root: string
const testPath = () => join(root, 'src/a.test.ts')
const golden = (name: string) => join(root, 'src/__golden__/a.test.ts', name)

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'golden-record-'))
  mkdirSync(join(root, 'src/__golden__/a.test.ts'), { recursive: true })
  for (const name of ['old.json', 'older.json']) writeFileSync(golden(name), '1\n')
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('obsolete records', () => {
  test('passes when nothing is recorded in a project without node_modules', () => {
    writeObsoleteRecord(root, testPath(), [golden('old.json')])
    expect(readObsoleteRecords(root)).toEqual([])
  })

  test('passes when a record lists existing files, loses used ones, and an empty one is removed', () => {
    mkdirSync(join(root, 'node_modules'))
    writeObsoleteRecord(root, testPath(), [golden('old.json'), golden('older.json')])
    expect(readObsoleteRecords(root)).toEqual([golden('old.json'), golden('older.json')])
    forgetUsedGoldens(root, testPath(), (file) => file === golden('old.json'))
    expect(readObsoleteRecords(root)).toEqual([golden('older.json')])
    rmSync(golden('older.json'))
    expect(readObsoleteRecords(root)).toEqual([])
    writeObsoleteRecord(root, testPath(), [])
    expect(readdirSync(obsoleteRecordFolder(root))).toEqual([])
  })

  test('passes when a record naming files outside the project, or broken, is ignored', () => {
    mkdirSync(obsoleteRecordFolder(root), { recursive: true })
    writeFileSync(
      join(obsoleteRecordFolder(root), 'x.json'),
      JSON.stringify({ files: ['../../etc/passwd', '/etc/passwd'] }),
    )
    writeFileSync(join(obsoleteRecordFolder(root), 'y.json'), '{ broken')
    expect(readObsoleteRecords(root)).toEqual([])
  })
})
