/**
 * The page laid out as profile.md's `page.sections`: the bio, the contact lines, the lists written from items, and
 * everything else kept as written in text sections (a lone comment as a hidden one), headings where they were.
 */
import { markdownToPlainLine } from '../../model/itemSummary.js';
import type { HeadingStyle, PageSection as PageLayoutSection } from '../../model/schema.js';
import { slugFromText, uniqueStem } from '../../model/slug.js';
import type { ListKind } from '../readEntries/sectionReading.js';
import { preview } from '../readPage/inlineMarkdown.js';
import type { CommentBlock } from '../readPage/pageBlocks.js';
import type { PageSection, SectionUnit } from '../readPage/pageSections.js';
import { listHiddenForm, type NoteAfterItem, noteAfterItem, textHiddenForm } from './hiddenForms.js';
import type { LinesBetween, SectionRead } from './sectionReads.js';

export interface KeptText {
  line: number;
  endLine: number;
  /** Inside a comment on the page (and on the export). */
  hidden: boolean;
  /** Where it is kept: `profile.md` (the bio) or `sections/<name>.md`. */
  file: string;
  /** Its first line, shortened. */
  preview: string;
}

export interface TextSectionFile {
  stem: string;
  data: Record<string, unknown>;
  body: string;
}

export type Piece =
  | { type: 'bio'; units: SectionUnit[] }
  | { type: 'contact' }
  | { type: 'list'; kind: ListKind; allHidden: boolean; line: number; notes: NoteAfterItem[] }
  | { type: 'text'; units: SectionUnit[] }
  | { type: 'hidden-text'; unit: SectionUnit & { type: 'block'; block: CommentBlock } };

/** What the export writes for one section, in order. */
export function sectionPieces(
  section: PageSection,
  read: SectionRead,
  contactChecked: boolean,
  target: number,
): Piece[] {
  if (section.heading === undefined) return [{ type: 'bio', units: read.units }];
  const pieces: Piece[] = [];
  if (read.listKind && read.rendered && read.run) {
    const { first, last } = read.run;
    pushUnits(pieces, read.units.slice(0, first));
    const inRun = read.read.slice(first, last + 1);
    const allHidden = inRun.every((unit) => unit.role !== 'item');
    // A one-line comment of other text right under an item stays there; other comments between the items follow it.
    const notes: NoteAfterItem[] = [];
    const after: SectionUnit[] = [];
    inRun.forEach((unit, index) => {
      const note = noteAfterItem(unit, inRun[index - 1]);
      if (note) notes.push(note);
      else if (unit.role === 'hidden-text') after.push(unit.unit);
    });
    pieces.push({ type: 'list', kind: read.listKind, allHidden, line: read.units[first]?.line ?? 0, notes });
    for (const unit of after) pushUnits(pieces, [unit]);
    pushUnits(pieces, read.units.slice(last + 1));
    return pieces;
  }
  const startAt = read.contact && contactChecked ? read.contactUnits : 0;
  if (startAt > 0) pieces.push({ type: 'contact' });
  // Hidden publications move to the list of publications when there is one written from items.
  const moved = target >= 0 ? read.foreignUnits : new Set<SectionUnit>();
  let group: SectionUnit[] = [];
  for (const unit of read.units.slice(startAt)) {
    if (moved.has(unit)) {
      pushUnits(pieces, group);
      group = [];
    } else {
      group.push(unit);
    }
  }
  pushUnits(pieces, group);
  return pieces;
}

/** Units kept as written: a lone comment becomes a hidden section, anything else one text section. */
function pushUnits(pieces: Piece[], units: readonly SectionUnit[]): void {
  if (units.length === 0) return;
  const only = units[0];
  if (units.length === 1 && only?.type === 'block' && only.block.type === 'comment') {
    const comment = only.block;
    if (comment.closed && comment.trailing.trim() === '' && comment.inner.trim() !== '') {
      pieces.push({ type: 'hidden-text', unit: { ...only, block: comment } });
      return;
    }
  }
  const previous = pieces[pieces.length - 1];
  if (previous?.type === 'text') previous.units.push(...units);
  else pieces.push({ type: 'text', units: [...units] });
}

