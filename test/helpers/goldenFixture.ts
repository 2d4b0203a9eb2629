import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { GoldenOptions } from '../../src/golden/parseGoldenArguments'
import { toMatchGoldenSorted } from '../../matchers/toMatchGoldenSorted'

expect.extend({ toMatchGoldenSorted })

// Typed here so these tests do not depend on the setup entry's augmentation being in the program.
declare module 'vitest' {
  // Vitest's own parameter list, repeated exactly, or the interfaces do not merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    toMatchGoldenSorted(name?: string | GoldenOptions, options?: GoldenOptions): any
  }
}

/** A snapshot state of our own, so the runner's real counters and mode stay out of the tests. */
export interface FakeState {
  _updateSnapshot: string
  _rootDir: string
  added: number
  matched: number
  unmatched: number
  updated: number
}

/** The temporary project of the current test: its root, the golden folder of this file, the state. */
export interface GoldenFixture {
  root: string
  folder: string
  state: FakeState
  /** The golden files of this test file, sorted. */
  goldens(): string[]
}

/**
 * Gives each test an empty temporary project as root (the `dir` option points at it) and a fake
 * snapshot state in `new` mode; removes both afterwards.
 */
export function useGoldenFixture(testFile: string): GoldenFixture {
  const fixture = { root: '', folder: '', state: {} as FakeState } as GoldenFixture
  let original: unknown
  beforeEach(() => {
    fixture.root = mkdtempSync(join(tmpdir(), 'golden-matcher-'))
    fixture.folder = join(fixture.root, testFile)
    vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', '')
    vi.stubEnv('EXPECT_DETERMINISTIC_PENDING', '')
    vi.stubEnv('CI', '')
    original = expect.getState().snapshotState
    fixture.state = {
      _updateSnapshot: 'new',
      _rootDir: fixture.root,
      added: 0,
      matched: 0,
      unmatched: 0,
      updated: 0,
    }
    expect.setState({ snapshotState: fixture.state as never })
  })
  afterEach(() => {
    expect.setState({ snapshotState: original as never })
    vi.unstubAllEnvs()
    rmSync(fixture.root, { recursive: true, force: true })
  })
  fixture.goldens = () => (existsSync(fixture.folder) ? readdirSync(fixture.folder).sort() : [])
  return fixture
}
