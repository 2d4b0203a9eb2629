import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { nodeIo, type WriteIo } from '../../../src/golden/writeAtomic'
import { checkGolden, restoreChanges, type GoldenCheck } from '../../../src/golden/checkGolden'

let folder: string
let base: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'golden-store-'))
  base = join(folder, 'sub', 'test.1')
})
afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

const check = (
  received: string,
  mode: GoldenCheck['mode'],
  pending = mode === 'new',
): ReturnType<typeof checkGolden> => checkGolden({ base, received, mode, pending, root: folder })
const files = () => (existsSync(join(folder, 'sub')) ? readdirSync(join(folder, 'sub')).sort() : [])
const read = (name: string) => readFileSync(join(folder, 'sub', name), 'utf8')
const put = (name: string, text: string | Buffer) => {
  mkdirSync(join(folder, 'sub'), { recursive: true })
  writeFileSync(join(folder, 'sub', name), text)
}

describe('checkGolden', () => {
  test('passes when a missing golden is written with a final newline in new and all modes', () => {
    expect(check('{}', 'new')).toMatchObject({ status: 'written', path: `${base}.json` })
    expect(read('test.1.json')).toBe('{}\n')
    rmSync(`${base}.json`)
    expect(check('Set []', 'all')).toMatchObject({ status: 'written', path: `${base}.golden` })
    expect(files()).toEqual(['test.1.golden'])
  })

  test('fails when a missing golden in none mode writes nothing', () => {
    expect(check('{}', 'none')).toEqual({
      status: 'missing',
      path: `${base}.json`,
      golden: undefined,
      pendingPath: undefined,
      changes: [],
    })
    expect(existsSync(join(folder, 'sub'))).toBe(false)
  })

  test('fails when a missing golden in none mode writes only the opted-in pending file', () => {
    expect(check('{}', 'none', true)).toMatchObject({
      status: 'missing',
      pendingPath: `${base}.json.new`,
    })
    expect(files()).toEqual(['test.1.json.new'])
  })

  test('passes when the golden matches, whatever its line endings and final newline', () => {
    put('test.1.json', '{\r\n  "a": 1\r\n}\r\n')
    expect(check('{\n  "a": 1\n}', 'none')).toMatchObject({
      status: 'matched',
      path: `${base}.json`,
    })
    put('test.1.json', '{\n  "a": 1\n}')
    expect(check('{\n  "a": 1\n}', 'none').status).toBe('matched')
  })

  test('passes when a match removes stale pending files of that golden only', () => {
    put('test.1.json', '[]\n')
    put('test.1.json.new', '[1]\n')
    put('test.1.golden.new', 'x\n')
    put('test.2.json.new', '[2]\n')
    expect(check('[]', 'new').status).toBe('matched')
    expect(files()).toEqual(['test.1.json', 'test.2.json.new'])
  })

  test('fails when the golden differs, leaving it intact and writing a pending file in new mode', () => {
    put('test.1.json', '[\n  1\n]\n')
    expect(check('[\n  2\n]', 'new')).toEqual({
      status: 'mismatch',
      path: `${base}.json`,
      golden: '[\n  1\n]',
      pendingPath: `${base}.json.new`,
      changes: [],
    })
    expect(read('test.1.json')).toBe('[\n  1\n]\n')
    expect(read('test.1.json.new')).toBe('[\n  2\n]\n')
  })

  test('fails when the golden differs in none mode, writing nothing', () => {
    put('test.1.json', '[]\n')
    expect(check('[1]', 'none')).toMatchObject({ status: 'mismatch', pendingPath: undefined })
    expect(files()).toEqual(['test.1.json'])
  })

  test('passes when all mode rewrites a differing golden and removes its pending file', () => {
    put('test.1.json', '[]\n')
    put('test.1.json.new', '[1]\n')
    expect(check('[1]', 'all')).toMatchObject({ status: 'updated', golden: '[]' })
    expect(files()).toEqual(['test.1.json'])
    expect(read('test.1.json')).toBe('[1]\n')
  })

  test('passes when a value changing kind compares with the old file and all mode replaces it', () => {
    put('test.1.json', '[\n  1\n]\n')
    expect(check('Set [\n  1\n]', 'new')).toMatchObject({
      status: 'mismatch',
      path: `${base}.json`,
      pendingPath: `${base}.golden.new`,
    })
    expect(check('Set [\n  1\n]', 'all')).toMatchObject({
      status: 'updated',
      path: `${base}.golden`,
    })
    expect(files()).toEqual(['test.1.golden'])
  })

  test.each([
    ['not JSON although named .json', 'test.1.json', '{"a": ', /is not valid JSON/],
    ['empty', 'test.1.json', '', /is empty/],
    [
      'holding merge-conflict markers',
      'test.1.golden',
      'Set [\n<<<<<<< HEAD\n  1\n=======\n  2\n>>>>>>> main\n]\n',
      /merge-conflict markers/,
    ],
    [
      'not UTF-8',
      'test.1.golden',
      Buffer.from([0x53, 0x65, 0x74, 0xff, 0xfe]),
      /is not valid UTF-8/,
    ],
  ])(
    'throws when the golden is %s, in every mode, and leaves it untouched',
    (_, name, content, problem) => {
      put(name, content)
      const before = readFileSync(join(folder, 'sub', name))
      for (const mode of ['new', 'all', 'none'] as const) {
        expect(() => check('Set [\n  1\n]', mode)).toThrow(
          expect.objectContaining({
            code: 'CORRUPT_GOLDEN',
            message: expect.stringMatching(problem),
          }),
        )
      }
      expect(readFileSync(join(folder, 'sub', name))).toEqual(before)
      expect(files()).toEqual([name])
    },
  )

  test('throws when the golden cannot be read, naming it relative to the root', () => {
    mkdirSync(`${base}.json`, { recursive: true })
    expect(() => check('{}', 'all')).toThrow(
      'The golden file sub/test.1.json cannot be read (EISDIR). It was left untouched: fix or delete it, then run the tests again.',
    )
  })

  test('passes when the changes of a write, an update and a change of kind can be put back', () => {
    const written = check('[1]', 'new')
    expect(written.changes).toEqual([{ path: `${base}.json`, before: undefined }])
    const updated = check('[2]', 'all')
    expect(updated.changes).toEqual([{ path: `${base}.json`, before: Buffer.from('[1]\n') }])
    const kind = check('Set []', 'all')
    expect(kind.changes).toEqual([
      { path: `${base}.golden`, before: undefined },
      { path: `${base}.json`, before: Buffer.from('[2]\n') },
    ])
    restoreChanges(kind.changes)
    expect(files()).toEqual(['test.1.json'])
    expect(read('test.1.json')).toBe('[2]\n')
    restoreChanges(updated.changes)
    expect(read('test.1.json')).toBe('[1]\n')
    restoreChanges(written.changes)
    expect(files()).toEqual([])
  })

  test('passes when matching and mismatching golden files record no change', () => {
    put('test.1.json', '[]\n')
    expect(check('[]', 'all').changes).toEqual([])
    expect(check('[1]', 'new').changes).toEqual([])
  })
})

