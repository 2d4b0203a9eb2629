import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { shortHash } from './goldenStem'
import { isInside } from './resolveGoldenLocation'
import { writeAtomic } from './writeAtomic'

/**
 * Where runs leave the obsolete goldens they found, for `expect-deterministic obsolete`: one small
 * JSON file per test file under the project's `node_modules/.cache` (the usual place for tools'
 * caches, never committed). Nothing is written when the project has no `node_modules` folder.
 *
 * @example obsoleteRecordFolder('/p') // '/p/node_modules/.cache/expect-deterministic/obsolete'
 * @internal
 */
export function obsoleteRecordFolder(root: string): string {
  return join(root, 'node_modules', '.cache', 'expect-deterministic', 'obsolete')
}

interface Record {
  readonly testFile: string
  readonly files: readonly string[]
}

function recordPath(root: string, testPath: string): string {
  const key = relative(root, testPath).split('\\').join('/')
  return join(obsoleteRecordFolder(root), `${shortHash(key)}.json`)
}

/**
 * Replaces what the last complete run of the test file at `testPath` found obsolete (an empty list
 * removes the record).
 *
 * @example writeObsoleteRecord('/p', '/p/a.test.ts', ['/p/__golden__/a.test.ts/old.json'])
 * @internal
 */
export function writeObsoleteRecord(root: string, testPath: string, files: readonly string[]) {
  if (!existsSync(join(root, 'node_modules'))) return
  const path = recordPath(root, testPath)
  if (files.length === 0) {
    rmSync(path, { force: true })
    return
  }
  const record: Record = {
    testFile: relative(root, testPath).split('\\').join('/'),
    files: files.map((file) => relative(root, file).split('\\').join('/')),
  }
  writeAtomic(path, `${JSON.stringify(record, null, 2)}\n`)
}

/**
 * Removes from the record of `testPath` the files a later run used again (a filtered run cannot
 * say what is obsolete, but what it used is certainly not).
 *
 * @example forgetUsedGoldens('/p', '/p/a.test.ts', (file) => file.endsWith('t.1.json'))
 * @internal
 */
export function forgetUsedGoldens(
  root: string,
  testPath: string,
  used: (file: string) => boolean,
): void {
  const record = readRecord(recordPath(root, testPath))
  if (record === undefined) return
  const files = record.files.map((file) => resolve(root, file))
  const kept = files.filter((file) => !used(file))
  if (kept.length !== files.length) writeObsoleteRecord(root, testPath, kept)
}

/**
 * Every golden file that some run found obsolete and that still exists inside `root`, sorted.
 * @example readObsoleteRecords('/p') // ['/p/src/__golden__/a.test.ts/old.json']
 * @internal
 */
export function readObsoleteRecords(root: string): string[] {
  const folder = obsoleteRecordFolder(root)
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const found = new Set<string>()
  for (const name of names) {
    const record = readRecord(join(folder, name))
    for (const file of record?.files ?? []) {
      const path = resolve(root, file)
      if (!isAbsolute(file) && isInside(root, path) && existsSync(path)) found.add(path)
    }
  }
  return [...found].sort()
}

function readRecord(path: string): Record | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<Record>
    if (!Array.isArray(record.files) || !record.files.every((f) => typeof f === 'string'))
      return undefined
    return record as Record
  } catch {
    return undefined
  }
}
