import { IDENTIFIER } from './parsePath'
import type { PathStep } from './pathStep'

/**
 * Prints one step the way `formatPath` would append it.
 * @since 0.1.0
 */
export function formatStep(step: PathStep): string {
  if (typeof step === 'number') return `[${step}]`
  if (typeof step === 'string') {
    return IDENTIFIER.test(step)
      ? `.${step}`
      : `['${step.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
  }
  if (typeof step === 'symbol') {
    const description = step.description ?? ''
    // A description holding `)]` could not be read back: such a key prints as any step.
    return description.includes(')]') ? '[*]' : `[Symbol(${description})]`
  }
  return '[*]'
}

/**
 * Prints steps from the root as a path that `parsePath` reads back.
 *
 * @example formatPath(['users', 0, 'first name']) // "$.users[0]['first name']"
 * @since 0.1.0
 */
export function formatPath(steps: readonly PathStep[]): string {
  let out = '$'
  for (const step of steps) out += formatStep(step)
  return out
}

// Paths of very deep values are abbreviated: 100,000 steps of `.next` help nobody.
const HEAD_STEPS = 8
const TAIL_STEPS = 8

/** Prints a path, eliding the middle of very long ones (for messages; not parsable then). @internal */
export function printablePath(steps: readonly PathStep[]): string {
  if (steps.length <= HEAD_STEPS + TAIL_STEPS + 1) return formatPath(steps)
  const head = formatPath(steps.slice(0, HEAD_STEPS))
  const tail = steps.slice(-TAIL_STEPS).map(formatStep).join('')
  const hidden = steps.length - HEAD_STEPS - TAIL_STEPS
  return `${head}…(${hidden} more steps)…${tail}`
}
