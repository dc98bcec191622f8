/**
 * What each unit of a section is: an item of the section's kind, a comment holding such items (hidden items),
 * a comment holding anything else (hidden text), or text. Every unit also gets the tokens a reader gets from it,
 * so that the export of its items can be checked against it.
 */

import { type Block, type CommentBlock, splitBlocks } from '../readPage/pageBlocks.js';
import { type SectionUnit, sectionUnits } from '../readPage/pageSections.js';
import type { RecognisedHeading } from '../readPage/sectionHeadings.js';
import { visibleTokens, withoutTokens } from '../readPage/visibleTokens.js';
import type { AuthorMarks } from './authorMarks.js';
import { parseHtmlListNews } from './htmlListNews.js';
import type { PageEntry, SourcedEntry } from './importedItems.js';
import { parseLiquidIncludeEntry } from './liquidIncludeEntry.js';
import { parseNewsEntry, parseNewsLines, parseNewsRow } from './newsEntry.js';
import { parsePublicationEntry } from './publicationEntry.js';
import { parseServiceEntry } from './serviceEntry.js';
import { parseTalkEntry } from './talkEntry.js';
import { templateSample } from './templateSamples.js';

export type ListKind = 'news' | 'publications' | 'talks' | 'service';

export type UnitRole = 'item' | 'hidden-items' | 'hidden-text' | 'text';

export interface ReadUnit {
  unit: SectionUnit;
  role: UnitRole;
  entries: SourcedEntry[];
  /** What a reader gets from the unit (from inside the comment, for a hidden one), its entries' dates taken out. */
  tokens: string[];
  /** Why the section must be kept as written although the unit holds items (news in an HTML list). */
  keepAsWritten?: string;
}

/** How a section's entries are read: what its heading says, and what the page's author marks mean. */
export interface ReadingContext {
  heading: RecognisedHeading;
  marks: AuthorMarks;
}

const latexMark = /\$\^\{?\\(?:dagger|ddagger|star)\}?\$/g;

export function readUnits(units: readonly SectionUnit[], kind: ListKind, context: ReadingContext): ReadUnit[] {
  const read = units.map((unit) => readUnit(unit, kind, context));
  if (kind === 'publications') {
    pairTitleAndAuthorParagraphs(read, context);
    labelPaperBoxes(read);
  }
  return read;
}

/** AcadHomepage's paper box: the venue badge (`<div class="badge">CVPR 2024</div>`) stands before the text. */
function labelPaperBoxes(read: readonly ReadUnit[]): void {
  read.forEach((unit, index) => {
    const [sourced] = unit.entries;
    const entry = sourced?.entry;
    if (unit.role !== 'item' || unit.entries.length !== 1 || entry?.kind !== 'publication' || entry.label) return;
    const badge = paperBoxBadge(read[index - 1]);
    if (badge === undefined) return;
    entry.label = badge;
    // `ICLR 2025`: the badge's year dates a paper whose links tell none.
    const year = /\b(?:19|20)\d\d\b/.exec(badge)?.[0];
    if (!entry.date && year) entry.date = { year: Number(year) };
  });
}

/**
 * A linked title paragraph followed by an authors paragraph (`[Title](url)`, blank line, `**A. Li**, B. Wu`) is one
 * publication: it spans both paragraphs, the first holding the entry and the second nothing more.
 */
function pairTitleAndAuthorParagraphs(read: ReadUnit[], context: ReadingContext): void {
  for (let index = 0; index + 1 < read.length; index++) {
    const first = read[index] as ReadUnit;
    const second = read[index + 1] as ReadUnit;
    if (first.role !== 'text' || second.role !== 'text') continue;
    if (first.unit.type !== 'block' || second.unit.type !== 'block') continue;
    const [title, authors] = [first.unit.block, second.unit.block];
    if (title.type !== 'paragraph' || authors.type !== 'paragraph' || title.raw.includes('\n')) continue;
    if (!/^\s{0,3}(?:\*\*)?\[[^\]\n]{1,500}\]\([^)\s]{1,2000}\)(?:\*\*)?\s*$/.test(title.raw)) continue;
    const entry = parseEntry(`${title.raw.trim()}\n${authors.raw.trim()}`, 'publications', context);
    if (!entry || templateSample(entry) !== undefined) continue;
    const source = `${title.raw}\n\n${authors.raw}`;
    first.role = 'item';
    first.entries = [sourced(entry, title.line, authors.endLine, false, source)];
    first.tokens = [...first.tokens, ...second.tokens];
    second.role = 'item';
    second.tokens = [];
    index++;
  }
}

