import { describe, expect, test } from 'vitest'
import { realms } from '../../../../src/idempotent/perturb/realms'

describe('realms', () => {
  test('is the one realm of this process under Vitest, with its prototypes', () => {
    const found = realms()
    expect(found).toHaveLength(1)
    expect(found[0]?.ArrayPrototype).toBe(Array.prototype)
    expect(found[0]?.DatePrototype).toBe(Date.prototype)
    expect(found[0]?.TypedArrayPrototype).toBe(Object.getPrototypeOf(Uint8Array.prototype))
  })
})
