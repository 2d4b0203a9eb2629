/**
 * What `normalize` puts where a value refers back to one of its own ancestors. `path` is where that
 * ancestor stands, so equal cyclic structures normalize to equal values and nothing loops.
 * Only references to ancestors count as cycles: an object shared by two branches is simply
 * normalized twice.
 *
 * @example
 * const a: Record<string, unknown> = { id: 1 }; a.self = a
 * normalize(a) // { id: 1, self: Circular { path: '$' } }
 * @since 0.1.0
 */
export class Circular {
  /** The printed path of the ancestor this reference points back to. */
  readonly path: string

  constructor(path: string) {
    this.path = path
  }
}
