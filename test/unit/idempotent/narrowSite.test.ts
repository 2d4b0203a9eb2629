import { describe, expect, test } from 'vitest'
import { canonicalSnapshot } from '../../../src/idempotent/canonicalSnapshot'
import { deepEqual } from '../../../src/core/equality/deepEqual'
import { drive } from '../../../src/idempotent/maybeAsync'
import { narrowSite } from '../../../src/idempotent/narrowSite'
import { PerturbSession } from '../../../src/idempotent/perturb/PerturbSession'
import { readIdempotentOptions } from '../../../src/idempotent/readIdempotentOptions'

/** Sorts ten lists of ties; only the seventh comparator is broken (it never returns 0). */
function sortMany(): string[][] {
  const lists: string[][] = []
  for (let i = 0; i < 10; i++) {
    const ties = [
      { id: 'a', k: 1 },
      { id: 'b', k: 1 },
      { id: 'c', k: 0 },
    ]
    const broken = i === 6
    lists.push(
      ties.sort(broken ? (x, y) => (x.k > y.k ? 1 : -1) : (x, y) => x.k - y.k).map((t) => t.id),
    )
  }
  return lists
}

function narrow(fn: () => unknown, sites: number) {
  const plan = readIdempotentOptions({ perturb: ['sort'], seed: 4 })
  const session = PerturbSession.open(4)
  try {
    session.install(['sort'])
    const baseline = canonicalSnapshot(fn(), {})
    return drive(
      narrowSite({
        setup: {
          fn: fn as never,
          plan,
          equals: deepEqual,
          session,
          experiment: { perturbed: new Set(['sort']), held: new Set() },
        },
        source: 'sort',
        call: 2,
        sites,
        baseline,
      }),
    )
  } finally {
    session.close()
  }
}

describe('narrowSite', () => {
  test('bisects down to the one site whose perturbation changes the output, with its location', () => {
    expect(narrow(sortMany, 10)).toMatchObject({
      source: 'sort',
      api: 'Array.prototype.sort',
      call: 2,
      site: 6,
      through: undefined,
      location: expect.stringMatching(/narrowSite\.test\.ts:20:\d+$/),
    })
  })

  test('reports the smallest range when no single site changes the output alone', () => {
    // Each sort reverses its pair when perturbed; the output changes only when both do.
    const both = () => {
      const first = ['x', 'y'].sort(() => 1)[0] === 'y'
      const second = ['x', 'y'].sort(() => 1)[0] === 'y'
      return first && second
    }
    expect(narrow(both, 2)).toMatchObject({ site: 0, through: 1, api: 'Array.prototype.sort' })
  })

  test('finds nothing when there are no sites, or perturbing them changes nothing', () => {
    expect(narrow(() => [2, 1].sort((a, b) => a - b), 0)).toBeUndefined()
    expect(narrow(() => [2, 1].sort((a, b) => a - b), 1)).toBeUndefined()
  })
})
