import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, test } from 'vitest'
import { runCli } from '../../../src/cli/runCli'
import { fakeIo } from './fakeIo'
import { tempFolder } from '../../helpers/tempFolder'

const temp = tempFolder('golden-cli-')

const G = 'src/__golden__/report.test.ts'

beforeEach(() => {
  temp.put('src/report.test.ts', '')
  temp.put(`${G}/weekly.summary.json`, '{\n  "version": 1\n}\n')
  temp.put(`${G}/weekly.summary.json.new`, '{\n  "version": 2\n}\n')
  temp.put(`${G}/weekly.members.golden.new`, 'Set [\n  "ann"\n]\n')
})

describe('expect-deterministic pending', () => {
  test('passes when pending goldens are listed, new ones marked', async () => {
    const io = fakeIo(temp.root)
    expect(await runCli(['pending'], io)).toBe(0)
    expect(io.stdout.join('')).toBe(
      `${G}/weekly.members.golden.new (new)\n${G}/weekly.summary.json.new\n`,
    )
  })

  test('passes when --json lists pending goldens with the paths of their changes', async () => {
    const io = fakeIo(temp.root)
    expect(await runCli(['pending', '--json'], io)).toBe(0)
    expect(JSON.parse(io.stdout.join(''))).toEqual([
      {
        pending: `${G}/weekly.members.golden.new`,
        golden: `${G}/weekly.members.golden`,
        replaces: null,
        changedPaths: [],
      },
      {
        pending: `${G}/weekly.summary.json.new`,
        golden: `${G}/weekly.summary.json`,
        replaces: `${G}/weekly.summary.json`,
        changedPaths: ['$.version'],
      },
    ])
  })
})

describe('expect-deterministic accept and reject', () => {
  test('passes when accept writes the named pending golden and removes the pending file', async () => {
    const io = fakeIo(join(temp.root, 'src'))
    expect(await runCli(['accept', '__golden__/report.test.ts/weekly.summary.json.new'], io)).toBe(
      0,
    )
    expect(temp.read(`${G}/weekly.summary.json`)).toBe('{\n  "version": 2\n}\n')
    expect(temp.has(`${G}/weekly.summary.json.new`)).toBe(false)
    expect(temp.has(`${G}/weekly.members.golden.new`)).toBe(true)
  })

  test('passes when a golden file names its pending file, and accept without files takes all', async () => {
    expect(await runCli(['reject', `${G}/weekly.summary.json`], fakeIo(temp.root))).toBe(0)
    expect(temp.read(`${G}/weekly.summary.json`)).toBe('{\n  "version": 1\n}\n')
    expect(temp.has(`${G}/weekly.summary.json.new`)).toBe(false)
    expect(await runCli(['accept'], fakeIo(temp.root))).toBe(0)
    expect(temp.read(`${G}/weekly.members.golden`)).toBe('Set [\n  "ann"\n]\n')
  })

  test('passes when accepting a value that changed kind removes the golden of the other extension', async () => {
    temp.put(`${G}/weekly.summary.golden.new`, 'Map {}\n')
    rmSync(join(temp.root, `${G}/weekly.summary.json.new`))
    expect(await runCli(['accept', `${G}/weekly.summary.golden.new`], fakeIo(temp.root))).toBe(0)
    expect(temp.has(`${G}/weekly.summary.json`)).toBe(false)
    expect(temp.read(`${G}/weekly.summary.golden`)).toBe('Map {}\n')
  })

  test.each([
    ['a file outside the project', '../outside.json.new'],
    ['a file outside any golden folder', 'src/report.test.ts'],
    ['a golden without a pending file', `${G}/none.json`],
    ['a pending file that does not exist', `${G}/none.json.new`],
  ])('fails with exit code 2 for %s, touching nothing', async (_, file) => {
    const io = fakeIo(temp.root)
    expect(await runCli(['accept', file], io)).toBe(2)
    expect(io.stderr.join('')).toMatch(/^expect-deterministic: /)
    expect(temp.read(`${G}/weekly.summary.json`)).toBe('{\n  "version": 1\n}\n')
  })

  test('fails with exit code 2 for a golden folder that links outside the project', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'golden-outside-'))
    try {
      mkdirSync(join(outside, 'x.test.ts'))
      writeFileSync(join(outside, 'x.test.ts/t.json.new'), '1\n')
      symlinkSync(join(outside, 'x.test.ts'), join(temp.root, 'src/__golden__/x.test.ts'))
      expect(
        await runCli(['accept', 'src/__golden__/x.test.ts/t.json.new'], fakeIo(temp.root)),
      ).toBe(2)
      expect(existsSync(join(outside, 'x.test.ts/t.json'))).toBe(false)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test('fails with exit code 1 when a pending file is not a valid golden, leaving the golden', async () => {
    temp.put(`${G}/weekly.summary.json.new`, '{ broken\n')
    const io = fakeIo(temp.root)
    expect(await runCli(['accept', `${G}/weekly.summary.json.new`], io)).toBe(1)
    expect(io.stderr.join('')).toContain('is not valid JSON')
    expect(temp.read(`${G}/weekly.summary.json`)).toBe('{\n  "version": 1\n}\n')
  })
})