const badgePattern = /<div class=["']badge["'][^>]{0,200}>([^\n]{1,300}?)<\/div>/;

/** The venue badge of the paper box whose text follows `before` (an HTML block opening `paper-box-text`). */
function paperBoxBadge(before: ReadUnit | undefined): string | undefined {
  if (before?.unit.type !== 'block' || before.unit.block.type !== 'html') return undefined;
  const html = before.unit.block.raw;
  if (!html.includes('paper-box-text')) return undefined;
  const written = badgePattern.exec(html)?.[1];
  if (written === undefined) return undefined;
  // `CVPR 2025 <span style="color:red">Oral</span>`: the badge's words.
  const text = written
    .replace(/<[^<>]{0,300}>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

function readUnit(unit: SectionUnit, kind: ListKind, context: ReadingContext): ReadUnit {
  if (unit.type === 'block' && unit.block.type === 'comment') {
    const entries = hiddenEntries(unit.block, kind, context);
    const tokens = visibleTokens(unit.block.inner);
    // A template's sample, commented out: hidden text, as written.
    if (entries && !sampleOf(entries)) {
      return { unit, role: 'hidden-items', entries, tokens: withoutDates(tokens, entries) };
    }
    return { unit, role: 'hidden-text', entries: [], tokens };
  }
  // A list item's marker is not text: `1.` is drawn by the list, not read.
  // An author mark written in LaTeX (`$^\dagger$`) is a mark, not the word "dagger".
  const tokens = visibleTokens((unit.type === 'item' ? unit.item.text : unit.block.raw).replace(latexMark, '†'));
  const entries = unitEntries(unit, kind, context, false);
  const sample = entries && sampleOf(entries);
  if (sample) {
    const keepAsWritten = `line ${unit.line}: ${sample}; kept as text, not imported as an item`;
    return { unit, role: 'text', entries: [], tokens, keepAsWritten };
  }
  if (entries) return { unit, role: 'item', entries, tokens: withoutDates(tokens, entries) };
  if (kind === 'publications' && unit.type === 'block' && unit.block.type === 'paragraph') {
    const entry = parseLiquidIncludeEntry(unit.block.raw, context.marks);
    if (entry) {
      const keepAsWritten = `line ${unit.line}: a publication written as a Liquid include; kept as written, imported as data`;
      return {
        unit,
        role: 'item',
        entries: [sourced(entry, unit.line, unit.endLine, false, unit.block.raw)],
        tokens: [],
        keepAsWritten,
      };
    }
  }
  if (kind === 'news' && unit.type === 'block' && unit.block.type === 'html') {
    const block = unit.block;
    const listed = parseHtmlListNews(block.raw);
    if (listed) {
      const found = listed.map(({ entry, offset, hidden }) =>
        sourced(entry, block.line + offset, block.line + offset, hidden, entry.body),
      );
      const keepAsWritten = `line ${block.line}: news written as an HTML list; kept as written, its items imported as data`;
      return { unit, role: 'item', entries: found, tokens: [], keepAsWritten };
    }
  }
  return { unit, role: 'text', entries: [], tokens };
}

/** The items a comment holds when it holds nothing else (`<!--* **\[2023.11\]** …-->`). */
export function hiddenEntries(
  comment: CommentBlock,
  kind: ListKind,
  context: ReadingContext,
): SourcedEntry[] | undefined {
  if (!comment.closed || comment.trailing.trim() !== '' || comment.inner.trim() === '') return undefined;
  const inner = sectionUnits(splitBlocks(comment.inner.split('\n'), comment.line));
  const entries: SourcedEntry[] = [];
  for (const unit of inner) {
    const found = unitEntries(unit, kind, context, true);
    if (!found) return undefined;
    entries.push(...found);
  }
  return entries.length > 0 ? entries : undefined;
}

function unitEntries(
  unit: SectionUnit,
  kind: ListKind,
  context: ReadingContext,
  hidden: boolean,
): SourcedEntry[] | undefined {
  if (unit.type === 'item') {
    const entry = parseEntry(unit.item.text, kind, context);
    return entry ? [sourced(entry, unit.line, unit.endLine, hidden, unit.item.text)] : undefined;
  }
  const block = unit.block;
  if (block.type === 'paragraph') return paragraphEntries(block, kind, context, hidden);
  if (block.type === 'table' && kind === 'news') {
    const [, ...rows] = block.rows;
    const entries = rows.map((row) => ({ row, entry: parseNewsRow(row.cells) }));
    if (entries.length === 0 || entries.some(({ entry }) => entry === undefined)) return undefined;
    return entries.map(({ row, entry }) =>
      sourced(entry as PageEntry, row.line, row.line, hidden, row.cells.join(' | ')),
    );
  }
  return undefined;
}

function paragraphEntries(
  block: Block,
  kind: ListKind,
  context: ReadingContext,
  hidden: boolean,
): SourcedEntry[] | undefined {
  if (kind === 'service') return undefined;
  if (kind === 'news') {
    const lines = parseNewsLines(block.raw);
    if (lines)
      return lines.map((entry, index) => sourced(entry, block.line + index, block.line + index, hidden, entry.body));
  }
  const entry = parseEntry(block.raw, kind, context);
  return entry ? [sourced(entry, block.line, block.endLine, hidden, block.raw)] : undefined;
}

function parseEntry(text: string, kind: ListKind, context: ReadingContext): PageEntry | undefined {
  switch (kind) {
    case 'news':
      return parseNewsEntry(text);
    case 'talks':
      return parseTalkEntry(text, context.heading.talkType ? { type: context.heading.talkType } : {});
    case 'service':
      return parseServiceEntry(text);
    case 'publications':
      return parsePublicationEntry(text, {
        marks: context.marks,
        ...(context.heading.selected ? { selected: true } : {}),
        ...(context.heading.category ? { category: context.heading.category } : {}),
      });
  }
}

/** Why these entries are a template's sample rather than the owner's items; `undefined` when they are the owner's. */
function sampleOf(entries: readonly SourcedEntry[]): string | undefined {
  for (const { entry } of entries) {
    const why = templateSample(entry);
    if (why !== undefined) return why;
  }
  return undefined;
}

function sourced(entry: PageEntry, line: number, endLine: number, hidden: boolean, source: string): SourcedEntry {
  return { entry, line, endLine, hidden, source };
}

function withoutDates(tokens: readonly string[], entries: readonly SourcedEntry[]): string[] {
  const dates = entries.flatMap(({ entry }) =>
    entry.kind === 'news' || entry.kind === 'talk' ? visibleTokens(entry.date.text) : [],
  );
  return withoutTokens(tokens, dates);
}
