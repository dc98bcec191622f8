/**
 * Splits Markdown into the blocks a reader sees (headings, lists and their items, paragraphs, HTML comments,
 * tables, raw HTML, code), each with its lines in the page. Where a block starts and ends is markdown-it's
 * CommonMark reading (its block tokens and their line maps), so the importer cuts a page as a renderer does: a line
 * starting `<!--` opens a comment that runs to the first `-->`, a fence hides what it holds, a list keeps its
 * indented and lazy lines.
 *
 * Hand code remains where the tokens do not carry what the importer needs: a list item's text and a table's cells
 * as written (the tokens hold them parsed, and the importer rewrites the Markdown itself), a comment's inner text
 * and what follows its `-->`, and the lines markdown-it reads into no token (link reference definitions), which
 * stay on the page as paragraphs.
 */
import { markdownReader, type Token } from '../../markdown/markdownReader.js';

export interface BlockBase {
  /** 1-based lines of the page, inclusive. */
  line: number;
  endLine: number;
  /** The block's lines exactly as written. */
  raw: string;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: number;
  /** The heading's inline text, without `#`s or the setext underline. */
  text: string;
  setext: boolean;
}

export interface ListItem extends BlockBase {
  /** `*`, `-`, `+`, `1.`, `1)`. */
  marker: string;
  /** The item's content: the first line after the marker, the others without the item's indentation. */
  text: string;
}

export interface ListBlock extends BlockBase {
  type: 'list';
  items: ListItem[];
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
}

export interface CommentBlock extends BlockBase {
  type: 'comment';
  /** What is between `<!--` and `-->`. */
  inner: string;
  /** False when no `-->` closes it: it hides the rest of the page. */
  closed: boolean;
  /** Text after `-->` on the closing line (visible). */
  trailing: string;
}

export interface TableBlock extends BlockBase {
  type: 'table';
  /** Cells of every row but the delimiter row; the header row first. */
  rows: { line: number; cells: string[] }[];
}

export interface OpaqueBlock extends BlockBase {
  type: 'html' | 'code' | 'rule';
}

export type Block = HeadingBlock | ListBlock | ParagraphBlock | CommentBlock | TableBlock | OpaqueBlock;

const blank = /^\s*$/;
const listMarker = /^( {0,3})([*+-]|\d{1,9}[.)])([ \t]+|$)/;
const commentOpen = /^ {0,3}<!--/;

/** `lines` are the page's lines from `firstLine` on. */
export function splitBlocks(lines: readonly string[], firstLine: number): Block[] {
  // A lone carriage return would end a line for markdown-it and shift its line maps; it is a space here.
  const tokens = markdownReader.parse(lines.map((line) => line.replace(/\r/g, ' ')).join('\n'), {});
  const page = new PageLines(lines, firstLine);
  const blocks: Block[] = [];
  let covered = 0;
  for (const [at, token] of tokens.entries()) {
    if (token.level !== 0 || token.nesting === -1 || token.map === null) continue;
    const [start, end] = token.map;
    blocks.push(...page.unread(covered, start));
    const block = toBlock(page, tokens, at, start, end);
    if (block !== undefined) blocks.push(block);
    covered = Math.max(covered, end);
  }
  blocks.push(...page.unread(covered, lines.length));
  return blocks;
}

/** The block of the top-level token at `at`, which covers the lines `start` to before `end`. */
function toBlock(page: PageLines, tokens: readonly Token[], at: number, start: number, end: number): Block | undefined {
  const token = tokens[at] as Token;
  const last = page.lastFilled(start, end);
  switch (token.type) {
    case 'heading_open': {
      const setext = token.markup === '=' || token.markup === '-';
      const content = tokens[at + 1]?.content ?? '';
      return {
        ...page.base(start, last),
        type: 'heading',
        level: Number(token.tag.slice(1)),
        text: setext
          ? content
              .split('\n')
              .map((line) => line.trim())
              .join(' ')
          : content,
        setext,
      };
    }
    case 'paragraph_open':
    case 'blockquote_open':
      return { ...page.base(start, last), type: 'paragraph' };
    case 'bullet_list_open':
    case 'ordered_list_open':
      return { ...page.base(start, last), type: 'list', items: listItems(page, tokens, at) };
    case 'table_open':
      return { ...page.base(start, last), type: 'table', rows: tableRows(page, tokens, at) };
    case 'html_block':
      // An unclosed comment runs to the end of the page, blank lines and all.
      return commentOpen.test(page.line(start))
        ? page.comment(start, end - 1)
        : { ...page.base(start, last), type: 'html' };
    case 'fence':
    case 'code_block':
      return { ...page.base(start, last), type: 'code' };
    case 'hr':
      return { ...page.base(start, last), type: 'rule' };
    default:
      return undefined;
  }
}

