import { machineOffset, type Zone } from './zonedTime'

const nativeParse = Date.parse

const ISO_DATE_ONLY = /^[+-]?\d{4,6}(?:-\d{2}(?:-\d{2})?)?$/
const ISO_DATE_TIME = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}/i
const ISO_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i
// What V8's legacy parser reads as a zone: an offset, or a name it knows.
const LEGACY_ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{4}\b|[+-]\d{2}:\d{2}\b)/i

/**
 * Whether `Date.parse` reads `text` as local time: an ISO date-time without an offset, or a
 * non-ISO date without a zone (`'March 7, 2024 10:00'`, `'2024/03/07'`). An ISO date alone
 * (`'2024-03-07'`) is UTC.
 * @example isLocalDateText('2024-03-07T10:00') // true
 * @internal
 */
export function isLocalDateText(text: string): boolean {
  const trimmed = text.trim()
  if (ISO_DATE_ONLY.test(trimmed)) return false
  if (ISO_DATE_TIME.test(trimmed)) return !ISO_ZONE.test(trimmed)
  return !LEGACY_ZONE.test(trimmed)
}

/**
 * `Date.parse(text)` as it would read with `zone` as the default time zone: the runtime parses
 * it in the machine's zone, and the wall time it read is moved into `zone`.
 * @internal
 */
export function parseInZone(text: string, zone: Zone): number {
  const machine = nativeParse(text)
  if (!Number.isFinite(machine)) return NaN
  return zone.instantOf(machine + machineOffset(machine))
}
