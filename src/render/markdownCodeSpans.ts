/** Where Markdown's code spans are, by CommonMark's rules: a backtick run closed by the next run of the same length. */

export interface CodeSpan {
  /** From the opening backticks to after the closing ones. */
  start: number;
  end: number;
  /** How many backticks open and close it. */
  ticks: number;
}

/** The code spans of a Markdown text, in order; backticks escaped with a backslash open none. */
export function findCodeSpans(markdown: string): CodeSpan[] {
  const spans: CodeSpan[] = [];
  let index = 0;
  while (index < markdown.length) {
    const char = markdown[index];
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char !== '`') {
      index++;
      continue;
    }
    const ticks = backtickRunLength(markdown, index);
    const close = closingRun(markdown, index + ticks, ticks);
    if (close < 0) {
      // No closing run: the backticks are text.
      index += ticks;
      continue;
    }
    spans.push({ start: index, end: close + ticks, ticks });
    index = close + ticks;
  }
  return spans;
}

/** What a code span shows: line ends as spaces, and one space at both ends stripped when both have one. */
export function codeSpanContent(markdown: string, span: CodeSpan): string {
  const content = markdown.slice(span.start + span.ticks, span.end - span.ticks).replace(/\r?\n/g, ' ');
  return /^ .*[^ ].* $/s.test(content) ? content.slice(1, -1) : content;
}

function backtickRunLength(text: string, start: number): number {
  let end = start;
  while (text[end] === '`') end++;
  return end - start;
}

/** The start of the next backtick run of exactly `ticks` backticks, or -1. Backslashes escape nothing in code. */
function closingRun(text: string, from: number, ticks: number): number {
  let index = text.indexOf('`', from);
  while (index >= 0) {
    const length = backtickRunLength(text, index);
    if (length === ticks) return index;
    index = text.indexOf('`', index + length);
  }
  return -1;
}
