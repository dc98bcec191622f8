/**
 * Sets a list section's line layout from its visible items as the page wrote them, when the layout also keeps the
 * page's blocks: list items line after line, paragraphs a blank line apart. Otherwise notes what the export changes.
 */
import { continuationIndent, parseLineLayout } from '../../model/lineLayout.js';
import { layoutVocabularies } from '../../model/pageLayouts.js';
import { authorJoins } from '../../model/schema.js';
import type { AuthorListStyle } from '../../render/authorList.js';
import { continuesParagraph } from '../../render/paragraphLines.js';
import type { SourcedEntry } from '../readEntries/importedItems.js';
import { draftAsFile, entryDraft, type LinkStyle, type RenderSettings } from './entryFiles.js';
import { hiddenEntriesWrittenAlone } from './hiddenForms.js';
import { numberedLayout, readListNumbering } from './listNumbering.js';
import { inferLinkStyle, inferSectionLayout, type SectionLayout, type WrittenItem } from './sectionLayout.js';
import type { LinesBetween, SectionRead } from './sectionReads.js';

export function readSectionLayout(read: SectionRead, settings: RenderSettings, linesBetween: LinesBetween): PageStyles {
  const kind = read.listKind;
  if (!kind) return {};
  const visible = read.listEntries.filter((entry) => !entry.hidden);
  const writtenAlone = hiddenEntriesWrittenAlone(read);
  if (visible.length > 0 && writtenAlone.length > 0) {
    // The hidden items written alone in a comment are written with the layout too: read it off them as well, when one
    // layout writes them all as the page did; else off the visible items only.
    const hiddenWritten = new Map(writtenAlone.map(({ entry, written }) => [entry, written]));
    const withHidden = [...visible, ...hiddenWritten.keys()].sort((a, b) => a.line - b.line);
    const styles = readLayoutOf(read, withHidden, settings, linesBetween, hiddenWritten, false);
    if (styles) return styles;
  }
  const entries = visible.length > 0 ? visible : read.listEntries;
  if (entries.some((entry) => entry.hidden)) return {};
  return readLayoutOf(read, entries, settings, linesBetween, new Map(), true) ?? {};
}

function readLayoutOf(
  read: SectionRead,
  entries: readonly SourcedEntry[],
  settings: RenderSettings,
  linesBetween: LinesBetween,
  hiddenWritten: ReadonlyMap<SourcedEntry, string>,
  noteWhenNone: boolean,
): PageStyles | undefined {
  const kind = read.listKind;
  if (!kind) return undefined;
  const written = entries.map(
    (entry, index) => hiddenWritten.get(entry) ?? writtenLines(entry, entries[index + 1], linesBetween),
  );
  // `1.`, `2.`… are found as `1.`, `1.`…; the layout then writes `{number}.`, the numbers the page wrote.
  const numbering = readListNumbering(written.map((lines) => lines.trimEnd()));
  const numbered = (layout: string) =>
    withOptionalEmoji(numbering === undefined ? layout : numberedLayout(layout, numbering));
  const items: WrittenItem[] = entries.map((entry, index) => {
    const draft = entryDraft(entry.entry, false);
    const { item } = draftAsFile(draft.kind, draft.stem || `layout-${index}`, draft.data, draft.body);
    return { item, written: asFirstItem(written[index] ?? '') };
  });
  const links = kind === 'publications' && !settings.links ? inferLinkStyle(items, settings) : settings.links;
  const linked = links ? { ...settings, links } : settings;
  const styles = kind === 'publications' && !settings.authorList ? authorListStyles(items) : [settings.authorList];
  let found: SectionLayout = { layout: undefined, matches: false };
  // One layout for the whole list first, whatever the author style; then the list's main form and exceptions.
  for (const mixed of [false, true]) {
    for (const style of styles) {
      found = inferSectionLayout(kind, items, style ? { ...linked, authorList: style } : linked, mixed);
      const asLines = { value: false };
      if (
        found.matches &&
        (found.layout === undefined || keepsBlocks(found.layout, kind, entries, linesBetween, asLines))
      ) {
        if (found.layout !== undefined) read.layout = numbered(found.layout);
        if (found.layout !== undefined && numbering !== undefined && numbering.from !== 1) {
          read.numberFrom = numbering.from;
        }
        if (asLines.value) read.itemsAsLines = true;
        found.own?.forEach((layout, index) => {
          if (layout !== undefined) read.itemLayouts.set(entries[index] as SourcedEntry, numbered(layout));
        });
        return { ...(style ? { authorList: style } : {}), ...(links ? { links } : {}) };
      }
    }
  }
  if (noteWhenNone && (!found.matches || found.layout !== undefined)) {
    read.notes.push(
      `the export writes these ${kind} lines in profile's own layout; no line layout writes them as the page did`,
    );
  }
  return noteWhenNone ? {} : undefined;
}

/**
 * An item's lines as written, trailing spaces left out, but for two spaces ending a paragraph line the next item
 * follows right under: a line break, which the layout then writes (items as lines of one paragraph).
 */
