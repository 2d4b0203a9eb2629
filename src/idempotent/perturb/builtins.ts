/**
 * Node's built-in modules that the sources patch, as their CommonJS exports objects: those are
 * what `require('node:fs')` returns and what `syncBuiltinESMExports` copies to the ESM named
 * exports. Under Jest they are the real modules, shared with the main realm.
 * @packageDocumentation
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import perfHooks from 'node:perf_hooks'
import timers from 'node:timers'
import timersPromises from 'node:timers/promises'

/** `require('node:fs')`. @internal */
export const nodeFs = fs as unknown as Record<string, unknown> & {
  promises: Record<string, unknown>
}
/** `require('node:crypto')`. @internal */
export const nodeCrypto = crypto as unknown as Record<string, unknown>
/** `require('node:timers')`. @internal */
export const nodeTimers = timers as unknown as Record<string, unknown>
/** `require('node:timers/promises')`. @internal */
export const nodeTimersPromises = timersPromises as unknown as Record<string, unknown>
/** `require('node:perf_hooks').performance`. @internal */
export const nodePerformance = perfHooks.performance as unknown as Record<string, unknown>

/**
 * The runtime's own `setImmediate`, taken when the library loads from the module (which fake
 * timers leave alone), for the library's own waiting.
 * @internal
 */
export const realSetImmediate = timers.setImmediate
