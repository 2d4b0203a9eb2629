/**
 * Entry for Playwright Test: `expect.extend(matchers)` returns an `expect` with the three
 * matchers (Playwright's `extend` returns a new `expect` rather than changing the one it was
 * called on; `mergeExpects` combines it with others). Each matcher gets Playwright's `this` with
 * what the library needs added from the test info: the test file and title (goldens live beside
 * the test file), the update mode (`--update-snapshots`, `updateSnapshots`) and the project root
 * (messages name files relative to it). Retries and `--repeat-each` run in new workers, so each
 * attempt starts with a golden session of its own. Its types are hand-written in
 * `playwright.d.mts`.
 * @packageDocumentation
 */
import { dirname } from 'node:path'
import { test, type TestInfo } from '@playwright/test'
import { createPlainEquals } from './assert/plainEquals'
import type { MatcherContext } from './context'
import { matchers as libraryMatchers } from './index'

/** Playwright's `updateSnapshots` in the golden modes; `default` leaves it to CI detection. */
const MODES: Readonly<Record<string, string>> = {
  all: 'all',
  changed: 'all',
  missing: 'new',
  none: 'none',
}

function currentTestInfo(): TestInfo | undefined {
  try {
    return test.info()
  } catch {
    // Outside a running test (a helper called at load time): like the standalone `expect`.
    return undefined
  }
}

// Playwright's matcher `this` has Jest's `utils` but an `equals` that only throws "not
// compatible with Playwright"; its asymmetric matchers are plain JavaScript, which the plain
// `equals` understands.
const equals = createPlainEquals()

function contextOf(self: MatcherContext): MatcherContext {
  const info = currentTestInfo()
  const context: MatcherContext = Object.create(self) as MatcherContext
  context.equals = equals
  if (info === undefined) return context
  const mode = MODES[info.config.updateSnapshots]
  const root =
    info.config.configFile === undefined ? info.config.rootDir : dirname(info.config.configFile)
  context.testPath = info.file
  context.currentTestName = info.titlePath.slice(1).join(' > ')
  // The fields the golden code reads from Jest's snapshot state: the project root, the mode.
  context.snapshotState =
    mode === undefined ? { _rootDir: root } : { _rootDir: root, _updateSnapshot: mode }
  return context
}

type Matcher = (this: MatcherContext, received: unknown, ...args: never[]) => unknown

/** Each of the library's matchers, called with Playwright's `this` completed by `contextOf`. */
function adapt<M extends Record<string, Matcher>>(table: M): M {
  const adapted: Record<string, Matcher> = {}
  for (const [name, matcher] of Object.entries(table)) {
    adapted[name] = function (this: MatcherContext, received: unknown, ...args: never[]) {
      return matcher.call(contextOf(this), received, ...args)
    }
  }
  return adapted as M
}

/**
 * The matchers for Playwright Test's `expect.extend`, which returns the extended `expect`:
 *
 * @example
 * import { expect as base, mergeExpects } from '@playwright/test'
 * import { matchers } from 'expect-deterministic/playwright'
 * export const expect = base.extend(matchers)
 * // test('GET /products', async ({ request }) => {
 * //   expect(await (await request.get('/products')).json()).toMatchGoldenSorted('products')
 * // })
 * @since 0.2.0
 */
export const matchers = adapt(libraryMatchers)
