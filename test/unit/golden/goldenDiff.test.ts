import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { diffLines } from '../../../src/core/text/diffLines'
import { commonPrefix, countLines, goldenDiff } from '../../../src/golden/goldenDiff'

const numbered = (n: number, change: (i: number) => string = (i) => `line ${i}`) =>
  Array.from({ length: n }, (_, i) => change(i)).join('\n')

describe('goldenDiff', () => {
  test('passes when equal texts give no diff', () => {
    expect(goldenDiff('a', 'a')).toEqual({ text: '', cut: false })
  })

  test('passes when it prints what diffLines prints for the whole texts, whenever the change is small', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', '{', '}', '  "k": 1', ''), {
      maxLength: 40,
    })
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const before = a.join('\n')
        const after = b.join('\n')
        expect(goldenDiff(before, after).text).toBe(diffLines(before, after).text)
      }),
      { numRuns: 500 },
    )
  })

  test('passes when one change deep in a long text keeps the line numbers of the whole text', () => {
    const before = numbered(200_000)
    const after = numbered(200_000, (i) => (i === 150_000 ? 'changed' : `line ${i}`))
    const diff = goldenDiff(before, after, { labels: { removed: 'Golden', added: 'Received' } })
    expect(diff).toEqual({
      text: [
        '- Golden',
        '+ Received',
        '',
        '@@ -149998,7 +149998,7 @@',
        '  line 149997',
        '  line 149998',
        '  line 149999',
        '- line 150000',
        '+ changed',
        '  line 150001',
        '  line 150002',
        '  line 150003',
      ].join('\n'),
      cut: false,
    })
  })

  test('passes when a change of most lines of a long text stops after 200 changed lines and says how long the texts are', () => {
    const before = numbered(100_000)
    const after = numbered(100_001, (i) => `LINE ${i}`)
    const diff = goldenDiff(before, after)
    expect(diff.cut).toBe(true)
    expect(diff.text.split('\n').filter((line) => /^[-+] (line|LINE)/.test(line))).toHaveLength(200)
    expect(
      diff.text.endsWith(
        '… the diff stops after 200 changed lines; the golden has 100000 lines, the received text 100001',
      ),
    ).toBe(true)
  })

  test('passes when the hunk colour is applied after the line numbers are set', () => {
    const before = `${numbered(10)}\nx`
    const after = `${numbered(10)}\ny`
    const colors = {
      removed: (t: string) => t,
      added: (t: string) => t,
      hunk: (t: string) => `<${t}>`,
    }
    expect(goldenDiff(before, after, { colors }).text).toContain('<@@ -8,4 +8,4 @@>')
  })
})

describe('commonPrefix and countLines', () => {
  test('passes when the common prefix is found across slice boundaries', () => {
    const long = 'x'.repeat(200_000)
    expect(commonPrefix(`${long}a`, `${long}b`)).toBe(200_000)
    expect(commonPrefix('abc', 'abc')).toBe(3)
    expect(commonPrefix('', 'a')).toBe(0)
  })

  test('passes when line breaks are counted in a range', () => {
    expect(countLines('a\nb\nc', 0, 5)).toBe(2)
    expect(countLines('a\nb\nc', 2, 5)).toBe(1)
    expect(countLines('abc', 0, 3)).toBe(0)
  })
})
