/**
 * What the importer finds in each section of the page, and the page-wide decisions on it: a list section is written
 * from its items only when the export of those items, checked with the real renderer, shows all the page showed.
 */
import { comparePartialDates, type DateStyle, type PartialDate } from '../../model/partialDate.js';
import { renderAboutPage } from '../../render/aboutPage.js';
import type { AuthorMarks } from '../readEntries/authorMarks.js';
import { type PageContact, parseContact } from '../readEntries/contactLines.js';
import { readCvSection } from '../readEntries/cvSection.js';
import type { SourcedEntry } from '../readEntries/importedItems.js';
import { hiddenEntries, type ListKind, type ReadUnit, readUnits } from '../readEntries/sectionReading.js';
import { markdownToPlain, preview } from '../readPage/inlineMarkdown.js';
import { type PageSection, type SectionUnit, sectionUnits } from '../readPage/pageSections.js';
import { missingTokens, visibleTokens } from '../readPage/visibleTokens.js';
import { draftAsFile, entryDraft, type RenderSettings, renderedItems } from './entryFiles.js';
import type { HtmlNewsLayout } from './htmlNewsLayout.js';
import { unknownOwnerName } from './ownerName.js';

/** The page's lines from `line` to `endLine`, both included, numbered as the entries' lines are. */
export type LinesBetween = (line: number, endLine: number) => string;

/** What the importer found in one section, before the page-wide decisions. */
export interface SectionRead {
  section: PageSection;
  units: SectionUnit[];
  listKind: ListKind | undefined;
  read: ReadUnit[];
  /** The entries of the section's own kind, in page order. */
  listEntries: SourcedEntry[];
  /** Hidden publications in comments of a section of another kind. */
  foreign: SourcedEntry[];
  foreignUnits: Set<SectionUnit>;
  /** The units from the first item to the last one. */
  run: { first: number; last: number } | undefined;
  contact: PageContact | undefined;
  contactUnits: number;
  rendered: boolean;
  only: 'selected' | undefined;
  /** Why the section is kept as written. */
  reasons: string[];
  /** What the export changes in a section written from its items. */
  notes: string[];
  /** The section's line layout read off the page, when the shipped one would write its lines otherwise. */
  layout?: string;
  /** Where the section's numbered list counts from, when not 1 (`{number}` in `layout`). */
  numberFrom?: number;
  /** News written in HTML lists, written back from its items: the HTML around the lines, the older block. */
  htmlNews?: HtmlNewsLayout;
  /** Paragraph items the page wrote as lines of one paragraph, ended by line breaks (`itemsAsLines`). */
  itemsAsLines?: boolean;
  /** The items of a list that mixes forms, written otherwise than `layout`: each one's own layout. */
  itemLayouts: Map<SourcedEntry, string>;
}

export function readSection(section: PageSection, marks: AuthorMarks): SectionRead {
  const units = sectionUnits(section.blocks);
  const base: SectionRead = {
    section,
    units,
    listKind: undefined,
    read: [],
    listEntries: [],
    foreign: [],
    foreignUnits: new Set(),
    run: undefined,
    contact: undefined,
    contactUnits: 0,
    rendered: false,
    only: undefined,
    reasons: [],
    notes: [],
    itemLayouts: new Map(),
  };
  if (section.heading === undefined) return base;
  const kind = section.kind;
  if (kind === 'news' || kind === 'publications' || kind === 'talks' || kind === 'service') {
    const read = readUnits(units, kind, { heading: section.recognised ?? { kind }, marks });
    const withItems = read.flatMap((unit, index) =>
      unit.role === 'item' || unit.role === 'hidden-items' ? [index] : [],
    );
    const first = withItems[0];
    const last = withItems[withItems.length - 1];
    return {
      ...base,
      listKind: kind,
      read,
      listEntries: read.flatMap((unit) => unit.entries),
      run: first === undefined || last === undefined ? undefined : { first, last },
      only: section.recognised?.selected ? 'selected' : undefined,
    };
  }
  let contact: PageContact | undefined;
  let contactUnits = 0;
  if (kind === 'contact') {
    while (contactUnits < units.length && isParagraph(units[contactUnits])) contactUnits++;
    const paragraphs = units.slice(0, contactUnits).map((unit) => (unit.type === 'block' ? unit.block.raw : ''));
    contact = contactUnits > 0 ? parseContact(paragraphs) : undefined;
    if (!contact) contactUnits = 0;
  }
  const foreign: SourcedEntry[] = [];
  const foreignUnits = new Set<SectionUnit>();
  for (const unit of units.slice(contactUnits)) {
    if (unit.type !== 'block' || unit.block.type !== 'comment') continue;
    const entries = hiddenEntries(unit.block, 'publications', { heading: { kind: 'publications' }, marks });
    if (!entries) continue;
    foreign.push(...entries);
    foreignUnits.add(unit);
  }
  // An Education, Experience, Awards or Teaching section is kept as written; its lines are also read as items.
  const cv = section.recognised?.cv ? readCvSection(units.slice(contactUnits), section.recognised.cv) : undefined;
  return {
    ...base,
    contact,
    contactUnits,
    foreign,
    foreignUnits,
    ...(cv ? { listEntries: cv.entries, notes: cv.notes } : {}),
  };
}

