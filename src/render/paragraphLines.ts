/**
 * Items written as lines of one paragraph (a section's `itemsAsLines`): an item whose line ends with a line break
 * (`<br>`, two spaces, a backslash) is followed by the next one on the next line; one that does not ends the
 * paragraph, and the next item opens another after a blank line.
 */

const endsWithBreak = /(?:<br\s*\/?>| {2}|\\)$/i;

export function joinAsLines(lines: readonly string[]): string {
  let out = '';
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (previous !== undefined) out += endsWithBreak.test(previous) ? '\n' : '\n\n';
    out += line;
  }
  return out;
}

/** Whether two items, the first written `line`, follow on adjacent lines of one paragraph. */
export function continuesParagraph(line: string): boolean {
  return endsWithBreak.test(line);
}
