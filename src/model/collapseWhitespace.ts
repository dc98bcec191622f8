/**
 * `text.replace(/\s+/g, ' ').trim()`, returning the text itself when it is already so: a value of an import is
 * nearly always one line of single spaces, and replacing each of its spaces by a space made a new string per value
 * (tens of thousands of them in a large import).
 */
const untidy = /[^\S ]| {2}|^ | $/;

export function collapseWhitespace(text: string): string {
  return untidy.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
