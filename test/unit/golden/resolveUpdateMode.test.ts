import { describe, expect, test } from 'vitest'
import { ExpectDeterministicError } from '../../../src/errors'
import { isCI, resolveUpdateMode, writesPending } from '../../../src/golden/resolveUpdateMode'

describe('isCI', () => {
  test.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: 'false' }, false],
    [{ CI: '0' }, false],
    [{ CI: '' }, false],
    [{ GITHUB_ACTIONS: 'true' }, true],
    [{ CI: 'false', GITHUB_ACTIONS: 'true' }, false],
    [{}, false],
  ])('passes when %j gives %s', (env, expected) => {
    expect(isCI(env)).toBe(expected)
  })
})

describe('resolveUpdateMode', () => {
  test('passes when the variable forces a mode over the runner and CI', () => {
    expect(
      resolveUpdateMode(
        { _updateSnapshot: 'none' },
        { EXPECT_DETERMINISTIC_UPDATE: 'all', CI: 'true' },
      ),
    ).toEqual({
      mode: 'all',
      source: 'env',
    })
    expect(
      resolveUpdateMode({ _updateSnapshot: 'all' }, { EXPECT_DETERMINISTIC_UPDATE: 'none' }),
    ).toEqual({ mode: 'none', source: 'env' })
  })

  test("passes when Vitest's public snapshotUpdateState wins over the private field", () => {
    const state = {
      _updateSnapshot: 'new',
      get snapshotUpdateState() {
        return 'all'
      },
    }
    expect(resolveUpdateMode(state, {})).toEqual({ mode: 'all', source: 'runner' })
  })

  test("passes when Jest's _updateSnapshot is read", () => {
    for (const mode of ['all', 'new', 'none'] as const) {
      expect(resolveUpdateMode({ _updateSnapshot: mode }, {})).toEqual({ mode, source: 'runner' })
    }
  })

  test('passes when the runner mode is used even with CI set, because the runner already decided', () => {
    expect(resolveUpdateMode({ _updateSnapshot: 'all' }, { CI: 'true' })).toEqual({
      mode: 'all',
      source: 'runner',
    })
  })

  test('passes when without a runner CI means none and anything else new', () => {
    expect(resolveUpdateMode(undefined, { CI: 'true' })).toEqual({ mode: 'none', source: 'ci' })
    expect(resolveUpdateMode(undefined, {})).toEqual({ mode: 'new', source: 'default' })
    expect(resolveUpdateMode({ _updateSnapshot: 'weird' }, {})).toEqual({
      mode: 'new',
      source: 'default',
    })
  })

  test('passes when an empty variable counts as unset', () => {
    expect(
      resolveUpdateMode({ _updateSnapshot: 'none' }, { EXPECT_DETERMINISTIC_UPDATE: '' }),
    ).toEqual({ mode: 'none', source: 'runner' })
  })

  test('throws when the variable holds an unknown mode', () => {
    expect(() => resolveUpdateMode(undefined, { EXPECT_DETERMINISTIC_UPDATE: 'yes' })).toThrow(
      ExpectDeterministicError,
    )
    expect(() => resolveUpdateMode(undefined, { EXPECT_DETERMINISTIC_UPDATE: 'yes' })).toThrow(
      'EXPECT_DETERMINISTIC_UPDATE must be one of all, new, none, but it is "yes".',
    )
  })
})

describe('writesPending', () => {
  test('passes when pending files are written by default only in new mode', () => {
    expect(writesPending('new', {})).toBe(true)
    expect(writesPending('none', {})).toBe(false)
    expect(writesPending('all', { EXPECT_DETERMINISTIC_PENDING: 'auto' })).toBe(false)
  })

  test('passes when always and never override the mode', () => {
    expect(writesPending('none', { EXPECT_DETERMINISTIC_PENDING: 'always' })).toBe(true)
    expect(writesPending('new', { EXPECT_DETERMINISTIC_PENDING: 'never' })).toBe(false)
  })

  test('throws when the pending variable holds an unknown value', () => {
    expect(() => writesPending('new', { EXPECT_DETERMINISTIC_PENDING: 'yes' })).toThrow(
      /EXPECT_DETERMINISTIC_PENDING must be one of/,
    )
  })
})
