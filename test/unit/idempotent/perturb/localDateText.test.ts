import { describe, expect, test } from 'vitest'
import { isLocalDateText, parseInZone } from '../../../../src/idempotent/perturb/localDateText'
import { zone } from '../../../../src/idempotent/perturb/zonedTime'

describe('localDateText', () => {
  test.each([
    ['2024-03-05T10:30', true],
    ['2024-03-05T10:30:00.000', true],
    ['March 5, 2024 10:30', true],
    ['2024/03/05', true],
    ['2024-03-05', false],
    ['2024-03', false],
    ['2024-03-05T10:30Z', false],
    ['2024-03-05T10:30:00+05:30', false],
    ['Tue Mar 05 2024 10:00:00 GMT+0100 (Central European Standard Time)', false],
    ['Tue, 05 Mar 2024 09:00:00 GMT', false],
    ['March 5, 2024 10:30 PST', false],
  ])('reads %j as local time: %s', (text, local) => {
    expect(isLocalDateText(text)).toBe(local)
  })

  test('parses local text as wall time in the zone', () => {
    expect(parseInZone('2024-03-05T10:30', zone('Asia/Kolkata'))).toBe(Date.UTC(2024, 2, 5, 5, 0))
    expect(parseInZone('not a date', zone('Asia/Kolkata'))).toBeNaN()
  })
})
