import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { findGoldenFolders, goldenFileFolders } from '../../../src/cli/findGoldenFolders'
import { tempFolder } from '../../helpers/tempFolder'

const temp = tempFolder('golden-cli-parts-')

describe('findGoldenFolders', () => {
  test('passes when golden folders and --dir folders are found, not in node_modules, hidden folders or links', () => {
    temp.put('a/__golden__/x.test.ts/t.json')
    temp.put('b/goldens/y.test.ts/t.json')
    temp.put('node_modules/p/__golden__/t.json')
    temp.put('.git/__golden__/t.json')
    symlinkSync(join(temp.root, 'a'), join(temp.root, 'link'))
    expect(findGoldenFolders(temp.root, ['goldens'])).toEqual([
      join(temp.root, 'a/__golden__'),
      join(temp.root, 'b/goldens'),
    ])
    expect(goldenFileFolders([join(temp.root, 'a/__golden__')])).toEqual([
      join(temp.root, 'a/__golden__'),
      join(temp.root, 'a/__golden__/x.test.ts'),
    ])
  })
})