function isParagraph(unit: SectionUnit | undefined): boolean {
  return unit?.type === 'block' && unit.block.type === 'paragraph';
}

/** The style most dates of news and talks were written in; the export writes every date in it. */
export function pageDateStyle(entries: readonly SourcedEntry[]): DateStyle {
  const counts = new Map<DateStyle, number>();
  for (const { entry } of entries) {
    if ((entry.kind === 'news' || entry.kind === 'talk') && entry.date.style) {
      counts.set(entry.date.style, (counts.get(entry.date.style) ?? 0) + 1);
    }
  }
  let best: DateStyle = 'dotted';
  let bestCount = 0;
  for (const [style, count] of counts) {
    if (count > bestCount) [best, bestCount] = [style, count];
  }
  return best;
}

/**
 * A list section is written from its items when every item shows, once exported, all the page showed, nothing
 * but items and comments lies between them, and no other section of the page lists the same kind (the page
 * writes each kind in one list, plus one list of selected publications).
 */
export function decideListSections(reads: SectionRead[], settings: RenderSettings): Map<SourcedEntry, number> {
  const duplicates = new Map<SourcedEntry, number>();
  for (const read of reads) {
    if (!read.listKind) continue;
    if (!read.run) {
      read.reasons.push(`no ${itemWords[read.listKind]} found`);
      continue;
    }
    for (let index = read.run.first; index <= read.run.last; index++) {
      const unit = read.read[index] as ReadUnit;
      if (unit.role === 'text' && !unit.keepAsWritten) {
        read.reasons.push(`line ${unit.unit.line} is not ${oneItemWords[read.listKind]}: ${preview(firstLine(unit))}`);
      }
    }
    for (const unit of read.read) {
      if (unit.keepAsWritten) read.reasons.push(unit.keepAsWritten);
      if (unit.entries.length === 0) continue;
      const items = unit.entries.map(({ entry }, index) => {
        const draft = entryDraft(entry, false);
        return draftAsFile(draft.kind, draft.stem || `check-${index}`, draft.data, draft.body).item;
      });
      const missing = missingTokens(unit.tokens, visibleTokens(renderedItems(items, settings)));
      if (missing.length > 0) {
        const shown = missing.slice(0, 6).map((token) => token.replace(/^(url|ref):/, '$1 '));
        read.reasons.push(
          `line ${unit.unit.line}: the list profile writes would not show ${shown.join(', ')}${missing.length > shown.length ? ', …' : ''}`,
        );
      }
    }
    read.rendered = read.reasons.length === 0;
    if (read.rendered && (read.listKind === 'news' || read.listKind === 'talks') && !newestFirst(read.listEntries)) {
      read.notes.push(`the export lists ${read.listKind} newest first; the page had another order`);
    }
  }
  for (const kind of ['news', 'talks', 'service'] as const) {
    const ofKind = reads.filter((read) => read.listKind === kind);
    if (ofKind.length > 1)
      notRendered(ofKind, `the page has ${ofKind.length} sections of ${kind}; profile writes ${kind} as one list`);
  }
  const publications = reads.filter((read) => read.listKind === 'publications');
  if (publications.length === 2) {
    const selected = publications.find((read) => read.only === 'selected');
    const full = publications.find((read) => read.only !== 'selected');
    if (selected && full && selected.rendered && full.rendered && selectsFrom(selected, full, duplicates)) {
      return duplicates;
    }
  }
  if (publications.length > 1) {
    notRendered(
      publications,
      `the page has ${publications.length} lists of publications; profile writes one (and one of selected ones, when its papers are all in the other)`,
    );
  }
  return duplicates;
}

