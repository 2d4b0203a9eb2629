import type { UnorderedOptions } from '../src/unordered/readUnorderedOptions'
import type { UnorderedResult } from '../src/unordered/compareUnordered'
import { sortedCopy } from '../src/unordered/sortedCopy'
import { resolveMatchers } from '../src/unordered/resolveMatchers'
import { type UnorderedElement, type UnorderedMismatch } from '../src/unordered/explainMismatch'
import { createScope } from '../src/unordered/createScope'
import { MEMBER } from '../src/core/paths/pathStep'
import { ExpectDeterministicError } from '../src/errors'
import type { MatcherContext } from './context'
import { diffOrEmpty, hint } from './format'

const NAME = 'toEqualUnordered'
// Long lists are summarised: the first entries, then a count.
const MAX_LISTED = 10
// Arrays longer than this are described, not printed, when the assertion passes under .not.
const MAX_PRINTED = 20
// Unpaired elements nested deeper than this are not diffed (the runners' printers stop far sooner).
const DIFF_DEPTH = 200

/**
 * The rule the assertion checks, in one sentence, for the options given and the values compared
 * (two arrays read as multisets; anything else as values with multisets inside).
 */
function rule(options: UnorderedOptions, negated: boolean, arrays: boolean): string {
  const not = negated ? ' not' : ''
  const how = options.strict === true ? ' (elements compared like toStrictEqual)' : ''
  if (options.paths !== undefined) {
    return `Expected the values${not} to be equal, with the arrays at ${options.paths.join(', ')} compared in any order, each element as many times${how}.`
  }
  if (!arrays) {
    return options.deep === false
      ? `Expected the values${not} to be equal${how}; with deep: false only a top-level array is compared in any order.`
      : `Expected the values${not} to be equal, with every array at every depth compared in any order, each element as many times${how}.`
  }
  const nested =
    options.deep === false
      ? 'nested arrays keep their order (deep: false)'
      : 'nested arrays are unordered too'
  return `Expected the arrays${not} to hold the same elements in any order, each as many times; ${nested}${how}.`
}

const bothArrays = (received: unknown, expected: unknown): boolean =>
  Array.isArray(received) && Array.isArray(expected)

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** The failure message of `toEqualUnordered` (not negated). @internal */
export function describeUnordered(
  ctx: MatcherContext,
  result: UnorderedResult,
  options: UnorderedOptions,
  received: unknown,
  expected: unknown,
): string {
  const parts = [hint(ctx, NAME), rule(options, false, bothArrays(received, expected))]
  if (result.mismatch !== undefined) parts.push(...describeMismatch(ctx, result.mismatch, options))
  else if (result.difference !== undefined) {
    const d = result.difference
    parts.push(
      `At ${d.path}: ${d.reason}.\n\n` +
        `Expected: ${ctx.utils.printExpected(d.left)}\nReceived: ${ctx.utils.printReceived(d.right)}`,
    )
  }
  if (result.orderOnly !== undefined) {
    const where = result.orderOnly.length > 0 ? ` at ${result.orderOnly.join(', ')}` : ''
    const fix = options.paths !== undefined ? 'add these paths to `paths`' : 'drop `deep: false`'
    parts.push(
      `Note: the values differ only in the order of nested arrays${where}; ${fix} to ignore that order.`,
    )
  }
  return parts.join('\n\n')
}

function describeMismatch(
  ctx: MatcherContext,
  m: UnorderedMismatch,
  options: UnorderedOptions,
): string[] {
  const missing = m.expectedLength - m.matched
  const extra = m.receivedLength - m.matched
  const parts = [
    `At ${m.path}: ${missing} missing, ${extra} extra ` +
      `(received ${plural(m.receivedLength, 'element')}, expected ${m.expectedLength}; ${m.matched} paired).`,
  ]
  const { printExpected, printReceived } = ctx.utils
  const sections: string[] = []
  if (m.changed.length > 0) {
    const by =
      options.identifyBy === undefined
        ? 'similar fields'
        : typeof options.identifyBy === 'string'
          ? `same ${options.identifyBy}`
          : 'same identifyBy key'
    sections.push(
      `Changed (paired by ${by}):\n` +
        listed(m.changed, (p) => {
          const d = p.difference
          // Objects print over many lines; the diff below shows them.
          const values =
            isLeaf(d?.left) && isLeaf(d?.right)
              ? ` (expected ${printExpected(d?.left)}, received ${printReceived(d?.right)})`
              : ''
          const where =
            d === undefined
              ? ''
              : `: ${absence(d.reason, d.path, d.left, d.right, printExpected, printReceived) ?? `${d.reason} at ${d.path}${values}`}`
          return `  expected[${p.expected.index}] vs received[${p.received.index}]${where}`
        }),
    )
  }
  if (m.counts.length > 0) {
    sections.push(
      'Counts differ:\n' +
        listed(
          m.counts,
          (c) =>
            `  ${printExpected(c.value)}: expected ${times(c.expected)}, received ${times(c.received)}`,
        ),
    )
  }
  const element = (side: string, print: (v: unknown) => string) => (e: UnorderedElement) =>
    `  ${side}[${e.index}]: ${print(e.value)}`
  if (m.missing.length > 0) {
    sections.push(
      `Missing (in expected, not in received):\n${listed(m.missing, element('expected', printExpected))}`,
    )
  }
  if (m.extra.length > 0) {
    sections.push(
      `Extra (in received, not in expected):\n${listed(m.extra, element('received', printReceived))}`,
    )
  }
  if (sections.length > 0) parts.push(sections.join('\n'))
  const { diff, cut } = unpairedDiff(ctx, m, options)
  if (diff !== '')
    parts.push(`Unpaired elements side by side (nested multisets sorted${cut}):\n\n${diff}`)
  return parts
}

