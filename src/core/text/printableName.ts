// Characters that end or break a line somewhere (C0 and C1 controls, the Unicode line and paragraph
// separators), and the runs of seven `<`, `=` or `>` that Git and editors read as a merge conflict.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|<{7}|={7}|>{7}/

/**
 * A function or class name as the notation prints it (`[Function name]`, `Name { … }`): unchanged
 * when it is safe on one line, else quoted and escaped as a JSON string. A name with a line break
 * printed raw would split the golden text over lines that a Windows checkout rewrites (so the file
 * never matches again), and a name like `=======` would make the file read as a merge conflict.
 * A name that starts with `"` is quoted too, so a quoted name never reads like another name.
 * Anything but a string (a class whose static `name` is not a string) prints as `fallback`.
 *
 * @example printableName('Order', '<anonymous>') // 'Order'
 * @example printableName('a\nb', '<anonymous>') // '"a\\nb"'
 * @internal
 */
export function printableName(name: unknown, fallback: string): string {
  if (typeof name !== 'string' || name === '') return fallback
  if (!UNSAFE.test(name) && !name.startsWith('"')) return name
  // JSON.stringify leaves DEL, the C1 controls, U+2028 and U+2029 as they are; editors break
  // lines at some of them.
  return JSON.stringify(name).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