function newestFirst(entries: readonly SourcedEntry[]): boolean {
  const dates = entries.flatMap(({ entry }) =>
    entry.kind === 'news' || entry.kind === 'talk' ? [entry.date.date] : [],
  );
  return dates.every((date, index) => index === 0 || comparePartialDates(dates[index - 1] as PartialDate, date) >= 0);
}

const itemWords: Readonly<Record<ListKind, string>> = {
  news: 'news items',
  publications: 'publications',
  talks: 'talks',
  service: 'service entries',
};
const oneItemWords: Readonly<Record<ListKind, string>> = {
  news: 'a news item',
  publications: 'a publication',
  talks: 'a talk',
  service: 'a service entry',
};

function notRendered(reads: readonly SectionRead[], reason: string): void {
  for (const read of reads) {
    read.rendered = false;
    if (!read.reasons.includes(reason)) read.reasons.push(reason);
  }
}

/**
 * `Selected Publications` above `Publications`: when every selected paper is also in the full list (same title,
 * both shown or both hidden), the full list's items are marked selected and the selected list is written from them.
 */
function selectsFrom(selected: SectionRead, full: SectionRead, duplicates: Map<SourcedEntry, number>): boolean {
  const byTitle = new Map(full.listEntries.map((entry) => [titleKey(entry), entry]));
  const matches = selected.listEntries.map((entry) => ({ entry, match: byTitle.get(titleKey(entry)) }));
  if (matches.some(({ entry, match }) => !match || match.hidden !== entry.hidden)) return false;
  for (const { match } of matches) if (match?.entry.kind === 'publication') match.entry.selected = true;
  for (const { entry, match } of matches) {
    if (match) duplicates.set(entry, match.line);
  }
  const order = matches.map(({ match }) => full.listEntries.indexOf(match as SourcedEntry));
  if (order.some((position, index) => index > 0 && position < (order[index - 1] ?? 0))) {
    selected.reasons.push('the selected publications will be listed in the order of the full list');
  }
  return true;
}

export function titleKey(entry: SourcedEntry): string {
  const item = entry.entry;
  if (item.kind === 'cv') return `${item.cvKind} ${item.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
  const text =
    item.kind === 'publication' || item.kind === 'talk'
      ? item.title
      : item.kind === 'news'
        ? `${item.date.text} ${markdownToPlain(item.body)}`
        : markdownToPlain(item.body);
  const date = item.kind === 'talk' ? `${item.date.date.year}-${item.date.date.month}-${item.date.date.day} ` : '';
  return `${item.kind} ${date}${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
}

/** The contact lines are written from data only when the export writes exactly what the page wrote. */
export function contactMatches(read: SectionRead, settings: RenderSettings, linesBetween: LinesBetween): boolean {
  const contact = read.contact;
  const first = read.units[0];
  const last = read.units[read.contactUnits - 1];
  if (!contact || !first || !last) return false;
  const page = renderAboutPage({
    owner: {
      name: settings.nameVariants[0] ?? unknownOwnerName,
      contact: contact.lines,
      page: { frontMatter: {}, obfuscateEmail: contact.obfuscated, sections: [{ kind: 'contact' }] },
    },
    bio: '',
    news: [],
    publications: [],
    talks: [],
    service: [],
    sections: [],
  });
  const exported = page.slice(page.indexOf('\n---\n', 3) + 5);
  return normalizeLines(exported) === normalizeLines(linesBetween(first.line, last.endLine));
}

function normalizeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .join('\n');
}

function firstLine(unit: ReadUnit): string {
  const raw = unit.unit.type === 'item' ? unit.unit.item.raw : unit.unit.block.raw;
  return raw.split('\n')[0] ?? '';
}
