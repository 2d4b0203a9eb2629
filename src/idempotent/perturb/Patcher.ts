import { syncBuiltinESMExports } from 'node:module'
import { ExpectDeterministicError } from '../../errors'

/**
 * Replaces properties of globals and built-in modules and puts every one back, last first, so
 * patches layered by several sources (two on `fs.promises.readdir`) unwind in order. Patches of
 * Node's built-in modules are pushed to their ESM named exports too (`import { readdirSync } from
 * 'node:fs'` is a binding that `syncBuiltinESMExports` refreshes), on install and on restore.
 * @internal
 */
export class Patcher {
  private readonly undo: (() => void)[] = []
  private builtins = false
  private stale = false

  /**
   * Replaces `target[key]` with `make(current)`. The property keeps its enumerability; an
   * inherited method (`performance.now`) is shadowed by an own property and deleted on restore.
   * `builtin` marks the exports object of a Node built-in module.
   * @throws ExpectDeterministicError (`BAD_OPTIONS`) when the property cannot be replaced (frozen
   *   intrinsics, a non-configurable property).
   */
  replace<T>(
    target: object,
    key: PropertyKey,
    label: string,
    make: (current: T) => T,
    builtin = false,
  ): void {
    const own = Object.getOwnPropertyDescriptor(target, key)
    const current = (
      own !== undefined && 'value' in own ? own.value : Reflect.get(target, key)
    ) as T
    const value = make(current)
    // A plain writable property is assigned (several times faster than redefining it: a check
    // that perturbs everything replaces about a hundred of them); anything else is redefined.
    if (own !== undefined && own.writable === true && own.configurable === true) {
      ;(target as Record<PropertyKey, unknown>)[key] = value
      this.undo.push(() => {
        ;(target as Record<PropertyKey, unknown>)[key] = own.value
      })
    } else {
      this.define(target, key, label, value, own?.enumerable ?? false)
      this.undo.push(() => {
        if (own === undefined) Reflect.deleteProperty(target, key)
        else Object.defineProperty(target, key, own)
      })
    }
    if (builtin) {
      this.builtins = true
      this.stale = true
    }
  }

  private define(
    target: object,
    key: PropertyKey,
    label: string,
    value: unknown,
    enumerable: boolean,
  ): void {
    try {
      Object.defineProperty(target, key, { configurable: true, enumerable, writable: true, value })
    } catch (cause) {
      throw new ExpectDeterministicError(
        'BAD_OPTIONS',
        `\`perturb\` could not replace ${label} (${cause instanceof Error ? cause.message : String(cause)}): run without frozen intrinsics, or leave that source out of \`perturb\`.`,
        { option: 'perturb', cause },
      )
    }
  }

  /** Pushes patches of built-in modules to their ESM named exports. */
  sync(): void {
    if (!this.stale) return
    this.stale = false
    syncBuiltinESMExports()
  }

  /** Puts every replaced property back, last first. Safe to call twice. */
  restore(): void {
    while (this.undo.length > 0) (this.undo.pop() as () => void)()
    if (this.builtins) {
      this.builtins = false
      this.stale = false
      syncBuiltinESMExports()
    }
  }
}
