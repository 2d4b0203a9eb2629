import { describe, expect, test } from 'vitest'
import { cliColors } from '../../../src/cli/cliColors'

describe('cliColors', () => {
  test('passes when colours follow FORCE_COLOR, NO_COLOR and the terminal', () => {
    expect(cliColors({}, true).added('x')).toBe('\u001b[31mx\u001b[39m')
    expect(cliColors({ NO_COLOR: '1' }, true).added('x')).toBe('x')
    expect(cliColors({ FORCE_COLOR: '1' }, false).removed('x')).toBe('\u001b[32mx\u001b[39m')
    expect(cliColors({ FORCE_COLOR: '0' }, true).added('x')).toBe('x')
    expect(cliColors({}, false).added('x')).toBe('x')
  })
})
