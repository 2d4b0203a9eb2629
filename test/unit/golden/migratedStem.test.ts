import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { goldenStem, sanitizeSegment, shortHash } from '../../../src/golden/goldenStem'
import { migratedStem } from '../../../src/golden/migratedStem'

/** How version 0.1 named goldens: a hash whenever sanitising lost anything, cut at 120. */
function stemOf01(testName: string | undefined, name: string | undefined, index: number) {
  const suffix = name === undefined ? String(index) : sanitizeSegment(name)
  const inTest = testName !== undefined && testName !== ''
  const stem = inTest ? `${sanitizeSegment(testName)}.${suffix}` : suffix
  const lossy =
    (inTest && sanitizeSegment(testName) !== testName) ||
    (name !== undefined && (suffix !== name || /^[0-9]+$/.test(name)))
  if (!lossy && stem.length <= 120) return stem
  const identity = `${testName ?? ''}\u0000${name === undefined ? `#${index}` : `=${name}`}`
  const tag = `~${shortHash(identity)}`
  return `${stem.slice(0, 120 - tag.length)}${tag}`
}

describe('migratedStem', () => {
  test.each([
    ['weekly-report.weekly~ecc73b3744', 'weekly-report.weekly'],
    ['t.1~8c8414bcbc', 't.1'],
    ['plain_name.x', 'plain_name.x'],
    ['3', '3'],
  ])('passes when the 0.1 stem %j becomes %j', (old, now) => {
    expect(migratedStem(old)).toBe(now)
  })

  test('passes when a stem 0.1 cut for length keeps its name', () => {
    const cut = stemOf01('long test name '.repeat(10), 'x', 1)
    expect(migratedStem(cut)).toBe(cut)
  })

  test('passes when every name 0.1 wrote maps to the name written today', () => {
    const part = fc.oneof(
      fc.string({ maxLength: 130 }),
      fc.constantFrom('1', '12', 'a b', 'a-b', 'x'.repeat(107), 'y'.repeat(108), 'z'.repeat(115)),
      fc.stringMatching(/^[A-Za-z0-9_-]{100,125}$/),
    )
    fc.assert(
      fc.property(
        fc.option(part, { nil: undefined }),
        fc.option(part, { nil: undefined }),
        fc.integer({ min: 1, max: 20 }),
        (testName, name, index) => {
          expect(migratedStem(stemOf01(testName, name, index))).toBe(
            goldenStem(testName, name, index),
          )
        },
      ),
      { numRuns: 3000 },
    )
  })
})
