import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'tests',
  // API tests only: the `request` fixture needs no browser, so `playwright install` is never run.
  reporter: 'list',
  workers: 1,
})
