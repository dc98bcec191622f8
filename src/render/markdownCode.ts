/**
 * Where the code is in Markdown, by CommonMark's rules: fenced code blocks (a line of three or more backticks or
 * tildes to the next such line), indented code blocks (lines indented four columns more than their list item's text)
 * and code spans (a backtick run closed by the next run of the same length).
 */

export interface CodeRegion {
  /** From the opening fence or backticks to after the closing ones. */
  start: number;
  end: number;
  /** What the code shows: a span's text, or a block's lines. */
  content: string;
  block: boolean;
  /** The indentation of the list item a block is in, which every line of what replaces it needs to stay there. */
  indent: string;
}

/** The code blocks and code spans of a Markdown text, in order. */
export function findCode(markdown: string): CodeRegion[] {
  const regions: CodeRegion[] = [];
  const lines = linesOf(markdown);
  // The text columns of the open list items, innermost last: a line indented less after a blank line closes them.
  const listTextColumns: number[] = [];
  let searched = 0;
  let mayStartIndentedCode = true;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    const previousBlank = index > 0 && isBlank((lines[index - 1] as Line).text);
    const columns = indentColumns(line.text);
    if (isBlank(line.text)) {
      mayStartIndentedCode = true;
      continue;
    }
    const marker = listMarker(line.text);
    while (listTextColumns.length > 0 && columns < (listTextColumns.at(-1) as number) && (previousBlank || marker)) {
      listTextColumns.pop();
    }
    const container = listTextColumns.at(-1) ?? 0;
    // An indented line continues a paragraph; it starts code only after a blank line, a heading or the text's start.
    if (columns - container >= 4 && mayStartIndentedCode) {
      let last = index;
      for (let next = index + 1; next < lines.length; next++) {
        const text = (lines[next] as Line).text;
        if (isBlank(text)) continue;
        if (indentColumns(text) < container + 4) break;
        last = next;
      }
      regions.push(...findCodeSpans(markdown.slice(searched, line.start), searched));
      const end = (lines[last] as Line).start + (lines[last] as Line).text.length;
      const start = line.start + stripColumns(line.text, container).offset;
      regions.push({
        start,
        end,
        content: lines
          .slice(index, last + 1)
          .map((inner) => stripColumns(inner.text, container + 4).text)
          .join('\n'),
        block: true,
        indent: ' '.repeat(container),
      });
      searched = end;
      index = last;
      mayStartIndentedCode = false;
      continue;
    }
    mayStartIndentedCode = /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line.text);
    if (marker && columns - container <= 3) listTextColumns.push(columns + marker);
    const open = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/.exec(line.text);
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
      indent: '',
    });
    searched = last.start + last.text.length;
    index = close;
    mayStartIndentedCode = true;
  }
  regions.push(...findCodeSpans(markdown.slice(searched), searched));
  return regions;
}

interface Line {
  start: number;
  text: string;
}

function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/** How many columns a line's leading whitespace takes, a tab reaching the next multiple of four. */
function indentColumns(text: string): number {
  return stripColumns(text, Number.POSITIVE_INFINITY).columns;
}

/** The line without its first `count` columns of indentation (a tab that reaches past them leaves spaces). */
function stripColumns(text: string, count: number): { text: string; offset: number; columns: number } {
  let columns = 0;
  let offset = 0;
  while (offset < text.length && columns < count) {
    const char = text[offset];
    const width = char === ' ' ? 1 : char === '\t' ? 4 - (columns % 4) : 0;
    if (width === 0) break;
    if (columns + width > count) {
      return { text: ' '.repeat(columns + width - count) + text.slice(offset + 1), offset: offset + 1, columns: count };
    }
    columns += width;
    offset++;
  }
  return { text: text.slice(offset), offset, columns };
}

/**
 * The width of a list item's marker and the spaces after it (`- `, `1. `), which its text is indented by; 0 when the
 * line starts no list item. A thematic break (`* * *`) is no list item.
 */
function listMarker(text: string): number {
  if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(text)) return 0;
  const match = /^ {0,3}([-*+]|\d{1,9}[.)])(?:( +)|$)/.exec(text);
  if (!match) return 0;
  // No text after the marker, or five spaces or more (the text is then indented code), counts as one space.
  const spaces = match[2]?.length ?? 0;
  return (match[1] as string).length + (spaces === 0 || spaces > 4 ? 1 : spaces);
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
  // Run lengths known to have no closing run after `index`: a search for them would read the rest again and fail.
  const unclosed = new Set<number>();
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
    const close = unclosed.has(ticks) ? -1 : closingRun(markdown, index + ticks, ticks);
    if (close < 0) {
      // No closing run: the backticks are text.
      unclosed.add(ticks);
      index += ticks;
      continue;
    }
    spans.push({
      start: offset + index,
      end: offset + close + ticks,
      content: spanContent(markdown.slice(index + ticks, close)),
      block: false,
      indent: '',
    });
    index = close + ticks;
  }
  return spans;
}

/** Line ends as spaces, and one space at both ends stripped when both have one. */
function spanContent(written: string): string {
  const content = written.replace(/\n/g, ' ');
  const padded = content.length >= 2 && content.startsWith(' ') && content.endsWith(' ');
  return padded && content.trim() !== '' ? content.slice(1, -1) : content;
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
