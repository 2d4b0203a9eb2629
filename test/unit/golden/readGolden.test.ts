import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { decodeGolden, readGolden } from '../../../src/golden/readGolden'

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'golden-read-'))
})
afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

describe('readGolden', () => {
  test('passes when the preferred extension is read first, keeping the bytes on disk', () => {
    writeFileSync(join(folder, 't.json'), '[1]\r\n')
    writeFileSync(join(folder, 't.golden'), 'Set []\n')
    expect(readGolden(join(folder, 't'), '.golden', folder)).toEqual({
      path: join(folder, 't.golden'),
      text: 'Set []',
      bytes: Buffer.from('Set []\n'),
    })
    expect(readGolden(join(folder, 't'), '.json', folder)).toMatchObject({
      text: '[1]',
      bytes: Buffer.from('[1]\r\n'),
    })
  })

  test('passes when neither file exists', () => {
    expect(readGolden(join(folder, 'none'), '.json', folder)).toBeUndefined()
  })
})

describe('decodeGolden', () => {
  test.each([
    ['is empty', '\n'],
    ['contains merge-conflict markers', 'a\n=======\nb\n'],
    ['is not valid JSON', '{'],
  ])('throws CORRUPT_GOLDEN when the file %s', (problem, text) => {
    expect(() => decodeGolden(join(folder, 'x.json'), '.json', Buffer.from(text), folder)).toThrow(
      expect.objectContaining({
        code: 'CORRUPT_GOLDEN',
        message: expect.stringContaining(problem),
      }),
    )
  })
})