export interface PageLayout {
  bio: string;
  pageSections: PageLayoutSection[];
  textSections: TextSectionFile[];
  /** Per section of the page: what was kept as written, and where. */
  kept: KeptText[][];
  /** Comments kept right under an item, by the index in `pageSections` of the item's list. */
  notes: { section: number; note: NoteAfterItem }[];
}

export function pageLayout(
  sections: readonly PageSection[],
  reads: readonly SectionRead[],
  pieces: readonly Piece[][],
  linesBetween: LinesBetween,
  lineText: (line: number) => string,
): PageLayout {
  const pageSections: PageLayoutSection[] = [];
  const textSections: TextSectionFile[] = [];
  const stems = new Set<string>();
  const kept: KeptText[][] = [];
  const notes: PageLayout['notes'] = [];
  let bio = '';
  const addText = (
    name: string,
    data: Record<string, unknown>,
    body: string,
    style?: HeadingStyle,
    tight?: boolean,
    written?: Partial<PageLayoutSection>,
  ): string => {
    const stem = uniqueStem(slugFromText(name, 6), (candidate) => stems.has(candidate));
    stems.add(stem);
    textSections.push({ stem, data, body });
    pageSections.push({
      kind: 'text',
      section: stem,
      ...(style ? { heading: style } : {}),
      ...(tight ? { blankAfterHeading: false } : {}),
      ...written,
    });
    return `sections/${stem}.md`;
  };
  sections.forEach((section, index) => {
    const read = reads[index] as SectionRead;
    const sectionKept: KeptText[] = [];
    kept.push(sectionKept);
    let heading = section.heading;
    for (const piece of pieces[index] ?? []) {
      if (piece.type === 'bio') {
        const range = unitsRange(piece.units);
        if (range) {
          bio = linesBetween(range.line, range.endLine).trim();
          if (bio !== '') {
            pageSections.push({ kind: 'bio' });
            sectionKept.push(keptText(range.line, range.endLine, false, 'profile.md', lineText));
          }
        }
        continue;
      }
      if (piece.type === 'contact' || piece.type === 'list') {
        if (heading && piece.type === 'list' && piece.allHidden) {
          // A list of hidden items has no heading on the export; the page showed one.
          const file = addText(heading.text, titleData(heading.text), '', headingStyleOf(heading));
          sectionKept.push(keptText(heading.line, heading.endLine, false, file, lineText));
          heading = undefined;
        }
        const style = heading ? headingStyleOf(heading) : undefined;
        const title = heading ? { title: headingTitle(heading.text), ...(style ? { heading: style } : {}) } : {};
        if (piece.type === 'contact') pageSections.push({ kind: 'contact', ...title });
        else {
          const only = read.only ? { only: read.only } : {};
          // `## News`, a blank line, then the list: the export keeps the blank line.
          const blank =
            heading?.style === 'atx' &&
            piece.line > heading.endLine + 1 &&
            linesBetween(heading.endLine + 1, piece.line - 1).trim() === '';
          pageSections.push({
            kind: piece.kind,
            ...title,
            ...(blank ? { blankAfterHeading: true } : {}),
            ...only,
            ...(read.layout ? { layout: read.layout } : {}),
            ...(read.numberFrom === undefined ? {} : { numberFrom: read.numberFrom }),
            ...(read.htmlNews?.wrap ? { wrap: read.htmlNews.wrap } : {}),
            ...(read.htmlNews?.older ? { older: read.htmlNews.older } : {}),
            ...listHiddenForm(read, lineText),
            ...(read.itemsAsLines ? { itemsAsLines: true } : {}),
          });
          for (const note of piece.notes) {
            notes.push({ section: pageSections.length - 1, note });
            sectionKept.push(keptText(note.line, note.endLine, true, 'profile.md, under its item', lineText));
          }
        }
        heading = undefined;
        continue;
      }
      if (piece.type === 'hidden-text' && heading === undefined) {
        const inner = piece.unit.block.inner.replace(/^\s*\n/, '').trimEnd();
        const innerHeading = /^## +(.+?)(?: +#+)? *\n/.exec(`${inner}\n`);
        const body = innerHeading ? inner.slice(innerHeading[0].length).trim() : inner.trim();
        const name = innerHeading?.[1] ?? markdownToPlainLine(body);
        const data = { ...(innerHeading ? titleData(innerHeading[1] ?? '') : {}), hidden: true };
        // `## Title` with its text on the next line: the export writes no blank line between them either.
        const tight = innerHeading !== null && body !== '' && !/^## [^\n]*\n[ \t]*\n/.test(`${inner}\n`);
        const written = innerHeading ? undefined : textHiddenForm(piece.unit.block, body, lineText);
        const file = addText(name, data, body, undefined, tight, written);
        sectionKept.push(keptText(piece.unit.line, piece.unit.endLine, true, file, lineText));
        continue;
      }
      const units = piece.type === 'text' ? piece.units : [piece.unit];
      const range = unitsRange(units);
      if (!range) continue;
      let body = linesBetween(range.line, range.endLine);
      let data: Record<string, unknown> = {};
      let from = range.line;
      let tight = false;
      if (heading) {
        // `## Title` is written back as the section's title; other headings stay in the text as written.
        if (heading.style === 'atx' && heading.level === 2 && heading.text !== '') {
          data = titleData(heading.text);
          // `## Awards` with its text on the next line: the export writes no blank line between them either.
          tight = range.line === heading.endLine + 1;
        } else {
          body = linesBetween(heading.line, range.endLine);
          from = heading.line;
        }
      }
      const name = heading?.text ?? markdownToPlainLine(body);
      const file = addText(name || 'text', data, body.trim(), undefined, tight);
      sectionKept.push(keptText(from, range.endLine, false, file, lineText));
      heading = undefined;
    }
    if (heading) {
      // A heading with nothing under it.
      const atx2 = heading.style === 'atx' && heading.level === 2 && heading.text !== '';
      const file = addText(
        heading.text || 'heading',
        atx2 ? titleData(heading.text) : {},
        atx2 ? '' : linesBetween(heading.line, heading.endLine),
      );
      sectionKept.push(keptText(heading.line, heading.endLine, false, file, lineText));
    }
  });
  return { bio, pageSections, textSections, kept, notes };
}

