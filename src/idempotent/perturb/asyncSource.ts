import { isThenable } from '../../core/kinds/isThenable'
import { afterTurns, delaySettlement, extraDelay, extraTurns } from './asyncDelay'
import type { SiteLookup } from './CallPerturbation'
import { nodeFs, nodeTimers, nodeTimersPromises, realSetImmediate } from './builtins'
import type { Patcher } from './Patcher'

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown

interface Chain {
  cancelled: boolean
}

/**
 * The `'async'` source for what the platform schedules: `setTimeout` and `setInterval` get a
 * seeded extra delay, `setImmediate` extra turns, and promises of `fetch`, `fs.promises` and
 * `node:timers/promises` settle a seeded number of macrotask turns late, so work started
 * together completes in another order. Patches the globals and `node:timers`; functions passed in
 * `args` are wrapped per call by `injectAsync`.
 * @internal
 */
export function installAsync(patcher: Patcher, site: SiteLookup): void {
  const global = globalThis as unknown as Record<string, unknown>
  const chains = new WeakMap<object, Chain>()
  for (const [target, builtin, prefix] of [
    [global, false, ''],
    [nodeTimers, true, 'timers.'],
  ] as const) {
    for (const key of ['setTimeout', 'setInterval']) {
      if (typeof target[key] !== 'function') continue
      const api = `${prefix}${key}`
      patcher.replace<AnyFunction>(
        target,
        key,
        api,
        (original) =>
          function timer(this: unknown, ...args: unknown[]) {
            const extra = extraDelay(site('async', api), args[1])
            if (extra !== undefined) args[1] = Math.max(0, Number(args[1]) || 0) + extra
            return Reflect.apply(original, this, args)
          },
        builtin,
      )
    }
    if (typeof target.setImmediate === 'function') {
      const api = `${prefix}setImmediate`
      patcher.replace<AnyFunction>(
        target,
        'setImmediate',
        api,
        (original) =>
          function setImmediate(this: unknown, callback: unknown, ...args: unknown[]) {
            const turns = extraTurns(site('async', api))
            if (turns === undefined || turns === 0 || typeof callback !== 'function')
              return Reflect.apply(original, this, [callback, ...args])
            const chain: Chain = { cancelled: false }
            let left = turns
            const step = (): void => {
              if (chain.cancelled) return
              if (left-- > 0) realSetImmediate(step)
              else Reflect.apply(callback, undefined, args)
            }
            const handle = Reflect.apply(original, this, [step]) as object
            chains.set(handle, chain)
            return handle
          },
        builtin,
      )
    }
    if (typeof target.clearImmediate === 'function') {
      patcher.replace<AnyFunction>(
        target,
        'clearImmediate',
        `${prefix}clearImmediate`,
        (original) =>
          function clearImmediate(this: unknown, handle: unknown) {
            const chain =
              typeof handle === 'object' && handle !== null ? chains.get(handle) : undefined
            if (chain !== undefined) chain.cancelled = true
            return Reflect.apply(original, this, [handle])
          },
        builtin,
      )
    }
  }
  patcher.replace<AnyFunction>(
    nodeTimersPromises,
    'setTimeout',
    'timers/promises.setTimeout',
    (original) =>
      function setTimeout(this: unknown, ...args: unknown[]) {
        const extra = extraDelay(site('async', 'timers/promises.setTimeout'), args[0])
        if (extra !== undefined) args[0] = Math.max(0, Number(args[0]) || 0) + extra
        return Reflect.apply(original, this, args)
      },
    true,
  )
  patcher.replace<AnyFunction>(
    nodeTimersPromises,
    'setImmediate',
    'timers/promises.setImmediate',
    (original) =>
      function setImmediate(this: unknown, ...args: unknown[]) {
        const turns = extraTurns(site('async', 'timers/promises.setImmediate'))
        const settling = Reflect.apply(original, this, args) as Promise<unknown>
        return turns === undefined
          ? settling
          : settling.then((value) => afterTurns(turns).then(() => value))
      },
    true,
  )
  const late = (
    target: Record<string, unknown>,
    key: string,
    api: string,
    builtin: boolean,
  ): void => {
    patcher.replace<AnyFunction>(
      target,
      key,
      api,
      (original) =>
        function delayed(this: unknown, ...args: unknown[]) {
          const turns = extraTurns(site('async', api))
          const result = Reflect.apply(original, this, args)
          return turns === undefined || !isThenable(result)
            ? result
            : delaySettlement(result, turns)
        },
      builtin,
    )
  }
  if (typeof global.fetch === 'function') late(global, 'fetch', 'fetch', false)
  for (const key of Object.keys(nodeFs.promises)) {
    if (typeof nodeFs.promises[key] === 'function' && key !== 'constants' && !/^[A-Z]/.test(key))
      late(nodeFs.promises, key, `fs.promises.${key}`, true)
  }
}
