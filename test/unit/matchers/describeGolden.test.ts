import { describe, expect, test } from 'vitest'
import { createPlainContext } from '../../../matchers/assert/plainContext'
import { describeGolden } from '../../../matchers/describeGolden'

const ctx = createPlainContext({
  names: { toMatchGoldenSorted: { call: 'assertGoldenSorted', received: 'value' } },
  color: false,
})
const root = '/project'
const golden = '/project/__golden__/a.test.ts/report.json'

describe('describeGolden', () => {
  test('fails with advice to fix the write, not to update again, when rewriting under -u failed', () => {
    const message = describeGolden(ctx, {
      outcome: {
        status: 'mismatch',
        path: golden,
        golden: '[\n  1\n]',
        pendingPath: undefined,
        changes: [],
        writeFailure: { path: golden, error: new Error('ENOSPC: no space left on device') },
      },
      text: '[\n  2\n]',
      mode: { mode: 'all', source: 'runner' },
      root,
      target: golden,
    })
    expect(message).toContain('Could not write __golden__/a.test.ts/report.json: ENOSPC')
    expect(message).toContain('To accept the change: fix the problem and run the tests again.')
    // One piece of advice only: no second one to update again.
    expect(message.match(/To accept the change/g)).toHaveLength(1)
    expect(message).not.toContain('EXPECT_DETERMINISTIC_UPDATE')
  })

  test('fails with the advice to accept the change when nothing failed to be written', () => {
    const message = describeGolden(ctx, {
      outcome: {
        status: 'mismatch',
        path: golden,
        golden: '[\n  1\n]',
        pendingPath: undefined,
        changes: [],
      },
      text: '[\n  2\n]',
      mode: { mode: 'none', source: 'default' },
      root,
      target: golden,
    })
    expect(message).toContain('To accept the change: set EXPECT_DETERMINISTIC_UPDATE=all.')
  })
})
