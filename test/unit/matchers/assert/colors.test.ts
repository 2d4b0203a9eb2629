import { describe, expect, test } from 'vitest'
import { colorsEnabled, palette } from '../../../../matchers/assert/colors'

const terminal = { isTTY: true, hasColors: () => true }
const pipe = { isTTY: false }

describe('colorsEnabled', () => {
  test('colours a colour terminal only', () => {
    expect(colorsEnabled(terminal, {})).toBe(true)
    expect(colorsEnabled(pipe, {})).toBe(false)
    expect(colorsEnabled(undefined, {})).toBe(false)
    expect(colorsEnabled({ isTTY: true, hasColors: () => false }, {})).toBe(false)
  })

  test('follows FORCE_COLOR before anything else, as Node does', () => {
    expect(colorsEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(colorsEnabled(pipe, { FORCE_COLOR: '' })).toBe(true)
    expect(colorsEnabled(terminal, { FORCE_COLOR: '0' })).toBe(false)
    expect(colorsEnabled(terminal, { FORCE_COLOR: 'false', NO_COLOR: '' })).toBe(false)
    expect(colorsEnabled(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true)
  })

  test('turns colour off for NO_COLOR (not empty), NODE_DISABLE_COLORS and TERM=dumb', () => {
    expect(colorsEnabled(terminal, { NO_COLOR: '1' })).toBe(false)
    expect(colorsEnabled(terminal, { NO_COLOR: '' })).toBe(true)
    expect(colorsEnabled(terminal, { NODE_DISABLE_COLORS: '1' })).toBe(false)
    expect(colorsEnabled(terminal, { TERM: 'dumb' })).toBe(false)
  })
})

describe('palette', () => {
  test('wraps text in the runners colours, or leaves it alone', () => {
    expect(palette(true).expected('x')).toBe('\u001b[32mx\u001b[39m')
    expect(palette(true).received('x')).toBe('\u001b[31mx\u001b[39m')
    expect(palette(false).hunk('x')).toBe('x')
  })
})
