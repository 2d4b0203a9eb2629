import type { Site, SiteLookup } from './CallPerturbation'
import type { Patcher } from './Patcher'
import { realms } from './realms'
import { callRandom } from './siteRandom'

// Locales whose numbers, dates and collation differ from English and from each other:
// Arabic-Indic digits (ar-EG), a comma decimal (de), å/ä/ö sorted after z (sv), a dotted and a dotless i
// (tr), Devanagari grouping (hi-IN), Japanese dates, an apostrophe as group separator (de-CH),
// the Buddhist calendar (th-TH).
const CANDIDATES = ['ar-EG', 'de-DE', 'sv-SE', 'tr-TR', 'hi-IN', 'ja-JP', 'de-CH', 'th-TH']

const DEFAULT_LOCALE = new Intl.DateTimeFormat().resolvedOptions().locale
const language = (locale: string): string => locale.split('-')[0] as string

/** The candidates this runtime supports, without the machine's own language. */
const LOCALES: readonly string[] = Intl.NumberFormat.supportedLocalesOf(CANDIDATES).filter(
  (locale) => language(locale) !== language(DEFAULT_LOCALE),
)

// Call 2 gets the locale that changes the most: other digits in numbers and dates alike.
const FIRST = LOCALES[0] as string
const ROTATION = LOCALES.slice(1)

/**
 * The default locale that call `variant` sees: call 2 the one that changes the most (Arabic-Indic
 * digits, or a comma decimal on an Arabic-speaking machine), later calls rotate through the others
 * from a seeded start, so two perturbed calls in a row never share one.
 * @example localeOf(1234, 1) // 'ar-EG'
 * @internal
 */
export function localeOf(seed: number, variant: number): string {
  if (variant === 1 || ROTATION.length === 0) return FIRST ?? 'en-US'
  const start = callRandom(seed, 0, 'locale').nextInt(ROTATION.length)
  return ROTATION[(start + variant - 2) % ROTATION.length] as string
}

/** The machine's default locale, for messages. @internal */
export const machineLocale = DEFAULT_LOCALE

/** Whether `locales` asks for the default locale (left out, or an empty list). */
function isDefault(locales: unknown): boolean {
  return locales === undefined || (Array.isArray(locales) && locales.length === 0)
}

/** The locale to put in place of a default at this site, or `undefined` to leave it. */
function substitute(site: Site | undefined): string | undefined {
  return site?.mode === 'perturb' ? localeOf(site.seed, site.variant) : undefined
}

type Method = (this: unknown, ...args: unknown[]) => unknown

/**
 * Patches `method` of `target` so that a call whose argument `position` asks for the default
 * locale gets the call's locale there instead.
 */
function patchMethod(
  patcher: Patcher,
  site: SiteLookup,
  target: object,
  key: string,
  api: string,
  position: number,
): void {
  if (typeof (target as Record<string, unknown>)[key] !== 'function') return
  patcher.replace<Method>(
    target,
    key,
    api,
    (original) =>
      function localized(this: unknown, ...args: unknown[]) {
        // A call that names its locale is counted (the calls reached the source) but left alone.
        const locale = substitute(site('locale', api))
        if (locale === undefined || !isDefault(args[position]))
          return Reflect.apply(original, this, args)
        const given = args.slice()
        given[position] = locale
        return Reflect.apply(original, this, given)
      },
  )
}

const INTL = [
  'Collator',
  'DateTimeFormat',
  'NumberFormat',
  'PluralRules',
  'RelativeTimeFormat',
  'ListFormat',
  'DisplayNames',
  'Segmenter',
  'DurationFormat',
]

/**
 * The `'locale'` source: code that leaves the locale to the platform gets another one in each
 * perturbed call. Calls that name a locale are left alone (and counted as reached). Patches the `Intl` constructors,
 * `toLocaleString` of numbers, BigInts and Dates (and `toLocaleDateString`,
 * `toLocaleTimeString`), `String.prototype.localeCompare`, `toLocaleUpperCase` and
 * `toLocaleLowerCase`.
 * @internal
 */
export function installLocale(patcher: Patcher, site: SiteLookup): void {
  const intl = Intl as unknown as Record<string, unknown>
  for (const name of INTL) {
    const current = intl[name]
    if (typeof current !== 'function') continue
    const api = `Intl.${name}`
    const localize = (args: unknown[]): unknown[] => {
      const locale = substitute(site('locale', api))
      return locale === undefined || !isDefault(args[0]) ? args : [locale, ...args.slice(1)]
    }
    const proxy = new Proxy(current as new (...args: unknown[]) => object, {
      construct: (target, args, newTarget) => Reflect.construct(target, localize(args), newTarget),
      apply: (target, thisArg, args) => Reflect.apply(target as never, thisArg, localize(args)),
    })
    patcher.replace(intl, name, api, () => proxy)
  }
  patchMethod(
    patcher,
    site,
    Number.prototype,
    'toLocaleString',
    'Number.prototype.toLocaleString',
    0,
  )
  patchMethod(
    patcher,
    site,
    BigInt.prototype,
    'toLocaleString',
    'BigInt.prototype.toLocaleString',
    0,
  )
  patchMethod(patcher, site, String.prototype, 'localeCompare', 'String.prototype.localeCompare', 1)
  patchMethod(
    patcher,
    site,
    String.prototype,
    'toLocaleUpperCase',
    'String.prototype.toLocaleUpperCase',
    0,
  )
  patchMethod(
    patcher,
    site,
    String.prototype,
    'toLocaleLowerCase',
    'String.prototype.toLocaleLowerCase',
    0,
  )
  for (const realm of realms()) {
    for (const key of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
      patchMethod(patcher, site, realm.DatePrototype, key, `Date.prototype.${key}`, 0)
    }
  }
}
