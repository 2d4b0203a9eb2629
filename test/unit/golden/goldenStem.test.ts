import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  CUT_LENGTH,
  goldenStem,
  MAX_STEM_LENGTH,
  sanitizeSegment,
  shortHash,
} from '../../../src/golden/goldenStem'

describe('sanitizeSegment', () => {
  test.each([
    ['sorts users > by name', 'sorts-users-by-name'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a\\b/c', 'a-b-c'],
    ['..', '_'],
    ['', '_'],
    ['  ', '_'],
    ['nul', '_nul'],
    ['COM1', '_COM1'],
    ['naïve café', 'na-ve-caf'],
    ['tab\tnewline\ncontrol\u0000', 'tab-newline-control'],
    ['keep_under-score', 'keep_under-score'],
  ])('passes when %j becomes %j', (input, output) => {
    expect(sanitizeSegment(input)).toBe(output)
  })

  test('passes when the result only ever holds safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sanitizeSegment(text)).toMatch(/^[A-Za-z0-9_-]+$/)
      }),
    )
  })
})

describe('goldenStem', () => {
  test('passes when a named assertion is the sanitised test name dot name, with no hash', () => {
    expect(goldenStem('weekly report', 'weekly', 1)).toBe('weekly-report.weekly')
    expect(goldenStem('users > sorts', 'admins list', 1)).toBe('users-sorts.admins-list')
  })

  test('passes when an unnamed assertion is the sanitised test name dot counter', () => {
    expect(goldenStem('users sorts', undefined, 3)).toBe('users-sorts.3')
  })

  test('passes when outside a test only the name or counter is used', () => {
    expect(goldenStem(undefined, 'report', 1)).toBe('report')
    expect(goldenStem('', undefined, 2)).toBe('2')
  })

  test('passes when a named assertion in the second test of a name gets .2 after the name', () => {
    expect(goldenStem('same name', 'r', 1, 2)).toBe('same-name.r.2')
    // Unnamed ones keep counting instead, so the occurrence does not change their stem.
    expect(goldenStem('same name', undefined, 4, 2)).toBe('same-name.4')
  })

  test('passes when names that sanitise alike share a stem (the session makes that a conflict)', () => {
    expect(goldenStem('a b', 'x', 1)).toBe(goldenStem('a-b', 'x', 1))
    expect(goldenStem('t', '1', 1)).toBe(goldenStem('t', undefined, 1))
  })

  test('passes when a stem shorter than the cut length is spelled out, and one that long is cut and tagged', () => {
    const short = 'x'.repeat(CUT_LENGTH - 3)
    expect(goldenStem(short, 'a', 1)).toBe(`${short}.a`)
    const exact = 'y'.repeat(CUT_LENGTH - 2)
    expect(goldenStem(exact, 'a', 1)).toBe(`${exact}.a~${shortHash(`${exact}\u0000=a`)}`)
  })

  test('passes when long names are cut to the limit with a hash of the raw input', () => {
    const long = 'x'.repeat(300)
    const stem = goldenStem(long, 'a', 1)
    expect(stem).toHaveLength(MAX_STEM_LENGTH)
    expect(stem.endsWith(`~${shortHash(`${long}\u0000=a`)}`)).toBe(true)
    expect(goldenStem(long, undefined, 3).endsWith(`~${shortHash(`${long}\u0000#3`)}`)).toBe(true)
    expect(goldenStem(long, 'a', 1, 2).endsWith(`~${shortHash(`${long}\u0000=a\u00002`)}`)).toBe(
      true,
    )
  })

  test('passes when no stem is longer than the limit or holds a path separator', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ unit: 'binary', maxLength: 300 }), { nil: undefined }),
        fc.option(fc.string({ unit: 'binary', maxLength: 300 }), { nil: undefined }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 5 }),
        (testName, name, index, occurrence) => {
          const stem = goldenStem(testName, name, index, occurrence)
          expect(stem.length).toBeLessThanOrEqual(MAX_STEM_LENGTH)
          expect(stem).toMatch(/^[A-Za-z0-9_.~-]+$/)
          expect(stem.startsWith('.')).toBe(false)
        },
      ),
    )
  })

  test('passes when distinct long names sharing a prefix get distinct stems', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(a !== b)
        const prefix = 'same prefix '.repeat(20)
        expect(goldenStem(prefix + a, undefined, 1)).not.toBe(goldenStem(prefix + b, undefined, 1))
      }),
    )
  })

  test('passes when a name and a counter never produce the same long stem', () => {
    const long = 'y'.repeat(300)
    expect(goldenStem(long, '1', 1)).not.toBe(goldenStem(long, undefined, 1))
  })

  test('passes when the stem is deterministic', () => {
    expect(goldenStem('a'.repeat(200), 'b', 1)).toBe(goldenStem('a'.repeat(200), 'b', 1))
  })
})
