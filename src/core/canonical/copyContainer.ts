import { Kind, type KindCode } from '../kinds/kindOf'
import { MEMBER, stepOfMapKey, type PathStep } from '../paths/pathStep'

/**
 * A shallow copy of a Map, Set or object (plain, class instance, null-prototype) in which each
 * child is replaced by `child(item, step)`; Map keys are kept. The copy enters `copies` before any
 * child is visited, so a child that refers back to this container can be pointed at its copy,
 * and leaves it afterwards. Objects keep their prototype and own enumerable properties, string
 * keys and symbol keys alike. Arrays are left to the caller, whose rules for them differ.
 * @internal
 */
export function copyContainer(
  value: object,
  kind: KindCode,
  copies: Map<object, object>,
  child: (item: unknown, step: PathStep) => unknown,
): object {
  if (kind === Kind.Map) {
    const target = new Map<unknown, unknown>()
    copies.set(value, target)
    for (const [key, item] of value as Map<unknown, unknown>)
      target.set(key, child(item, stepOfMapKey(key)))
    return target
  }
  if (kind === Kind.Set) {
    const target = new Set<unknown>()
    copies.set(value, target)
    for (const item of value as Set<unknown>) target.add(child(item, MEMBER))
    return target
  }
  const target = Object.create(Object.getPrototypeOf(value) as object | null) as object
  copies.set(value, target)
  const source = value as Record<string | symbol, unknown>
  for (const key of Reflect.ownKeys(value)) {
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue
    Object.defineProperty(target, key, {
      value: child(source[key], key),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return target
}