/** How the export writes a heading the page wrote otherwise than `## Title`; undefined for that default. */
function headingStyleOf(heading: {
  style: 'atx' | 'setext' | 'bold' | 'plain';
  level: number;
}): HeadingStyle | undefined {
  if (heading.style === 'bold' || heading.style === 'plain') return heading.style;
  const level = Math.min(Math.max(heading.level, 1), 6);
  return level === 2 ? undefined : (`h${level}` as HeadingStyle);
}

function titleData(title: string): Record<string, unknown> {
  return { title: headingTitle(title) };
}

/** A bold-line heading keeps its text; `## News` its text. */
function headingTitle(text: string): string {
  return text.trim();
}

function unitsRange(units: readonly SectionUnit[]): { line: number; endLine: number } | undefined {
  const first = units[0];
  const last = units[units.length - 1];
  return first && last ? { line: first.line, endLine: last.endLine } : undefined;
}

function keptText(
  line: number,
  endLine: number,
  hidden: boolean,
  file: string,
  lineText: (line: number) => string,
): KeptText {
  // The first line that says something: not blank, not a bare `<!--`.
  let first = line;
  const bare = (text: string) => text.replace(/^\s*<!--/, '').trim() === '';
  while (first < endLine && bare(lineText(first))) first++;
  return {
    line,
    endLine,
    hidden,
    file,
    preview: preview(lineText(first).replace(/^\s*<!--\s*|(?<!\s)\s*-->\s*$/g, '')),
  };
}
