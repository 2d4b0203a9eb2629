import { describe, expect, test } from 'vitest'
import { diffLines } from '../../../../src/core/text/diffLines'

describe('diffLines', () => {
  test('passes when equal texts give no diff', () => {
    expect(diffLines('a\nb', 'a\nb')).toEqual({ text: '', removed: 0, added: 0, cut: false })
  })

  test('prints the labels, a hunk header and context around each change', () => {
    const diff = diffLines(
      '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12',
      '1\n2\nX\n4\n5\n6\n7\n8\n9\n10\nY\n12',
      {
        labels: { removed: 'Golden', added: 'Received' },
      },
    )
    expect(diff.text).toBe(
      [
        '- Golden',
        '+ Received',
        '',
        '@@ -1,6 +1,6 @@',
        '  1',
        '  2',
        '- 3',
        '+ X',
        '  4',
        '  5',
        '  6',
        '@@ -8,5 +8,5 @@',
        '  8',
        '  9',
        '  10',
        '- 11',
        '+ Y',
        '  12',
      ].join('\n'),
    )
    expect(diff).toMatchObject({ removed: 2, added: 2, cut: false })
  })

  test('merges changes whose context overlaps into one hunk', () => {
    const diff = diffLines('a\nb\nc\nd\ne', 'A\nb\nc\nd\nE', { context: 2 })
    expect(diff.text.split('\n').filter((line) => line.startsWith('@@'))).toEqual([
      '@@ -1,5 +1,5 @@',
    ])
  })

  test('colours removed lines, added lines and hunk headers with the given functions', () => {
    const diff = diffLines('a', 'b', {
      colors: {
        removed: (t) => `<r>${t}</r>`,
        added: (t) => `<a>${t}</a>`,
        hunk: (t) => `<h>${t}</h>`,
      },
    })
    expect(diff.text).toBe(
      '<r>- Expected</r>\n<a>+ Received</a>\n\n<h>@@ -1,1 +1,1 @@</h>\n<r>- a</r>\n<a>+ b</a>',
    )
  })

  test('cuts after maxChangedLines changed lines and counts the rest', () => {
    const before = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n')
    const after = Array.from({ length: 1000 }, (_, i) => `LINE ${i}`).join('\n')
    const diff = diffLines(before, after, { maxChangedLines: 4 })
    expect(diff.cut).toBe(true)
    expect(diff.text.split('\n').filter((line) => /^[-+] (line|LINE)/.test(line))).toHaveLength(4)
    expect(
      diff.text.endsWith(
        '… 1996 more changed lines not shown (1000 removed and 1000 added in all)',
      ),
    ).toBe(true)
  })

  test('passes when a trailing newline is the only difference', () => {
    const diff = diffLines('a\nb', 'a\nb\n')
    expect(diff).toMatchObject({ removed: 0, added: 1, cut: false })
    expect(diff.text.endsWith('\n+ ')).toBe(true)
  })
})
