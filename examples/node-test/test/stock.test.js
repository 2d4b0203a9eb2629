import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { findLocations, getStock, pickBin, pickBinFixed } from '../src/stock.js'

// `node --import expect-deterministic/node-test --test` registers t.assert.equalUnordered,
// t.assert.idempotent and t.assert.goldenSorted for every test file.

describe('stock', () => {
  test('locations come back in any order, and equalUnordered does not care', async (t) => {
    t.assert.equalUnordered(await findLocations('MUG-01'), [
      { sku: 'MUG-01', bin: 'A-03', qty: 9 },
      { sku: 'MUG-01', bin: 'B-12', qty: 4 },
    ])
  })

  test('a missing location is reported, paired by bin', async (t) => {
    assert.throws(
      () =>
        t.assert.equalUnordered(
          [{ bin: 'A-03', qty: 9 }],
          [
            { bin: 'A-03', qty: 9 },
            { bin: 'B-12', qty: 4 },
          ],
          { identifyBy: 'bin' },
        ),
      /1 missing, 0 extra/,
    )
  })

  test('the bin picker depends on insertion order; shuffle catches it with a replay seed', (t) => {
    const levels = { 'B-12': 9, 'A-03': 9, 'C-01': 2 }
    assert.throws(
      () => t.assert.idempotent(pickBin, { args: [levels], shuffle: true }),
      /The output depends on 'order'[\s\S]*Replay with \{ shuffle: true, seed: \d+ \}[\s\S]*differs from call 1/,
    )
  })

  test('the fixed bin picker survives shuffling', (t) => {
    t.assert.idempotent(pickBinFixed, {
      args: [{ 'B-12': 9, 'A-03': 9, 'C-01': 2 }],
      shuffle: true,
    })
  })

  test('GET /stock/MUG-01 matches its golden file, bins in any order', async (t) => {
    // test/__golden__/stock.test.js/ holds sorted JSON; `--test-update-snapshots` rewrites it.
    t.assert.goldenSorted(await getStock('MUG-01'), 'response', { unordered: ['$.body.bins'] })
  })

  test('a changed total fails against the golden, naming the path', async (t) => {
    const response = await getStock('MUG-01')
    response.body.total = 12
    // No pending `.new` file for this deliberate mismatch.
    process.env.EXPECT_DETERMINISTIC_PENDING = 'never'
    try {
      assert.throws(
        () => t.assert.goldenSorted(response, 'response', { unordered: ['$.body.bins'] }),
        /First difference at \$\.body\.total/,
      )
    } finally {
      delete process.env.EXPECT_DETERMINISTIC_PENDING
    }
  })
})
