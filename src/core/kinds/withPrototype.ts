/**
 * Gives a copy the prototype `proto` (of the value it copies), so subclasses of Map, Set, Array and
 * Date, and class instances, survive copying. Returns the copy; a copy that already has the
 * prototype is left alone, since changing a prototype slows every later access to the object.
 *
 * @example withPrototype(new Map(), Object.getPrototypeOf(mySortedMap))
 * @internal
 */
export function withPrototype<T extends object>(copy: T, proto: object | null): T {
  if (Object.getPrototypeOf(copy) !== proto) Object.setPrototypeOf(copy, proto)
  return copy
}
