import { describe, expect, test } from 'vitest'
import {
  inTableOrder,
  isPerturbSource,
  PERTURB_SOURCES,
} from '../../../../src/idempotent/perturb/PerturbSource'

describe('PerturbSource', () => {
  test('lists the sources in the table order, and sorts any set into it', () => {
    expect(PERTURB_SOURCES).toEqual([
      'order',
      'async',
      'readdir',
      'sort',
      'clock',
      'random',
      'locale',
      'timezone',
    ])
    expect(inTableOrder(['timezone', 'order', 'sort', 'order'])).toEqual([
      'order',
      'sort',
      'timezone',
    ])
    expect(isPerturbSource('sort')).toBe(true)
    expect(isPerturbSource('shuffle')).toBe(false)
  })
})
