import fc from 'fast-check'
import { expect, test } from 'vitest'
import { cloneDeep } from '../../src/idempotent/cloneDeep'
import { deepEqual } from '../../src/core/equality/deepEqual'

/** Every object reachable from `value`. */
function objectsIn(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || out.has(value)) return out
  out.add(value)
  const children =
    value instanceof Map
      ? [...value].flat()
      : value instanceof Set
        ? [...value]
        : Object.values(value)
  for (const child of children) objectsIn(child, out)
  return out
}

const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.anything({
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withBoxedValues: true,
    }),
    fc.array(tie('value')),
    fc.dictionary(fc.string(), tie('value')),
  ),
})).value

test('cloneDeep gives an equal value that shares no object with its source', () => {
  fc.assert(
    fc.property(data, (value) => {
      const copy = cloneDeep(value)
      expect(deepEqual(copy, value)).toBe(true)
      const original = objectsIn(value)
      for (const object of objectsIn(copy)) expect(original.has(object)).toBe(false)
    }),
  )
})