/** The items of the list opened at `at`, from its `list_item_open` tokens. */
function listItems(page: PageLines, tokens: readonly Token[], at: number): ListItem[] {
  const items: ListItem[] = [];
  const level = (tokens[at] as Token).level;
  for (let next = at + 1; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.level === level) break;
    if (token.type !== 'list_item_open' || token.level !== level + 1 || token.map === null) continue;
    const [start, end] = token.map;
    const last = page.lastFilled(start, end);
    items.push({ ...page.base(start, last), marker: `${token.info}${token.markup}`, text: page.itemText(start, last) });
  }
  return items;
}

/** Every row of the table opened at `at` but its delimiter row, with its cells as written. */
function tableRows(page: PageLines, tokens: readonly Token[], at: number): TableBlock['rows'] {
  const rows: TableBlock['rows'] = [];
  const level = (tokens[at] as Token).level;
  for (let next = at + 1; next < tokens.length; next++) {
    const token = tokens[next] as Token;
    if (token.level === level) break;
    if (token.type !== 'tr_open' || token.map === null) continue;
    rows.push({ line: page.lineNumber(token.map[0]), cells: splitTableRow(page.line(token.map[0])) });
  }
  return rows;
}

/** The page's lines, read by index (0 is `firstLine`). */
class PageLines {
  constructor(
    private readonly lines: readonly string[],
    private readonly firstLine: number,
  ) {}

  line(index: number): string {
    return this.lines[index] ?? '';
  }

  lineNumber(index: number): number {
    return this.firstLine + index;
  }

  base(start: number, end: number): BlockBase {
    return {
      line: this.lineNumber(start),
      endLine: this.lineNumber(end),
      raw: this.lines.slice(start, end + 1).join('\n'),
    };
  }

  /** The last line before `end` that is not blank (a block's map runs over the blank lines after it). */
  lastFilled(start: number, end: number): number {
    let last = Math.min(end, this.lines.length) - 1;
    while (last > start && blank.test(this.line(last))) last--;
    return last;
  }

  /** Lines no token holds (link reference definitions): each run of them is a paragraph of the page. */
  unread(from: number, to: number): ParagraphBlock[] {
    const paragraphs: ParagraphBlock[] = [];
    let start = from;
    while (start < to) {
      if (blank.test(this.line(start))) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < to && !blank.test(this.line(end + 1))) end++;
      paragraphs.push({ ...this.base(start, end), type: 'paragraph' });
      start = end + 1;
    }
    return paragraphs;
  }

  comment(start: number, end: number): CommentBlock {
    const base = this.base(start, end);
    const fromOpen = base.raw.slice(base.raw.indexOf('<!--') + 4);
    const closeAt = fromOpen.indexOf('-->');
    if (closeAt < 0) {
      // markdown-it's map leaves out the blank lines that end the page; an unclosed comment hides them too.
      if (end < this.lines.length - 1) return this.comment(start, this.lines.length - 1);
      return { ...base, type: 'comment', inner: fromOpen, closed: false, trailing: '' };
    }
    const lineEnd = fromOpen.indexOf('\n', closeAt);
    return {
      ...base,
      type: 'comment',
      inner: fromOpen.slice(0, closeAt),
      closed: true,
      trailing: fromOpen.slice(closeAt + 3, lineEnd < 0 ? undefined : lineEnd),
    };
  }

  /** The item's content as written: its first line after the marker, the others without the item's indentation. */
  itemText(start: number, end: number): string {
    const first = this.line(start);
    const match = listMarker.exec(first);
    const indent = match?.[1]?.length ?? 0;
    const marker = match?.[2] ?? '*';
    const spacing = match?.[3] ?? ' ';
    const contentIndent = indent + marker.length + (spacing.length > 4 || spacing.length === 0 ? 1 : spacing.length);
    const contentLines = [first.slice((match?.[0] ?? '').length)];
    for (let at = start + 1; at <= end; at++) {
      const line = this.line(at);
      contentLines.push(blank.test(line) ? '' : dedent(line, contentIndent));
    }
    return contentLines.join('\n').trimEnd();
  }
}

/** Removes up to `width` columns of leading whitespace. */
function dedent(line: string, width: number): string {
  let removed = 0;
  let at = 0;
  while (at < line.length && removed < width) {
    const char = line[at];
    if (char === ' ') removed++;
    else if (char === '\t') removed += 4 - (removed % 4);
    else break;
    at++;
  }
  return line.slice(at);
}

/** `| a | b \| c |` → `['a', 'b \| c']`: pipes escaped with a backslash or inside code stay in their cell. */
export function splitTableRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char === '\\' && line[at + 1] === '|') {
      current += '\\|';
      at++;
    } else if (char === '`') {
      inCode = !inCode;
      current += char;
    } else if (char === '|' && !inCode) {
      cells.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop();
  return cells.map((cell) => cell.trim());
}
