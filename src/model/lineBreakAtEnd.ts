/**
 * A line without the hard line break that ends it (`<br>`, a backslash, two spaces), and the spaces after it. Loops,
 * not `/(?:<br\s*\/?>|\\| {2,})\s*$/`: on a long run of spaces that pattern backtracks from every one of them.
 */
const brAtEnd = /<br\s*\/?>$/i;

export function withoutLineBreakAtEnd(line: string): string {
  const trimmed = line.trimEnd();
  if (trimmed.endsWith('\\')) return trimmed.slice(0, -1);
  const br = trimmed.lastIndexOf('<');
  if (br !== -1 && brAtEnd.test(trimmed.slice(br))) return trimmed.slice(0, br);
  const twoSpaces = line.indexOf('  ', trimmed.length);
  return twoSpaces === -1 ? line : line.slice(0, twoSpaces);
}
