import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Registers toBeIdempotent, toEqualUnordered and toMatchGoldenSorted, with their types.
    setupFiles: ['expect-deterministic/vitest'],
  },
})