describe('checkGolden on a full or read-only disk', () => {
  const full = (code: string): WriteIo => ({
    ...nodeIo,
    openSync: () => {
      throw Object.assign(new Error(`${code}: the disk refused the write`), { code })
    },
  })
  const checkWith = (received: string, mode: GoldenCheck['mode'], io: WriteIo) =>
    checkGolden({ base, received, mode, pending: mode === 'new', root: folder }, io)

  test('fails when a missing golden cannot be written, saying which write failed', () => {
    const outcome = checkWith('{}', 'new', full('ENOSPC'))
    expect(outcome).toMatchObject({
      status: 'missing',
      path: `${base}.json`,
      changes: [],
      writeFailure: { path: `${base}.json`, error: { code: 'ENOSPC' } },
    })
    expect(existsSync(`${base}.json`)).toBe(false)
  })

  test('fails when a mismatch cannot write its pending file, keeping the comparison', () => {
    put('test.1.json', '[1]\n')
    expect(checkWith('[2]', 'new', full('EROFS'))).toMatchObject({
      status: 'mismatch',
      golden: '[1]',
      pendingPath: undefined,
      writeFailure: { path: `${base}.json.new`, error: { code: 'EROFS' } },
    })
    expect(files()).toEqual(['test.1.json'])
  })

  test('fails when update mode cannot rewrite the golden, which stays as it was', () => {
    put('test.1.json', '[1]\n')
    expect(checkWith('[2]', 'all', full('ENOSPC'))).toMatchObject({
      status: 'mismatch',
      golden: '[1]',
      changes: [],
      writeFailure: { path: `${base}.json` },
    })
    expect(read('test.1.json')).toBe('[1]\n')
  })
})