describe('expect-deterministic review', () => {
  test('passes when answers from a pipe accept one and reject the other, after showing paths and diff', async () => {
    const io = fakeIo(temp.root, ['r', 'a'])
    expect(await runCli(['review'], io)).toBe(0)
    const out = io.stdout.join('')
    expect(out).toContain(`[1/2] ${G}/weekly.members.golden.new\n  a new golden:`)
    expect(out).toContain('+ Set [')
    expect(out).toContain(
      `[2/2] ${G}/weekly.summary.json.new\n  replaces ${G}/weekly.summary.json\n  changed at $.version`,
    )
    expect(out).toContain('-   "version": 1\n+   "version": 2')
    expect(out).toContain('Accepted 1, rejected 1, skipped 0.')
    expect(temp.has(`${G}/weekly.members.golden`)).toBe(false)
    expect(temp.read(`${G}/weekly.summary.json`)).toBe('{\n  "version": 2\n}\n')
  })

  test('passes when A accepts every later one and the end of input skips the rest', async () => {
    expect(await runCli(['review'], fakeIo(temp.root, ['A']))).toBe(0)
    expect(temp.has(`${G}/weekly.members.golden`)).toBe(true)
    expect(temp.read(`${G}/weekly.summary.json`)).toBe('{\n  "version": 2\n}\n')
    temp.put(`${G}/weekly.summary.json.new`, '3\n')
    const io = fakeIo(temp.root, [])
    expect(await runCli(['review'], io)).toBe(0)
    expect(io.stdout.join('')).toContain('Accepted 0, rejected 0, skipped 1.')
    expect(temp.has(`${G}/weekly.summary.json.new`)).toBe(true)
  })

  test('fails with exit code 2 on an answer that is not one, from a pipe', async () => {
    const io = fakeIo(temp.root, ['yes'])
    expect(await runCli(['review'], io)).toBe(2)
    expect(io.stderr.join('')).toBe('"yes" is not an answer: use a, r, s, A, R or S.\n')
  })

  test('passes when at a terminal a wrong key asks again', async () => {
    const io = fakeIo(temp.root, ['x', 's', 'S'], true)
    expect(await runCli(['review'], io)).toBe(0)
    expect(io.stdout.join('')).toContain('"x" is not an answer.')
  })
})

describe('expect-deterministic help and errors', () => {
  test('passes when --help prints the usage', async () => {
    const io = fakeIo(temp.root)
    expect(await runCli(['--help'], io)).toBe(0)
    expect(io.stdout.join('')).toMatch(/^Usage: expect-deterministic <command>/)
  })

  test('fails with exit code 2 when the root is not a folder', async () => {
    const io = fakeIo(temp.root)
    expect(await runCli(['pending', '--root', 'nowhere'], io)).toBe(2)
    expect(io.stderr.join('')).toContain('is not a folder')
  })
})
