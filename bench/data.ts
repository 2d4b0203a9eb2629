/**
 * Generated inputs for the benchmarks. Everything is derived from a seeded PRNG, so every run (and
 * every machine) measures the same data. Keys are inserted in a non-alphabetical order so that
 * canonical serializers have real sorting to do.
 */

/** A small seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CITIES = ['Lisbon', 'Oslo', 'Kyoto', 'Quito', 'Accra', 'Perth', 'Zürich', 'Lima']
const TAGS = ['admin', 'beta', 'billing', 'ops', 'sales', 'support', 'trial', 'vip']
const EPOCH = Date.UTC(2024, 0, 1)

/** A JSON record: 8 fields, a nested object and a small array. */
export interface UserRecord {
  id: number
  name: string
  email: string
  active: boolean
  score: number
  createdAt: string
  address: { street: string; city: string; zip: string; floor: number | null }
  tags: string[]
}

/**
 * `n` JSON records. Numbers are finite and never `-0` (which JSON cannot hold, so it would rightly
 * send the data down the slow path): scores are non-negative by construction.
 */
export function records(n: number, seed = 1): UserRecord[] {
  const random = prng(seed)
  const out: UserRecord[] = []
  for (let i = 0; i < n; i++) {
    const tagCount = 1 + Math.floor(random() * 3)
    const tags: string[] = []
    for (let t = 0; t < tagCount; t++) tags.push(TAGS[Math.floor(random() * TAGS.length)] as string)
    out.push({
      id: i,
      name: `user ${i.toString(36)}`,
      email: `user${i}@example.com`,
      active: random() < 0.7,
      score: Math.round(random() * 100_000) / 100,
      createdAt: new Date(EPOCH + Math.floor(random() * 3e10)).toISOString(),
      address: {
        street: `${1 + Math.floor(random() * 999)} Main St`,
        city: CITIES[Math.floor(random() * CITIES.length)] as string,
        zip: String(10000 + Math.floor(random() * 89999)),
        floor: random() < 0.2 ? null : Math.floor(random() * 30),
      },
      tags,
    })
  }
  return out
}

/**
 * `n` records that JSON cannot represent exactly: every record also holds `-0` or a negative
 * delta, `NaN` or a ratio, and an `undefined` field. This data takes the slow path of
 * `stableStringify`, and JSON-only serializers print it lossily.
 */
export function exoticRecords(n: number, seed = 1): Record<string, unknown>[] {
  return records(n, seed).map((record, i) => ({
    ...record,
    delta: i % 4 === 0 ? -0 : -(i % 7) - 0.5,
    ratio: i % 3 === 0 ? Number.NaN : (i % 11) / 11,
    deletedAt: undefined,
  }))
}

/**
 * `n` entries of Map/Set-heavy data: a Map from user key to an object holding a Set of roles, a
 * Map of settings and a Set of numeric group ids. Entries and members are inserted in a shuffled
 * order. Map keys and Set members are primitives, so that every peer can compare it.
 */
export function mapSetData(n: number, seed = 1): Map<string, unknown> {
  const random = prng(seed)
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j] as number, order[i] as number]
  }
  const out = new Map<string, unknown>()
  for (const i of order) {
    const roles = new Set<string>()
    const roleCount = 1 + Math.floor(random() * 4)
    for (let r = 0; r < roleCount; r++) {
      roles.add(TAGS[Math.floor(random() * TAGS.length)] as string)
    }
    const groups = new Set<number>()
    for (let g = 0; g < 3; g++) groups.add(Math.floor(random() * 500))
    out.set(`key-${i.toString(36)}`, {
      name: `user ${i}`,
      roles,
      settings: new Map<string, unknown>([
        ['theme', random() < 0.5 ? 'dark' : 'light'],
        ['locale', random() < 0.5 ? 'pt-PT' : 'en-GB'],
        ['pageSize', 10 + Math.floor(random() * 90)],
      ]),
      groups,
    })
  }
  return out
}

/**
 * A deep copy with every object's keys, Map entries and Set members inserted in reverse order:
 * equal to the input under any order-insensitive comparison, different in insertion order.
 */
