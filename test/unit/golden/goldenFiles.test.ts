import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { displayPath, goldenExtension, goldenFileKind } from '../../../src/golden/goldenFiles'

describe('goldenExtension', () => {
  test('passes when JSON text gets .json and notation gets .golden', () => {
    expect(goldenExtension('{\n  "a": [1]\n}')).toBe('.json')
    expect(goldenExtension('"text"')).toBe('.json')
    expect(goldenExtension('Set [\n  1\n]')).toBe('.golden')
    expect(goldenExtension('undefined')).toBe('.golden')
  })
})

describe('goldenFileKind', () => {
  test.each([
    ['t.summary.json', { stem: 't.summary', extension: '.json', pending: false }],
    ['t.1.golden', { stem: 't.1', extension: '.golden', pending: false }],
    ['t.summary.json.new', { stem: 't.summary', extension: '.json', pending: true }],
    ['t.1.golden.new', { stem: 't.1', extension: '.golden', pending: true }],
  ])('passes when %j is read as a golden or pending file', (name, kind) => {
    expect(goldenFileKind(name)).toEqual(kind)
  })

  test.each(['.t.json.123-1-0.tmp', '.hidden.json', 'README.md', '.json', 'x.new', 'x.txt.new'])(
    'passes when %j is not a golden file',
    (name) => {
      expect(goldenFileKind(name)).toBeUndefined()
    },
  )
})

describe('displayPath', () => {
  test('passes when paths inside the root are relative with forward slashes', () => {
    expect(displayPath(join('/p', 'a', 'b.json'), '/p')).toBe('a/b.json')
  })

  test('passes when paths outside the root stay absolute', () => {
    expect(displayPath('/q/b.json', '/p')).toBe('/q/b.json')
  })
})
