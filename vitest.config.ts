import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'test/property/**/*.test.ts',
            'test/messages/**/*.test.ts',
            'test/docs/**/*.test.ts',
          ],
          // Property tests run many cases; leave room on the 2-core CI machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          // Each e2e test installs a tarball and starts a real runner.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
