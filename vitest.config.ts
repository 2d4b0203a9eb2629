import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts', 'test/messages/**/*.test.ts'],
    // Property tests run many cases; keep the default timeout generous for the 2-core CI machine.
    testTimeout: 30_000,
  },
})
