import { runInThisContext } from 'node:vm'

/**
 * The prototypes of one realm that the sources patch.
 * @internal
 */
export interface Realm {
  readonly ArrayPrototype: object
  readonly DatePrototype: object
  /** `%TypedArray%.prototype`, where typed arrays' `sort` and `toSorted` live. */
  readonly TypedArrayPrototype: object
}

// Taken when the library loads, before any source replaced `Date`.
const here: Realm = {
  ArrayPrototype: Array.prototype,
  DatePrototype: Date.prototype,
  TypedArrayPrototype: Object.getPrototypeOf(Uint8Array.prototype) as object,
}

let outer: Realm | null | undefined

/**
 * The realm this library runs in, and Node's main realm when that is another one. Jest runs
 * tests in a `vm` context: code there uses the context's `Array` and `Date`, but what Node's own
 * modules return (the array of `fs.readdirSync`, the `Date`s of `fs.statSync`) belongs to the
 * main realm, so a patch of the context's prototypes alone would miss them.
 * @example realms().length // 1 under Vitest and plain Node, 2 under Jest
 * @internal
 */
export function realms(): readonly Realm[] {
  if (outer === undefined) {
    try {
      outer = runInThisContext(
        '({ ArrayPrototype: Array.prototype, DatePrototype: Date.prototype, ' +
          'TypedArrayPrototype: Object.getPrototypeOf(Uint8Array.prototype) })',
      ) as Realm
    } catch {
      // Code generation from strings may be disallowed: the main realm is then out of reach.
      outer = null
    }
  }
  return outer === null || outer.ArrayPrototype === here.ArrayPrototype ? [here] : [here, outer]
}
