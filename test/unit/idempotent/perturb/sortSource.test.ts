import { describe, expect, test } from 'vitest'
import { checkIdempotent } from '../../../../src/idempotent/checkIdempotent'
import { inCall, sync } from '../../../helpers/perturbation'

const players = [
  { id: 'ana', score: 3 },
  { id: 'ben', score: 1 },
  { id: 'cy', score: 2 },
  { id: 'dee', score: 1 },
]
type Player = (typeof players)[number]

describe('sortSource', () => {
  test('fails when a comparator returns a boolean, naming sort and the line of the sort', () => {
    const rank = (xs: Player[]) =>
      [...xs].sort((a, b) => (a.score > b.score) as unknown as number).map((x) => x.id)
    const result = sync(checkIdempotent(rank, { args: [players], perturb: ['sort'] }))
    expect(result.pass).toBe(false)
    expect(result.causes).toEqual(['sort'])
    expect(result.sites[0]).toMatchObject({
      source: 'sort',
      api: 'Array.prototype.sort',
      location: expect.stringMatching(/sortSource\.test\.ts:16:\d+$/),
    })
  })

  test('fails when a comparator never returns 0', () => {
    const rank = (xs: Player[]) =>
      xs.toSorted((a, b) => (a.score < b.score ? -1 : 1)).map((x) => x.id)
    const result = sync(checkIdempotent(rank, { args: [players], perturb: ['sort'] }))
    expect(result.causes).toEqual(['sort'])
    expect(result.sites[0]?.api).toBe('Array.prototype.toSorted')
  })

  test('passes when the comparator is consistent, with sort, toSorted and typed arrays', () => {
    const rank = (xs: Player[]) => ({
      sorted: [...xs].sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1)).map((x) => x.id),
      stable: xs.toSorted((a, b) => a.score - b.score).map((x) => x.id),
      typed: Array.from(new Float64Array([3, -0, 0, 2, NaN, 1]).sort((a, b) => a - b)),
      copied: Array.from(new Int8Array([3, 1, 2]).toSorted((a, b) => b - a)),
    })
    const result = sync(checkIdempotent(rank, { args: [players], perturb: ['sort'], times: 10 }))
    expect(result.pass).toBe(true)
    expect(result.perturbed.sort).toBe(40)
  })

  test('sorts like the language: holes last, undefined before them, uncompared; array-likes too', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [3, undefined, , 1, 2]
    const compared: unknown[] = []
    const sorted = inCall(['sort'], () =>
      sparse.sort((a, b) => {
        compared.push(a, b)
        return (a as number) - (b as number)
      }),
    ).value
    expect(sorted).toBe(sparse)
    expect(sparse.slice(0, 4)).toEqual([1, 2, 3, undefined])
    expect(3 in sparse).toBe(true)
    expect(4 in sparse).toBe(false)
    expect(compared).not.toContain(undefined)
    const arrayLike = { length: 3, 0: 'b', 1: 'c', 2: 'a' }
    inCall(['sort'], () => Array.prototype.sort.call(arrayLike, (a, b) => (a < b ? -1 : 1)))
    expect(arrayLike).toEqual({ length: 3, 0: 'a', 1: 'b', 2: 'c' })
  })

  test('leaves sorts without a comparator alone and uncounted, and throws for a bad comparator', () => {
    const { value, context } = inCall(['sort'], () => [10, 9, 1].sort())
    expect(value).toEqual([1, 10, 9])
    expect(context.counts.get('sort')).toBeUndefined()
    expect(() => inCall(['sort'], () => [2, 1].sort('x' as never))).toThrow(TypeError)
  })

  test('passes the comparator’s errors through', () => {
    const boom = () => {
      throw new RangeError('no')
    }
    expect(() => inCall(['sort'], () => [2, 1].sort(boom))).toThrow(RangeError)
  })
})
