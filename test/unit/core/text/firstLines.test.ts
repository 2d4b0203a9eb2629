import { describe, expect, test } from 'vitest'
import { firstLines } from '../../../../src/core/text/firstLines'

describe('firstLines', () => {
  test.each<[string, number, string]>([
    ['a\nb\nc', 2, 'a\nb'],
    ['a\nb\nc', 3, 'a\nb\nc'],
    ['a\nb\nc', 9, 'a\nb\nc'],
    ['a\n\nc', 2, 'a\n'],
    ['', 1, ''],
    ['abc', 0, ''],
  ])('cuts %j after %i lines', (text, lines, expected) => {
    expect(firstLines(text, lines)).toBe(expected)
  })
})
