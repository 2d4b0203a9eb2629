import { isThenable } from '../../core/kinds/isThenable'
import { formatStep } from '../../core/paths/formatPath'
import { delaySettlement, extraTurns } from './asyncDelay'
import type { CallPerturbation } from './CallPerturbation'

type AnyFunction = (...args: unknown[]) => unknown

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null
  if (proto === null) return true
  // Another realm's Object.prototype (Jest) counts too: it is the one object whose prototype is null.
  return Object.getPrototypeOf(proto) === null && Array.isArray(value) === false
}

function isPlainArray(value: object): value is unknown[] {
  if (!Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null
  return proto?.constructor?.name === 'Array'
}

/**
 * The arguments of one call with every function found in them (at any depth of plain objects and
 * arrays: a `deps` object, a list of loaders) replaced by a Proxy whose promises settle a seeded
 * number of macrotask turns late in perturbed calls, so results that arrive together arrive in
 * another order. Containers on the way to a function are copied (frozen ones stay frozen); the
 * rest is shared, and the same function found twice gets the same Proxy. Class instances are not
 * entered: their methods cannot be replaced without changing them.
 *
 * @example injectAsync([{ fetchUser }], context) // [{ fetchUser: Proxy(fetchUser) }]
 * @internal
 */
export function injectAsync(
  args: readonly unknown[],
  context: CallPerturbation,
  maxDepth: number,
): unknown[] {
  const proxies = new Map<AnyFunction, AnyFunction>()
  const done = new Map<object, unknown>()
  const steps: (string | number | symbol)[] = []

  const proxyOf = (fn: AnyFunction): AnyFunction => {
    let proxy = proxies.get(fn)
    if (proxy === undefined) {
      const api = `${steps
        .map((step) => formatStep(step))
        .join('')
        .replace(/^/, '$')}()`
      proxy = new Proxy(fn, {
        apply(target, thisArg, params) {
          const result = Reflect.apply(target, thisArg, params)
          if (!isThenable(result) || context.done) return result
          const turns = extraTurns(context.enter('async', api))
          return turns === undefined ? result : delaySettlement(result, turns)
        },
      })
      proxies.set(fn, proxy)
    }
    return proxy
  }

  const visit = (value: unknown): unknown => {
    if (typeof value === 'function') return proxyOf(value as AnyFunction)
    if (typeof value !== 'object' || value === null || steps.length > maxDepth) return value
    if (done.has(value)) return done.get(value)
    const array = isPlainArray(value)
    if (!array && !isPlainObject(value)) return value
    // A cycle back into a container being visited keeps the original: only functions matter here.
    done.set(value, value)
    const replaced = new Map<PropertyKey, unknown>()
    for (const key of Reflect.ownKeys(value)) {
      if (array && key === 'length') continue
      const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor
      if (!('value' in descriptor)) continue
      steps.push(array && typeof key === 'string' ? Number(key) : key)
      const visited = visit(descriptor.value)
      steps.pop()
      if (visited !== descriptor.value) replaced.set(key, visited)
    }
    if (replaced.size === 0) return value
    // Built with the replacements in place: a frozen container's properties cannot be redefined.
    const descriptors = Object.getOwnPropertyDescriptors(value) as Record<
      PropertyKey,
      PropertyDescriptor
    >
    for (const [key, visited] of replaced) (descriptors[key] as PropertyDescriptor).value = visited
    const copy: object = array
      ? Object.defineProperties([], descriptors)
      : Object.create(Object.getPrototypeOf(value) as object | null, descriptors)
    if (Object.isFrozen(value)) Object.freeze(copy)
    else if (Object.isSealed(value)) Object.seal(copy)
    else if (!Object.isExtensible(value)) Object.preventExtensions(copy)
    done.set(value, copy)
    return copy
  }

  return args.map((arg, index) => {
    steps.push(index)
    const out = visit(arg)
    steps.pop()
    return out
  })
}
