import { editScript, type Edit } from './editScript'

/**
 * The edit script between two lists of lines (see `editScript`): equal lines get one number
 * first, so the alignment compares numbers, not strings.
 * @internal
 */
export function lineEditScript(a: readonly string[], b: readonly string[]): Edit[] {
  const ids = new Map<string, number>()
  const idOf = (line: string): number => {
    let id = ids.get(line)
    if (id === undefined) ids.set(line, (id = ids.size))
    return id
  }
  return editScript(a.map(idOf), b.map(idOf))
}
