import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { localeOf, machineLocale } from '../../../../src/idempotent/perturb/localeSource'
import { inCall, sync } from '../../../helpers/perturbation'

describe('localeSource', () => {
  test('fails when a number is formatted in the default locale, naming locale', () => {
    const label = (n: number) => n.toLocaleString()
    const result = sync(checkIdempotent(label, { args: [1234567.5], perturb: ['locale'] }))
    expect(result.causes).toEqual(['locale'])
    expect(result.sites[0]).toMatchObject({ api: 'Number.prototype.toLocaleString' })
  })

  test('fails when names are sorted with the default collation', () => {
    const byName = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b))
    const result = sync(
      checkIdempotent(byName, {
        args: [['zoe', 'ärla', 'ida', 'Ivo']],
        perturb: ['locale'],
        times: 9,
      }),
    )
    expect(result.causes).toEqual(['locale'])
  })

  test('passes when the locale is named, and counts those calls as reached', () => {
    const label = (n: number, names: string[]) => ({
      n: n.toLocaleString('en-US'),
      sorted: [...names].sort((a, b) => a.localeCompare(b, 'en')),
      date: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0),
      upper: 'i'.toLocaleUpperCase('en-US'),
    })
    const result = sync(checkIdempotent(label, { args: [1234.5, ['b', 'a']], perturb: ['locale'] }))
    expect(result.pass).toBe(true)
    expect(result.perturbed.locale).toBeGreaterThanOrEqual(20)
  })

  test('gives every perturbed call another locale, never the machine’s language', () => {
    const locales = [1, 2, 3, 4].map((call) => localeOf(7, call))
    expect(locales[0]).toBe('ar-EG')
    expect(new Set(locales).size).toBe(4)
    for (const locale of locales) expect(locale.split('-')[0]).not.toBe(machineLocale.split('-')[0])
  })

  test('reaches Intl constructors, called with or without new, and the locale-sensitive methods', () => {
    const locale = localeOf(1234, 1)
    const { value } = inCall(['locale'], () => ({
      resolved: new Intl.NumberFormat().resolvedOptions().locale,
      called: Intl.DateTimeFormat().resolvedOptions().locale,
      plural: new Intl.PluralRules().resolvedOptions().locale,
      number: (1234.5).toLocaleString(),
      big: 12345n.toLocaleString(),
      date: new Date(0).toLocaleDateString(undefined, { timeZone: 'UTC' }),
      isIntl: new Intl.Collator() instanceof Intl.Collator,
    }))
    expect(value).toEqual({
      resolved: locale,
      called: locale,
      plural: new Intl.PluralRules(locale).resolvedOptions().locale,
      number: (1234.5).toLocaleString(locale),
      big: 12345n.toLocaleString(locale),
      date: new Date(0).toLocaleDateString(locale, { timeZone: 'UTC' }),
      isIntl: true,
    })
  })

  test('changes toLocaleUpperCase in Turkish', () => {
    const upper = [1, 2, 3, 4, 5, 6, 7].map(
      (call) => inCall(['locale'], () => 'i'.toLocaleUpperCase(), { call }).value,
    )
    const turkish = [1, 2, 3, 4, 5, 6, 7].findIndex((call) => localeOf(1234, call) === 'tr-TR')
    expect(upper[turkish]).toBe('İ')
  })
})
