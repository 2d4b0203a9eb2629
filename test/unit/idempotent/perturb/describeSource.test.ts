import { describe, expect, test } from 'vitest'
import { settingOf, SOURCE_WORDS } from '../../../../src/idempotent/perturb/describeSource'
import { PERTURB_SOURCES } from '../../../../src/idempotent/perturb/PerturbSource'

describe('describeSource', () => {
  test('has words for every source', () => {
    expect(Object.keys(SOURCE_WORDS).sort()).toEqual([...PERTURB_SOURCES].sort())
  })

  test('says what a call saw of the locale, the zone and the clock', () => {
    expect(settingOf('locale', 1, 2)).toMatch(/^call 2 ran in 'ar-EG'; the machine's is '.+'$/)
    expect(settingOf('timezone', 1, 2)).toMatch(
      /^call 2 ran in 'Pacific\/(Kiritimati|Pago_Pago)'; the machine's is '.+'$/,
    )
    expect(settingOf('clock', 1, 2)).toMatch(/^call 2 started at (199\d|20[0-2]\d)-\d\d-\d\dT/)
    expect(settingOf('readdir', 1, 2)).toBeUndefined()
  })
})