function writtenLines(entry: SourcedEntry, next: SourcedEntry | undefined, linesBetween: LinesBetween): string {
  const written = linesBetween(entry.line, entry.endLine);
  const paragraphLine = !/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(written);
  const breakBeforeNext = next !== undefined && next.line === entry.endLine + 1 && /\S {2}$/.test(written);
  return paragraphLine && breakBeforeNext ? written : written.trimEnd();
}

/**
 * `{text:emoji} ` read off items that all had an emoji bullet becomes `{?{text:emoji} }`: the same lines for them,
 * and no leading space for a news item added later without one.
 */
function withOptionalEmoji(layout: string): string {
  return layout.replace('{text:emoji} ', '{?{text:emoji} }');
}

/**
 * A numbered item's lines as the list's first item would have them: `1.` for its number, and one space less per
 * extra digit on its continuation lines (`10. ` is one wider than `1. `), as the export writes them back.
 */
function asFirstItem(written: string): string {
  const number = /^(\d{1,9})[.)] /.exec(written)?.[1];
  if (number === undefined) return written;
  const extra = ' '.repeat(number.length - 1);
  const first = written.replace(/^\d{1,9}([.)]) /, '1$1 ');
  return extra === '' ? first : first.replace(new RegExp(`\n${extra}(?=   )`, 'g'), '\n');
}

/** What a section's items tell of the whole page: how author lists and link buttons are written. */
export interface PageStyles {
  authorList?: AuthorListStyle;
  links?: LinkStyle;
}

/** A list layout needs its items on adjacent lines; any other, a blank line between two items. */
function keepsBlocks(
  layout: string,
  kind: NonNullable<SectionRead['listKind']>,
  entries: readonly SourcedEntry[],
  linesBetween: LinesBetween,
  asLines: { value: boolean },
): boolean {
  const parsed = parseLineLayout(layout, layoutVocabularies[kind]);
  if (!parsed.ok) return false;
  const listed = continuationIndent(parsed.layout) !== '';
  for (let index = 1; index < entries.length; index++) {
    const before = entries[index - 1] as SourcedEntry;
    const entry = entries[index] as SourcedEntry;
    if (entry.line <= before.endLine) return false;
    // Where a hidden item stands is the comment's business (hiddenForms.ts), not the layout's.
    if (entry.hidden || before.hidden) continue;
    const gap = between(before, entry, linesBetween);
    const blank = gap.lines > 0 && gap.text.trim() === '';
    // Paragraph items on adjacent lines: lines of one paragraph, each but the last ended by a line break.
    const asLine = !listed && gap.lines === 0 && continuesParagraph(linesBetween(before.line, before.endLine));
    if (asLine) asLines.value = true;
    else if (listed ? gap.lines !== 0 : !blank || gap.lines !== 1) return false;
  }
  return true;
}

/** The lines between two items, one-line comments right under the first left out (a hidden item, a note). */
function between(
  before: SourcedEntry,
  entry: SourcedEntry,
  linesBetween: LinesBetween,
): { lines: number; text: string } {
  let from = before.endLine + 1;
  while (from < entry.line && /^ {0,3}<!--.*-->\s*$/.test(linesBetween(from, from))) from++;
  return { lines: entry.line - from, text: from < entry.line ? linesBetween(from, entry.line - 1) : '' };
}

// Longer marks first; a bare `*` or `#` last, as the bold and emphasis of any line hold `*` too.
const equalMarks = ['<sup>⚖️</sup>', '<sup>*</sup>', '<sup>†</sup>', '$^\\dagger$', '$^*$', '\\*', '†', '‡', '*'];
const correspondingMarks = ['<sup>#</sup>', '<sup>✉</sup>', '\\#', '✉', '#'];

/**
 * The ways of writing author lists worth trying on these items: the shipped one first, then every join, with the
 * mark inside or after the bold, with each pair of the marks the items' lines hold.
 */
function authorListStyles(items: readonly WrittenItem[]): (AuthorListStyle | undefined)[] {
  const text = items.map((item) => item.written).join('\n');
  const authors = items.flatMap(({ item }) => (item.kind === 'publication' ? item.fields.authors : []));
  const present = (marks: readonly string[], used: boolean, shipped: string) => {
    // A mark no author carries is never written: the shipped one stands for it.
    const found = used ? marks.filter((mark) => text.includes(mark)) : [];
    return found.length > 0 ? found : [shipped];
  };
  const styles: (AuthorListStyle | undefined)[] = [undefined];
  const equals = present(
    equalMarks,
    authors.some((author) => author.equal),
    '\\*',
  );
  const correspondings = present(
    correspondingMarks,
    authors.some((author) => author.corresponding),
    '\\#',
  );
  for (const equal of equals) {
    for (const corresponding of correspondings) {
      for (const join of authorJoins) {
        for (const markAfterBold of [false, true]) {
          const style: AuthorListStyle = {
            ...(join === 'oxford' ? {} : { join }),
            ...(equal !== '\\*' ? { equalMark: equal } : {}),
            ...(corresponding !== '\\#' ? { correspondingMark: corresponding } : {}),
            ...(markAfterBold ? { markAfterBold } : {}),
          };
          if (Object.keys(style).length > 0) styles.push(style);
        }
      }
    }
  }
  return styles;
}
