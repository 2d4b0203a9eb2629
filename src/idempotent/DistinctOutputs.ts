import type { CanonicalSnapshot } from './canonicalSnapshot'

/**
 * One snapshot per distinct output: a call whose output equals an earlier one keeps a reference
 * to that one's snapshot and lets its own go, so memory grows with the number of distinct
 * outputs, not with the number of calls (issue 11: `toBeIdempotent(1000)` of a function
 * returning the same 10 MB string keeps one copy). Outputs with canonical text are found by text
 * in a map; the others are compared with `same`, one representative at a time.
 * @internal
 */
export class DistinctOutputs {
  private readonly byText = new Map<string, CanonicalSnapshot>()
  private readonly untexted: CanonicalSnapshot[] = []
  private count = 0

  constructor(
    private readonly same: (a: CanonicalSnapshot, b: CanonicalSnapshot) => boolean,
    /** Whether `same` is a custom equality, which may call outputs of different text equal. */
    private readonly customEquality: boolean,
  ) {}

  /** How many distinct outputs were seen. */
  get size(): number {
    return this.count
  }

  /**
   * The snapshot that stands for `snapshot`'s output: an earlier equal one, or `snapshot` itself
   * when its output is new. Equal canonical text means equal outputs under any equality; when
   * the text differs, outputs may still be equal under custom equality, so those are compared.
   */
  representative(snapshot: CanonicalSnapshot): CanonicalSnapshot {
    if (snapshot.text !== undefined) {
      const known = this.byText.get(snapshot.text)
      if (known !== undefined) return known
    }
    for (const candidate of this.candidates(snapshot)) {
      if (this.same(candidate, snapshot)) return candidate
    }
    this.count++
    if (snapshot.text !== undefined) this.byText.set(snapshot.text, snapshot)
    else this.untexted.push(snapshot)
    return snapshot
  }

  /** The representatives `snapshot` could equal without sharing its text. */
  private *candidates(snapshot: CanonicalSnapshot): Iterable<CanonicalSnapshot> {
    yield* this.untexted
    // Two texts that differ are two different JSON values, unless custom equality says otherwise.
    if (snapshot.text === undefined || this.customEquality) yield* this.byText.values()
  }
}