const isLeaf = (value: unknown): boolean => typeof value !== 'object' || value === null

/**
 * A key present on one side only, in words: `$[*].b is absent in expected, undefined in received`.
 * Printing the absent side's value would show `undefined`, which is what strict mode tells apart.
 */
function absence(
  reason: string,
  path: string,
  left: unknown,
  right: unknown,
  printExpected: (v: unknown) => string,
  printReceived: (v: unknown) => string,
): string | undefined {
  const shown = (value: unknown, print: (v: unknown) => string): string =>
    isLeaf(value) ? print(value) : 'present'
  if (reason.endsWith('missing on the left'))
    return `${path} is absent in expected, ${shown(right, printReceived)} in received`
  if (reason.endsWith('missing on the right'))
    return `${path} is ${shown(left, printExpected)} in expected, absent in received`
  return undefined
}

function times(count: number): string {
  return count === 1 ? '1 time' : `${count} times`
}

function listed<T>(items: readonly T[], line: (item: T) => string): string {
  const shown = items.slice(0, MAX_LISTED).map(line)
  if (items.length > MAX_LISTED) shown.push(`  … and ${items.length - MAX_LISTED} more`)
  return shown.join('\n')
}

/**
 * One diff of the unpaired elements only: changed pairs aligned first, then the rest, each
 * nested multiset in canonical order, so the diff shows real differences and nothing else.
 */
function unpairedDiff(
  ctx: MatcherContext,
  m: UnorderedMismatch,
  options: UnorderedOptions,
): { diff: string; cut: string } {
  const scope = createScope(options)
  const state = scope.step(
    m.steps.reduce<unknown>((at, step) => scope.step(at, step), scope.root),
    MEMBER,
  )
  // The runners' diffs recurse and stop printing at a few levels: deeper elements get a sentence.
  const canonical = (value: unknown): unknown => sortedCopy(value, scope, state, DIFF_DEPTH)
  try {
    return collectDiff(ctx, m, canonical)
  } catch (error) {
    if (!(error instanceof ExpectDeterministicError && error.code === 'TOO_DEEP')) throw error
    return {
      diff: `The unpaired elements nest more than ${DIFF_DEPTH} levels deep: too deep to diff.`,
      cut: '',
    }
  }
}

function collectDiff(
  ctx: MatcherContext,
  m: UnorderedMismatch,
  canonical: (value: unknown) => unknown,
): { diff: string; cut: string } {
  const left: unknown[] = []
  const right: unknown[] = []
  for (const pair of m.changed.slice(0, MAX_LISTED)) {
    left.push(canonical(resolveMatchers(pair.expected.value, pair.received.value)))
    right.push(canonical(pair.received.value))
  }
  for (const c of m.counts.slice(0, MAX_LISTED)) {
    const surplus = Math.abs(c.expected - c.received)
    for (let k = 0; k < Math.min(surplus, MAX_LISTED); k++)
      (c.expected > c.received ? left : right).push(canonical(c.value))
  }
  for (const e of m.missing.slice(0, MAX_LISTED)) left.push(canonical(e.value))
  for (const e of m.extra.slice(0, MAX_LISTED)) right.push(canonical(e.value))
  if (left.length === 0 && right.length === 0) return { diff: '', cut: '' }
  // Say when the diff was cut, so a short diff is never mistaken for the whole difference.
  let leftTotal = m.changed.length + m.missing.length
  let rightTotal = m.changed.length + m.extra.length
  for (const c of m.counts) {
    if (c.expected > c.received) leftTotal += c.expected - c.received
    else rightTotal += c.received - c.expected
  }
  const cuts: string[] = []
  if (left.length < leftTotal) cuts.push(`expected: first ${left.length} of ${leftTotal}`)
  if (right.length < rightTotal) cuts.push(`received: first ${right.length} of ${rightTotal}`)
  return {
    diff: diffOrEmpty(ctx, left, right),
    cut: cuts.length === 0 ? '' : `; ${cuts.join(', ')}`,
  }
}

/** The message of `.not.toEqualUnordered` when the values are equal. @internal */
export function describeUnorderedPass(
  ctx: MatcherContext,
  received: unknown,
  expected: unknown,
  options: UnorderedOptions,
): string {
  const large = Array.isArray(received) && received.length > MAX_PRINTED
  const printed = (value: unknown, print: (v: unknown) => string): string =>
    large && Array.isArray(value)
      ? `${plural(value.length, 'element')} (too many to print)`
      : print(value)
  return [
    hint(ctx, NAME),
    `${rule(options, true, bothArrays(received, expected))} ${options.paths === undefined && bothArrays(received, expected) ? 'They do: every element was paired with an equal one.' : 'They are.'}`,
    `Expected: not ${printed(expected, ctx.utils.printExpected)} (in any order)\n` +
      `Received: ${printed(received, ctx.utils.printReceived)}`,
  ].join('\n\n')
}
