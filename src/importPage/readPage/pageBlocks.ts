/**
 * Splits Markdown into the blocks a reader sees (headings, lists and their items, paragraphs, HTML comments,
 * tables, raw HTML, code), each with its lines in the page, following CommonMark where it decides what a page
 * shows: a line starting `<!--` opens a comment that runs to the first `-->`, a fence hides what it holds.
 */

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
const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const fenceOpen = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const listMarker = /^( {0,3})([*+-]|\d{1,9}[.)])([ \t]+|$)/;
const commentOpen = /^ {0,3}<!--/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const tableDelimiter = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
// CommonMark's HTML blocks that end at a blank line (type 6), plus type 1 whose end is its closing tag.
const htmlBlockTags =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const htmlBlockOpen = new RegExp(`^ {0,3}</?(?:${htmlBlockTags})(?:[\\s/>]|$)`, 'i');
const rawHtmlOpen = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const htmlLineTag = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>[ \t]*$/;

/** `lines` are the page's lines from `firstLine` on. */
export function splitBlocks(lines: readonly string[], firstLine: number): Block[] {
  return new BlockScanner(lines, firstLine).scan();
}

class BlockScanner {
  private index = 0;
  private readonly blocks: Block[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly firstLine: number,
  ) {}

  scan(): Block[] {
    while (this.index < this.lines.length) {
      const line = this.lines[this.index] ?? '';
      if (blank.test(line)) {
        this.index++;
        continue;
      }
      this.blocks.push(this.readBlock(line));
    }
    return this.blocks;
  }

  private readBlock(line: string): Block {
    const start = this.index;
    if (fenceOpen.test(line)) return this.readFence(start);
    if (commentOpen.test(line)) return this.readComment(start);
    if (rawHtmlOpen.test(line)) return this.readRawHtml(start);
    if (htmlBlockOpen.test(line) || htmlLineTag.test(line)) return this.readUntilBlank(start, 'html');
    const heading = atxHeading.exec(line);
    if (heading) {
      this.index++;
      return {
        ...this.base(start, start),
        type: 'heading',
        level: heading[1]?.length ?? 1,
        text: headingText(line.slice(heading[0].length)),
        setext: false,
      };
    }
    if (thematicBreak.test(line)) {
      this.index++;
      return { ...this.base(start, start), type: 'rule' };
    }
    if (listMarker.test(line)) return this.readList(start);
    const delimiterRow = (this.lines[start + 1] ?? '').trim();
    if (line.includes('|') && delimiterRow.includes('|') && tableDelimiter.test(delimiterRow))
      return this.readTable(start);
    return this.readParagraph(start);
  }

  private base(start: number, end: number): BlockBase {
    return {
      line: this.firstLine + start,
      endLine: this.firstLine + end,
      raw: this.lines.slice(start, end + 1).join('\n'),
    };
  }

  private readFence(start: number): Block {
    const open = fenceOpen.exec(this.lines[start] ?? '');
    const fence = open?.[2] ?? '```';
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    let end = start + 1;
    while (end < this.lines.length && !closing.test(this.lines[end] ?? '')) end++;
    end = Math.min(end, this.lines.length - 1);
    this.index = end + 1;
    return { ...this.base(start, end), type: 'code' };
  }

  private readComment(start: number): CommentBlock {
    const first = this.lines[start] ?? '';
    const openAt = first.indexOf('<!--') + 4;
    let end = start;
    let closeAt = first.indexOf('-->', openAt);
    while (closeAt < 0 && end + 1 < this.lines.length) {
      end++;
      closeAt = (this.lines[end] ?? '').indexOf('-->');
    }
    this.index = end + 1;
    const base = this.base(start, end);
    const fromOpen = base.raw.slice(base.raw.indexOf('<!--') + 4);
    if (closeAt < 0) return { ...base, type: 'comment', inner: fromOpen, closed: false, trailing: '' };
    const lastLine = this.lines[end] ?? '';
    const innerEnd = fromOpen.length - (lastLine.length - closeAt);
    return {
      ...base,
      type: 'comment',
      inner: fromOpen.slice(0, innerEnd),
      closed: true,
      trailing: lastLine.slice(closeAt + 3),
    };
  }

  private readRawHtml(start: number): Block {
    const tag = rawHtmlOpen.exec(this.lines[start] ?? '')?.[1]?.toLowerCase() ?? 'pre';
    const closing = new RegExp(`</${tag}>`, 'i');
    let end = start;
    while (end < this.lines.length - 1 && !closing.test(this.lines[end] ?? '')) end++;
    this.index = end + 1;
    return { ...this.base(start, end), type: 'html' };
  }

