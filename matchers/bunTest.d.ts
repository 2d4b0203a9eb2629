// The parts of `bun:test` that matchers/bun.ts uses, so this repository type-checks without
// Bun's own types (which redefine Node's globals). Users get Bun's real types from `@types/bun`;
// the entry's published types are matchers/bun.d.mts, checked against them in test/types/bun/.
declare module 'bun:test' {
  export const expect: {
    extend(
      matchers: Record<string, (this: never, received: unknown, ...args: never[]) => unknown>,
    ): void
  }
  export function afterEach(hook: () => void): void
}
