/**
 * Where the code is in Markdown, by CommonMark's rules: fenced code blocks (a line of three or more backticks or
 * tildes to the next such line) and code spans (a backtick run closed by the next run of the same length).
 */

export interface CodeRegion {
  /** From the opening fence or backticks to after the closing ones. */
  start: number;
  end: number;
  /** What the code shows: a span's text, or a block's lines. */
  content: string;
  block: boolean;
}

/** The fenced code blocks and code spans of a Markdown text, in order. */
export function findCode(markdown: string): CodeRegion[] {
  const regions: CodeRegion[] = [];
  const lines = linesOf(markdown);
  let searched = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line.text);
    // A backtick fence's info string has no backtick: ```a``` is a code span.
    if (!open || (open[1]?.startsWith('`') && open[2]?.includes('`'))) continue;
    const fence = open[1] as string;
    const indent = line.text.length - line.text.trimStart().length;
    const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    let close = index + 1;
    while (close < lines.length && !closer.test((lines[close] as Line).text)) close++;
    regions.push(...findCodeSpans(markdown.slice(searched, line.start), searched));
    const last = lines[Math.min(close, lines.length - 1)] as Line;
    regions.push({
      start: line.start,
      end: last.start + last.text.length,
      // Content lines lose as much indentation as the fence has, up to theirs.
      content: lines
        .slice(index + 1, close)
        .map((inner) => inner.text.replace(new RegExp(`^ {0,${indent}}`), ''))
        .join('\n'),
      block: true,
    });
    searched = last.start + last.text.length;
    index = close;
  }
  regions.push(...findCodeSpans(markdown.slice(searched), searched));
  return regions;
}

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** The code spans of a text without fences; backticks escaped with a backslash open none. */
function findCodeSpans(markdown: string, offset: number): CodeRegion[] {
  const spans: CodeRegion[] = [];
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
    spans.push({
      start: offset + index,
      end: offset + close + ticks,
      content: spanContent(markdown.slice(index + ticks, close)),
      block: false,
    });
    index = close + ticks;
  }
  return spans;
}

/** Line ends as spaces, and one space at both ends stripped when both have one. */
function spanContent(written: string): string {
  const content = written.replace(/\n/g, ' ');
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