  private readUntilBlank(start: number, type: 'html'): Block {
    let end = start;
    while (end + 1 < this.lines.length && !blank.test(this.lines[end + 1] ?? '')) end++;
    this.index = end + 1;
    return { ...this.base(start, end), type };
  }

  private readTable(start: number): TableBlock {
    let end = start + 1;
    while (
      end + 1 < this.lines.length &&
      (this.lines[end + 1] ?? '').includes('|') &&
      !blank.test(this.lines[end + 1] ?? '')
    )
      end++;
    this.index = end + 1;
    const rows: TableBlock['rows'] = [];
    for (let at = start; at <= end; at++) {
      if (at === start + 1) continue;
      rows.push({ line: this.firstLine + at, cells: splitTableRow(this.lines[at] ?? '') });
    }
    return { ...this.base(start, end), type: 'table', rows };
  }

  private readParagraph(start: number): Block {
    let end = start;
    while (end + 1 < this.lines.length) {
      const next = this.lines[end + 1] ?? '';
      if (blank.test(next)) break;
      if (setextUnderline.test(next)) {
        this.index = end + 2;
        const text = this.lines
          .slice(start, end + 1)
          .map((line) => line.trim())
          .join(' ');
        return {
          ...this.base(start, end + 1),
          type: 'heading',
          level: next.trim().startsWith('=') ? 1 : 2,
          text,
          setext: true,
        };
      }
      if (interruptsParagraph(next)) break;
      end++;
    }
    this.index = end + 1;
    return { ...this.base(start, end), type: 'paragraph' };
  }

  private readList(start: number): ListBlock {
    const items: ListItem[] = [];
    let at = start;
    while (at < this.lines.length) {
      const item = this.readListItem(at);
      items.push(item.item);
      at = item.next;
      // Blank lines between two items keep the list going (a loose list).
      let look = at;
      while (look < this.lines.length && blank.test(this.lines[look] ?? '')) look++;
      if (look >= this.lines.length || !listMarker.test(this.lines[look] ?? '')) break;
      if (thematicBreak.test(this.lines[look] ?? '')) break;
      at = look;
    }
    this.index = at;
    const last = items[items.length - 1];
    const endIndex = (last?.endLine ?? this.firstLine + start) - this.firstLine;
    return { ...this.base(start, endIndex), type: 'list', items };
  }

  /** One item: its marker line, indented lines, lazy continuation lines, and blank lines followed by indented ones. */
  private readListItem(start: number): { item: ListItem; next: number } {
    const first = this.lines[start] ?? '';
    const match = listMarker.exec(first);
    const indent = match?.[1]?.length ?? 0;
    const marker = match?.[2] ?? '*';
    const spacing = match?.[3] ?? ' ';
    const contentIndent = indent + marker.length + (spacing.length > 4 || spacing.length === 0 ? 1 : spacing.length);
    const contentLines = [first.slice((match?.[0] ?? '').length)];
    let end = start;
    let previousBlank = false;
    for (let at = start + 1; at < this.lines.length; at++) {
      const line = this.lines[at] ?? '';
      if (blank.test(line)) {
        previousBlank = true;
        continue;
      }
      // A line that is not indented enough continues the item only as a lazy line of its paragraph.
      if (indentationOf(line) < contentIndent && (previousBlank || startsBlock(line))) break;
      for (let gap = end + 1; gap < at; gap++) contentLines.push('');
      contentLines.push(dedent(line, contentIndent));
      end = at;
      previousBlank = false;
    }
    const base = this.base(start, end);
    return { item: { ...base, marker, text: contentLines.join('\n').trimEnd() }, next: end + 1 };
  }
}

/** The heading's text without the closing `#`s (`## News ##` → `News`); `#5` at the end is text. */
function headingText(afterHashes: string): string {
  const text = afterHashes.trim();
  const withoutHashes = text.replace(/#+$/, '');
  if (withoutHashes === '') return '';
  return /[ \t]$/.test(withoutHashes) ? withoutHashes.trimEnd() : text;
}

function interruptsParagraph(line: string): boolean {
  if (fenceOpen.test(line) || commentOpen.test(line) || atxHeading.test(line) || thematicBreak.test(line)) return true;
  if (rawHtmlOpen.test(line) || htmlBlockOpen.test(line)) return true;
  // CommonMark: a list interrupts a paragraph unless it is empty or an ordered list not starting at 1.
  const marker = listMarker.exec(line);
  if (!marker || blank.test(line.slice(marker[0].length))) return false;
  return !/^\d/.test(marker[2] ?? '') || /^1[.)]$/.test(marker[2] ?? '');
}

function startsBlock(line: string): boolean {
  return listMarker.test(line) || interruptsParagraph(line) || setextUnderline.test(line);
}

function indentationOf(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
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
