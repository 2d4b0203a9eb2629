import type { IdempotenceResult, PerturbationSite } from '../src/idempotent/IdempotenceResult'
import { SOURCE_WORDS, settingOf } from '../src/idempotent/perturb/describeSource'
import { PERTURB_SOURCES, type PerturbSource } from '../src/idempotent/perturb/PerturbSource'
import type { IdempotentPlan } from '../src/idempotent/readIdempotentOptions'

const quote = (source: PerturbSource): string => `'${source}'`
const times = (count: number): string => (count === 1 ? '1 time' : `${count} times`)

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
function listed(sources: readonly PerturbSource[]): string {
  const quoted = sources.map(quote)
  return quoted.length < 2
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) as string}`
}

/** How `source` was reached: `fs.readdirSync 3 times, fs.readdir 1 time`. */
function reachedBy(result: IdempotenceResult, source: PerturbSource): string {
  const apis = (result.perturbation?.exercised ?? []).filter((entry) => entry.source === source)
  if (source === 'order') {
    const count = apis.reduce((sum, entry) => sum + entry.count, 0)
    return `${count} ${count === 1 ? 'collection' : 'collections'} reordered in calls 2 to ${result.times}`
  }
  if (apis.length === 1)
    return `${(apis[0] as { api: string }).api}, ${times((apis[0] as { count: number }).count)}`
  return apis.map((entry) => `${entry.api} ${times(entry.count)}`).join(', ')
}

function unorderedOption(paths: true | readonly string[]): string {
  return paths === true ? 'true' : `[${paths.map((p) => `'${p}'`).join(', ')}]`
}

/**
 * The option that replays a failure: `{ perturb: ['readdir'], seed: 1234 }` for the named
 * causes (or the sources asked for, when none was named); `{ shuffle: true, seed }` when only
 * `shuffle` was used.
 * @internal
 */
export function replayOption(plan: IdempotentPlan, result: IdempotenceResult): string {
  const named = result.causes.length > 0 ? result.causes : plan.sources
  const shuffle =
    named.includes('order') && plan.shuffleUnordered !== false
      ? `shuffle: { unordered: ${unorderedOption(plan.shuffleUnordered)} }, `
      : ''
  if (!plan.perturbGiven) {
    return `{ ${shuffle === '' ? 'shuffle: true, ' : shuffle}seed: ${plan.seed} }`
  }
  const everything = named.length === PERTURB_SOURCES.length
  const rest = named.filter((source) => source !== 'order' || shuffle === '')
  const perturb = everything ? 'true' : `[${rest.map(quote).join(', ')}]`
  return `{ ${rest.length > 0 || everything ? `perturb: ${perturb}, ` : ''}${shuffle}seed: ${plan.seed} }`
}

function describeSite(site: PerturbationSite): string {
  const where =
    site.location === undefined
      ? ' (no stack frame outside the library and the runtime)'
      : ` at ${site.location}`
  if (site.through === undefined) {
    return `Site: ${site.api}${where} (perturbing it alone changes the output of call ${site.call}).`
  }
  return (
    `Sites: ${site.site + 1} to ${site.through + 1} of ${quote(site.source)} in call ${site.call} change the output together, ` +
    `none alone; the first is ${site.api}${where}.`
  )
}

/**
 * The cause paragraph that opens a failure under perturbation: which source the output depends on
 * and how it was reached, the site, and the option that replays it; or why no cause is named.
 * `undefined` when nothing was attributed.
 * @internal
 */
export function describeCause(plan: IdempotentPlan, result: IdempotenceResult): string | undefined {
  const report = result.perturbation
  if (report?.verdict === undefined) return undefined
  const lines: string[] = []
  const call = result.divergence?.call ?? result.thrown?.call ?? 2
  if (report.verdict === 'named' && report.together) {
    lines.push(
      `The output depends on ${listed(result.causes)} together: perturbing any one of them alone leaves it unchanged.`,
    )
  } else if (report.verdict === 'named') {
    for (const source of result.causes) {
      const setting = settingOf(
        source,
        plan.seed,
        result.sites.find((s) => s.source === source)?.call ?? call,
      )
      const details = [reachedBy(result, source), setting].filter(
        (part) => part !== undefined && part !== '',
      )
      lines.push(
        `The output depends on ${quote(source)}: ${SOURCE_WORDS[source].effect} (${details.join('; ')}).`,
      )
    }
    for (const site of result.sites) lines.push(describeSite(site))
    for (const source of result.causes) lines.push(SOURCE_WORDS[source].fix)
  } else if (report.verdict === 'none') {
    lines.push(
      'No cause can be named: the output still differs with nothing perturbed and the clock and randomness held fixed, ' +
        'so it depends on something else (state shared between calls, or something this library does not reach).',
    )
  } else {
    lines.push(
      'No cause can be named: with the same seed, no perturbed source brought the difference back, alone or together ' +
        '(it may depend on timing this library does not control).',
    )
  }
  lines.push(`Replay with ${replayOption(plan, result)}.`)
  return lines.join('\n')
}

/**
 * What was perturbed, for every failure and for `.not`: each source asked for, and how often the
 * calls reached it. `undefined` when only `shuffle` was on (its report says what was reordered).
 * @internal
 */
export function describeExercise(
  plan: IdempotentPlan,
  result: IdempotenceResult,
): string | undefined {
  if (!plan.perturbGiven || result.perturbation === undefined) return undefined
  const reached = plan.sources.filter((source) => (result.perturbed[source] ?? 0) > 0)
  const unreached = plan.sources.filter((source) => !reached.includes(source))
  const parts = reached.map((source) => `${source}: ${reachedBy(result, source)}`)
  if (unreached.length > 0) parts.push(`not reached: ${unreached.join(', ')}`)
  return `Perturbed with seed ${plan.seed} (call 1 ran unperturbed, each later call its own way): ${parts.join('; ')}.`
}

/**
 * Why a check whose `perturb` list names sources that `fn` never reached fails, in both
 * directions: a perturbation that never happened proves nothing.
 * @internal
 */
export function describeUnexercised(
  unexercised: readonly PerturbSource[],
  calls: number,
  runs: string = `${calls} ${calls === 1 ? 'call' : 'calls'}`,
): string {
  const lines = unexercised.map(
    (source) =>
      `perturb: ${quote(source)} was requested, but fn ${SOURCE_WORDS[source].absent} in ${runs}.`,
  )
  lines.push(
    '',
    'A perturbation that never happened proves nothing. Check that fn reaches what the source patches ' +
      '(a reference taken before the check, a worker thread, a child process or a native addon is out of reach), ' +
      `or leave ${unexercised.length === 1 ? 'it' : 'them'} out of perturb (perturb: true asks for no source in particular).`,
  )
  return lines.join('\n')
}
