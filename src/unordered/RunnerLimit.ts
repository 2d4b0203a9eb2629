/**
 * How many multisets may nest inside one another while the runner's `equals` compares them:
 * each level costs the runner's recursion a dozen stack frames or more, and a thousand levels
 * can exhaust it.
 * Deeper data is compared by the library (see `compareLoosely`).
 * @internal
 */
export const RUNNER_NESTING = 200

/**
 * Thrown when one way of comparing cannot go on, so the caller switches to the other: `deep`
 * when multisets nest past `RUNNER_NESTING` under the runner's `equals`, `asymmetric` when the
 * library's own comparison meets an asymmetric matcher, which only the runner can apply.
 * @internal
 */
export class RunnerLimit extends Error {
  constructor(readonly reason: 'deep' | 'asymmetric') {
    super(
      reason === 'deep'
        ? `multisets nest more than ${RUNNER_NESTING} levels deep`
        : 'an asymmetric matcher needs the runner',
    )
  }
}
