import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { cliColors } from '../../../src/cli/cliColors'
import { pendingAt } from '../../../src/cli/pendingGoldens'
import { renderPending } from '../../../src/cli/renderPending'
import { tempFolder } from '../../helpers/tempFolder'

const temp = tempFolder('golden-cli-parts-')

describe('renderPending', () => {
  const colors = cliColors({}, false)

  test('passes when a changed golden shows what it replaces, the changed paths and the diff', () => {
    temp.put('__golden__/a.test.ts/t.json', '{\n  "a": 1,\n  "b": 1\n}\n')
    temp.put('__golden__/a.test.ts/t.json.new', '{\n  "a": 2,\n  "b": 1\n}\n')
    expect(
      renderPending(
        pendingAt(join(temp.root, '__golden__/a.test.ts/t.json.new')),
        temp.root,
        colors,
      ),
    ).toBe(
      [
        '__golden__/a.test.ts/t.json.new',
        '  replaces __golden__/a.test.ts/t.json',
        '  changed at $.a',
        '',
        '- Golden',
        '+ Received',
        '',
        '@@ -1,4 +1,4 @@',
        '  {',
        '-   "a": 1,',
        '+   "a": 2,',
        '    "b": 1',
        '  }',
      ].join('\n'),
    )
  })

  test('passes when a value that changed kind says accepting removes the old file', () => {
    temp.put('__golden__/a.test.ts/t.json', '[\n  1\n]\n')
    temp.put('__golden__/a.test.ts/t.golden.new', 'Set [\n  1\n]\n')
    expect(
      renderPending(
        pendingAt(join(temp.root, '__golden__/a.test.ts/t.golden.new')),
        temp.root,
        colors,
      ),
    ).toContain(
      '  replaces __golden__/a.test.ts/t.json (the value changed kind: accepting writes __golden__/a.test.ts/t.golden and removes it)',
    )
  })
})
