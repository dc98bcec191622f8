/**
 * News written in HTML (`<ul><li>…</li></ul>`, a scroll box, older news in `<details>`, a Markdown list followed by
 * a `<details>` block) written from its items: each group of lines gets its layout, the HTML around them is kept as
 * the section's `wrap` and `older` blocks, and the section is written from items only when the real renderer gives
 * back the page's lines exactly. Otherwise the HTML stays as written, its items imported as data.
 */
import type { NewsItem } from '../../model/items.js';
import type { HtmlWrap, OlderNews } from '../../model/newsBlocks.js';
import type { PageSection } from '../../model/schema.js';
import { renderAboutPage } from '../../render/aboutPage.js';
import type { SourcedEntry } from '../readEntries/importedItems.js';
import type { ReadUnit } from '../readEntries/sectionReading.js';
import { draftAsFile, entryDraft, type RenderSettings } from './entryFiles.js';
import { unknownOwnerName } from './ownerName.js';
import { inferSectionLayout } from './sectionLayout.js';
import type { LinesBetween, SectionRead } from './sectionReads.js';

/** What the section writes besides its layout. */
export interface HtmlNewsLayout {
  layout: string | undefined;
  wrap?: HtmlWrap;
  older?: OlderNews;
}

interface Group {
  entries: SourcedEntry[];
  html: boolean;
}

const closingTagLine = /^[ \t]*<\/[a-z][a-z0-9]*>[ \t]*$/i;

/**
 * Sets the section's layout, `wrap` and `older` when its news stands in HTML lists that the export writes back
 * line for line, and takes back the reason it was to be kept as written. Returns whether it did.
 */
export function readHtmlNewsLayout(read: SectionRead, settings: RenderSettings, linesBetween: LinesBetween): boolean {
  if (read.listKind !== 'news' || read.run === undefined) return false;
  const run = read.read.slice(read.run.first, read.run.last + 1);
  const htmlUnits = run.filter(isHtmlList);
  if (htmlUnits.length === 0 || run.some((unit) => unit.role !== 'item')) return false;
  const groups = lineGroups(run);
  const [first, second] = groups;
  if (first === undefined || groups.length > 2 || (second !== undefined && !second.html)) return false;
  if (second === undefined && !first.html) return false;
  const from = (run[0] as ReadUnit).unit.line;
  const to = (run[run.length - 1] as ReadUnit).unit.endLine;
  const firstLine = (first.entries[0] as SourcedEntry).line;
  const lastOf = (group: Group) => (group.entries[group.entries.length - 1] as SourcedEntry).endLine;
  const lines = (line: number, endLine: number) => (endLine < line ? [] : linesBetween(line, endLine).split('\n'));

  const found = groupLayout(first, settings, linesBetween);
  if (found === false || (first.html && found === undefined)) return false;
  const candidate: HtmlNewsLayout = { layout: found };
  if (first.html) {
    const before = lines(from, firstLine - 1);
    if (before.length === 0) return false;
    candidate.wrap = { before: before.join('\n'), after: '' };
  } else if (firstLine !== from) return false;
  if (second === undefined) {
    if (candidate.wrap) candidate.wrap.after = lines(lastOf(first) + 1, to).join('\n');
  } else {
    const olderLayout = groupLayout(second, settings, linesBetween);
    if (olderLayout === false || olderLayout === undefined) return false;
    const between = lines(lastOf(first) + 1, (second.entries[0] as SourcedEntry).line - 1);
    let closing = 0;
    if (candidate.wrap) {
      while (closing < between.length && closingTagLine.test(between[closing] ?? '')) closing++;
      if (closing === 0) return false;
      candidate.wrap.after = between.slice(0, closing).join('\n');
    }
    const opening = between.slice(closing);
    const after = lines(lastOf(second) + 1, to);
    if (opening.length === 0 || after.length === 0) return false;
    candidate.older = {
      newest: first.entries.filter((entry) => !entry.hidden).length,
      layout: olderLayout,
      before: opening.join('\n'),
      after: after.join('\n'),
    };
  }
  if (candidate.wrap?.after === '') return false;
  if (writtenNews(read.listEntries, candidate, settings) !== linesBetween(from, to)) return false;
  if (candidate.layout !== undefined) read.layout = candidate.layout;
  read.htmlNews = candidate;
  for (const unit of htmlUnits) delete unit.keepAsWritten;
  return true;
}

function isHtmlList(unit: ReadUnit): boolean {
  return unit.role === 'item' && unit.unit.type === 'block' && unit.unit.block.type === 'html';
}

/** The entries in runs of adjacent lines of one kind: the lines of an HTML list, or the items of a Markdown list. */
function lineGroups(run: readonly ReadUnit[]): Group[] {
  const groups: Group[] = [];
  for (const unit of run) {
    const html = isHtmlList(unit);
    for (const entry of unit.entries) {
      const last = groups[groups.length - 1];
      const previous = last?.entries[last.entries.length - 1];
      if (last !== undefined && previous !== undefined && last.html === html && entry.line === previous.endLine + 1) {
        last.entries.push(entry);
      } else {
        groups.push({ entries: [entry], html });
      }
    }
  }
  return groups;
}

/** The layout of a group's visible lines; `undefined` for the shipped one, `false` when none writes them all. */
function groupLayout(group: Group, settings: RenderSettings, linesBetween: LinesBetween): string | undefined | false {
  const visible = group.entries.filter((entry) => !entry.hidden);
  if (visible.length === 0) return false;
  const items = visible.map((entry, index) => ({
    item: newsItem(entry, index, false),
    written: linesBetween(entry.line, entry.endLine).trimEnd(),
  }));
  const found = inferSectionLayout('news', items, settings);
  return found.matches ? found.layout : false;
}

function newsItem(entry: SourcedEntry, index: number, hidden: boolean): NewsItem {
  const draft = entryDraft(entry.entry, hidden);
  return draftAsFile(draft.kind, draft.stem || `news-${index}`, draft.data, draft.body).item as NewsItem;
}

/** The section's lines as the export writes them from these entries. */
function writtenNews(entries: readonly SourcedEntry[], layout: HtmlNewsLayout, settings: RenderSettings): string {
  const section: PageSection = {
    kind: 'news',
    ...(layout.layout === undefined ? {} : { layout: layout.layout }),
    ...(layout.wrap ? { wrap: layout.wrap } : {}),
    ...(layout.older ? { older: layout.older } : {}),
  };
  const page = renderAboutPage({
    owner: {
      name: settings.nameVariants[0] ?? unknownOwnerName,
      page: { frontMatter: {}, dateStyle: settings.dateStyle, liquid: settings.liquid, sections: [section] },
    },
    bio: '',
    news: entries.map((entry, index) => newsItem(entry, index, entry.hidden)),
    publications: [],
    talks: [],
    service: [],
    sections: [],
  });
  // The export writes a blank line after the front matter and one line end after the section.
  return page
    .slice(page.indexOf('\n---\n', 3) + 5)
    .replace(/^\n/, '')
    .replace(/\n$/, '');
}