export function reordered<T>(value: T): T {
  return copy(value, true) as T
}

/** A deep copy built separately in the same insertion order: two equal results of one computation. */
export function sameOrderCopy<T>(value: T): T {
  return copy(value, false) as T
}

function copy(value: unknown, reverse: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value
  const flip = <X>(items: X[]): X[] => (reverse ? items.reverse() : items)
  if (Array.isArray(value)) return value.map((item) => copy(item, reverse))
  if (value instanceof Date) return new Date(value.getTime())
  if (value instanceof Map) {
    return new Map(flip([...value].map(([k, v]) => [copy(k, reverse), copy(v, reverse)] as const)))
  }
  if (value instanceof Set) return new Set(flip([...value].map((member) => copy(member, reverse))))
  const out: Record<string, unknown> = {}
  const record = value as Record<string, unknown>
  for (const key of flip(Object.keys(value))) out[key] = copy(record[key], reverse)
  return out
}

/**
 * The same content that JSON-only serializers can handle: Maps become plain objects and Sets
 * become arrays sorted in code-unit order of their JSON text (so the result does not depend on
 * insertion order). Used as the lower bound for Map/Set data.
 */
export function toJsonEquivalent(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(toJsonEquivalent)
  if (value instanceof Map) {
    const out: Record<string, unknown> = {}
    for (const [key, entry] of value) out[String(key)] = toJsonEquivalent(entry)
    return out
  }
  if (value instanceof Set) {
    return [...value]
      .map(toJsonEquivalent)
      .map((member) => [JSON.stringify(member), member] as const)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([, member]) => member)
  }
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value)) out[key] = toJsonEquivalent(entry)
  return out
}

/** A deep copy of JSON data with every object's keys inserted in code-unit order. */
export function sortKeysDeep(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(sortKeysDeep)
  const out: Record<string, unknown> = {}
  const record = value as Record<string, unknown>
  for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep(record[key])
  return out
}

/**
 * A copy of `record` with `key` set to `value`, built property by property as `records` builds
 * its rows. Not `{ ...record, [key]: value }`: V8 gives objects made by a spread that adds a key
 * a layout its inline caches do not keep, so every property read of every JavaScript reader is
 * about 5x slower on them (fast-deep-equal 2.6x slower on such records, measured on Node 20),
 * while the native `JSON.stringify` is unaffected; that would measure the construction, not the
 * values the shape is about. docs/benchmarks.md gives the figures.
 */
function withField(record: object, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(record)) out[name] = field
  out[key] = value
  return out
}

/**
 * The shapes of issue 11: JSON records with a few values JSON cannot hold, as tests really see
 * them. Each keeps the record's 8 fields and adds or changes one.
 */
export const mixedRecords = {
  /** ORM rows: `createdAt` is a Date instead of its ISO text. */
  dates(n: number, seed = 1): Record<string, unknown>[] {
    return records(n, seed).map((record) =>
      withField(record, 'createdAt', new Date(record.createdAt)),
    )
  },
  /** An optional field, present as `undefined` in every other record. */
  optional(n: number, seed = 1): Record<string, unknown>[] {
    return records(n, seed).map((record, i) =>
      withField(record, 'nickname', i % 2 === 0 ? undefined : `nick ${i.toString(36)}`),
    )
  },
  /** A small Map of settings (three primitive entries) in every record. */
  maps(n: number, seed = 1): Record<string, unknown>[] {
    return records(n, seed).map((record, i) =>
      withField(
        record,
        'settings',
        new Map<string, unknown>([
          ['theme', i % 2 === 0 ? 'dark' : 'light'],
          ['pageSize', 10 + (i % 90)],
          ['beta', i % 3 === 0],
        ]),
      ),
    )
  },
  /** Plain JSON but for one `-0`, in the middle record's score. */
  negativeZero(n: number, seed = 1): Record<string, unknown>[] {
    const out = records(n, seed) as unknown as Record<string, unknown>[]
    ;(out[n >> 1] as Record<string, unknown>).score = -0
    return out
  },
}
