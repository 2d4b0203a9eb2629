import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker, threadId } from 'node:worker_threads'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { nodeIo, writeAtomic, type WriteIo } from '../../../src/golden/writeAtomic'

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'golden-write-'))
})
afterEach(() => {
  rmSync(folder, { recursive: true, force: true })
})

const moduleUrl = new URL('../../../src/golden/writeAtomic.ts', import.meta.url).href

/** Runs `writes` atomic writes of `path` in a worker thread; resolves to the errors it met. */
function writeInThread(path: string, writes: number, text: string): Promise<string[]> {
  const code = `
    const { register } = await import('tsx/esm/api')
    register()
    const { writeAtomic } = await import(${JSON.stringify(moduleUrl)})
    const { parentPort } = await import('node:worker_threads')
    const errors = []
    for (let i = 0; i < ${writes}; i++) {
      try { writeAtomic(${JSON.stringify(path)}, ${JSON.stringify(text)}) } catch (error) { errors.push(String(error)) }
    }
    parentPort.postMessage(errors)`
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true })
    worker.once('message', (errors: string[]) => {
      void worker.terminate()
      resolve(errors)
    })
    worker.once('error', reject)
  })
}

describe('writeAtomic', () => {
  test('passes when the file is created with its folder and no temporary file remains', () => {
    writeAtomic(join(folder, 'a', 'b', 'g.json'), 'x\n')
    expect(readFileSync(join(folder, 'a', 'b', 'g.json'), 'utf8')).toBe('x\n')
    expect(readdirSync(join(folder, 'a', 'b'))).toEqual(['g.json'])
  })

  test('passes when bytes are written as they are', () => {
    const bytes = Buffer.from([0x7b, 0x7d, 0x0a, 0xff])
    writeAtomic(join(folder, 'g.json'), bytes)
    expect(readFileSync(join(folder, 'g.json'))).toEqual(bytes)
  })

  test('passes when the temporary name holds the process, the thread and a counter', () => {
    const opened: string[] = []
    const io: WriteIo = {
      ...nodeIo,
      openSync: (path, flags) => {
        opened.push(path)
        return nodeIo.openSync(path, flags)
      },
    }
    writeAtomic(join(folder, 'g.json'), '1\n', io)
    writeAtomic(join(folder, 'g.json'), '2\n', io)
    const prefix = `.g.json.${process.pid}-${threadId}-`
    expect(opened.map((path) => path.slice(folder.length + 1))).toEqual([
      expect.stringMatching(new RegExp(`^${prefix.replace(/\./g, '\\.')}\\d+\\.tmp$`)),
      expect.stringMatching(new RegExp(`^${prefix.replace(/\./g, '\\.')}\\d+\\.tmp$`)),
    ])
    expect(opened[0]).not.toBe(opened[1])
  })

  test('passes when threads of one process write the same file at once', async () => {
    const path = join(folder, 'shared.json')
    const results = await Promise.all([1, 2, 3, 4].map((n) => writeInThread(path, 150, `${n}\n`)))
    expect(results.flat()).toEqual([])
    expect(readFileSync(path, 'utf8')).toMatch(/^[1-4]\n$/)
    expect(readdirSync(folder)).toEqual(['shared.json'])
  })

  test('passes when the first write to a folder removes leftovers of dead processes and of this thread', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout
    const leftovers = {
      dead: `.g.json.${dead}-1-0.tmp`,
      dead01: `.g.json.${dead}-3.tmp`,
      mine: `.g.json.${process.pid}-${threadId}-999.tmp`,
      alive: `.g.json.${process.ppid}-1-0.tmp`,
      otherThread: `.g.json.${process.pid}-${threadId + 1000}-0.tmp`,
    }
    for (const name of Object.values(leftovers)) writeFileSync(join(folder, name), 'half')
    writeFileSync(join(folder, 'notes.tmp'), 'not ours')
    writeAtomic(join(folder, 'g.json'), '{}\n')
    expect(readdirSync(folder).sort()).toEqual(
      [leftovers.alive, leftovers.otherThread, 'g.json', 'notes.tmp'].sort(),
    )
  })

  test('passes when short writes are continued until every byte is written', () => {
    const io: WriteIo = {
      ...nodeIo,
      writeSync: (fd, buffer, offset, length) =>
        nodeIo.writeSync(fd, buffer, offset, Math.min(length, 3)),
    }
    writeAtomic(join(folder, 'g.json'), 'héllo wörld\n', io)
    expect(readFileSync(join(folder, 'g.json'), 'utf8')).toBe('héllo wörld\n')
  })

  test('fails when a write dies half-way: the old golden stays intact and the temporary file is removed', () => {
    const path = join(folder, 'g.json')
    writeFileSync(path, 'old\n')
    const io: WriteIo = {
      ...nodeIo,
      writeSync: (fd, buffer, offset) => {
        nodeIo.writeSync(fd, buffer, offset, 2)
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
    }
    expect(() => writeAtomic(path, 'new content\n', io)).toThrow('ENOSPC')
    expect(readFileSync(path, 'utf8')).toBe('old\n')
    expect(readdirSync(folder)).toEqual(['g.json'])
  })

  test('fails when the process is killed mid-write: the old golden stays intact', () => {
    const path = join(folder, 'g.json')
    writeFileSync(path, 'old\n')
    // A real crash: a child process writes half of the text, then SIGKILLs itself.
    const script = `
      import { writeAtomic, nodeIo } from ${JSON.stringify(moduleUrl)}
      writeAtomic(${JSON.stringify(path)}, 'x'.repeat(100000), {
        ...nodeIo,
        writeSync: (fd, buffer, offset) => { nodeIo.writeSync(fd, buffer, offset, 50000); process.kill(process.pid, 'SIGKILL'); return 0 },
      })`
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    )
    expect(child.signal).toBe('SIGKILL')
    expect(readFileSync(path, 'utf8')).toBe('old\n')
    const leftovers = readdirSync(folder).filter((f) => f !== 'g.json')
    expect(leftovers).toHaveLength(1)
    expect(leftovers[0]).toMatch(/^\.g\.json\.\d+-\d+-\d+\.tmp$/)
    expect(readFileSync(join(folder, leftovers[0] as string), 'utf8')).toHaveLength(50000)
    // The next write to the folder removes what the dead process left.
    writeAtomic(path, 'new\n')
    expect(readdirSync(folder)).toEqual(['g.json'])
  })
})
