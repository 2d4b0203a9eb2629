import { spawnSync } from 'node:child_process'
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
import { nodeIo, writeAtomic, type WriteIo } from '../../../src/golden/writeAtomic'
import {
  checkGolden,
  displayPath,
  goldenExtension,
  type GoldenCheck,
} from '../../../src/golden/checkGolden'

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

describe('goldenExtension', () => {
  test('passes when JSON text gets .json and notation gets .golden', () => {
    expect(goldenExtension('{\n  "a": [1]\n}')).toBe('.json')
    expect(goldenExtension('"text"')).toBe('.json')
    expect(goldenExtension('Set [\n  1\n]')).toBe('.golden')
    expect(goldenExtension('undefined')).toBe('.golden')
  })
})

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
})

describe('writeAtomic', () => {
  test('passes when the file is created with its folder and no temporary file remains', () => {
    writeAtomic(join(folder, 'a', 'b', 'g.json'), 'x\n')
    expect(readFileSync(join(folder, 'a', 'b', 'g.json'), 'utf8')).toBe('x\n')
    expect(readdirSync(join(folder, 'a', 'b'))).toEqual(['g.json'])
  })

  test('passes when short writes are continued until every byte is written', () => {
    const io: WriteIo = {
      ...nodeIo,
      writeSync: (fd, buffer, offset, length) =>
        nodeIo.writeSync(fd, buffer, offset, Math.min(length, 3)),
    }
    writeAtomic(join(folder, 'g.json'), 'héllo wörld\n', io)
    expect(readFileSync(join(folder, 'g.json'), 'utf8')).toBe('héllo wörld\n')
  })

  test('fails when a write dies half-way: the old golden stays intact and the temporary file is removed', () => {
    const path = join(folder, 'g.json')
    writeFileSync(path, 'old\n')
    const io: WriteIo = {
      ...nodeIo,
      writeSync: (fd, buffer, offset) => {
        nodeIo.writeSync(fd, buffer, offset, 2)
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
    }
    expect(() => writeAtomic(path, 'new content\n', io)).toThrow('ENOSPC')
    expect(readFileSync(path, 'utf8')).toBe('old\n')
    expect(readdirSync(folder)).toEqual(['g.json'])
  })

  test('fails when the process is killed mid-write: the old golden stays intact', () => {
    const path = join(folder, 'g.json')
    writeFileSync(path, 'old\n')
    // A real crash: a child process writes half of the text, then SIGKILLs itself.
    const script = `
      import { writeAtomic, nodeIo } from ${JSON.stringify(new URL('../../../src/golden/writeAtomic.ts', import.meta.url).href)}
      writeAtomic(${JSON.stringify(path)}, 'x'.repeat(100000), {
        ...nodeIo,
        writeSync: (fd, buffer, offset) => { nodeIo.writeSync(fd, buffer, offset, 50000); process.kill(process.pid, 'SIGKILL'); return 0 },
      })`
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    )
    expect(child.signal).toBe('SIGKILL')
    expect(readFileSync(path, 'utf8')).toBe('old\n')
    const leftovers = readdirSync(folder).filter((f) => f !== 'g.json')
    expect(leftovers).toHaveLength(1)
    expect(leftovers[0]).toMatch(/^\.g\.json\.\d+-\d+\.tmp$/)
    expect(readFileSync(join(folder, leftovers[0] as string), 'utf8')).toHaveLength(50000)
  })
})

describe('displayPath', () => {
  test('passes when paths inside the root are relative with forward slashes', () => {
    expect(displayPath(join(folder, 'a', 'b.json'), folder)).toBe('a/b.json')
  })
})
