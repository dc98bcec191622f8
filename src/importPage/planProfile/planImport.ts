/**
 * A home page as a profile, decided in memory: which sections become lists of items written from data, which
 * are kept as written, the files of the new folder, and the report. A section becomes items only when the
 * export of those items, checked with the real renderer, shows everything the page showed; otherwise its
 * Markdown is kept as written (and its items are still imported, as data).
 */

import { shownTarget, unsafeLinkHint, unsafeLinksOfData, unsafeLinksOfOwner } from '../../model/linkSafety.js';
import type { Owner } from '../../model/schema.js';
import { unsafeLinkTargets } from '../../render/markdownLinks.js';
import { authorMarksOf } from '../readEntries/authorMarks.js';
import type { PublicationEntry } from '../readEntries/importedItems.js';
import type { ListKind } from '../readEntries/sectionReading.js';
import { splitBlocks } from '../readPage/pageBlocks.js';
import { type PageSection, splitSections } from '../readPage/pageSections.js';
import { readPageText } from '../readPage/pageText.js';
import type { RenderSettings } from './entryFiles.js';
import { readHtmlNewsLayout } from './htmlNewsLayout.js';
import { findPageOwner, type PageOwner, unknownOwnerName } from './ownerName.js';
import { type KeptText, type PageLayout, pageLayout, sectionPieces, type TextSectionFile } from './pageLayout.js';
import { type PlannedItem, planItems } from './plannedItems.js';
import { readSectionLayout } from './readSectionLayout.js';
import { contactMatches, decideListSections, pageDateStyle, readSection, type SectionRead } from './sectionReads.js';

export type { KeptText, PlannedItem, TextSectionFile };

export type SectionKind = 'bio' | 'contact' | ListKind | 'text';

export interface SectionPlan {
  heading: string | undefined;
  kind: SectionKind;
  line: number;
  endLine: number;
  /** `items`: the export writes this section from its items (or the contact lines); `as-written`: from the page's Markdown. */
  page: 'items' | 'as-written';
  kept: KeptText[];
  notes: string[];
}

export interface ImportPlan {
  owner: PageOwner;
  /** profile.md: its front matter and the bio. */
  profileData: Record<string, unknown>;
  bio: string;
  items: PlannedItem[];
  textSections: TextSectionFile[];
  sections: SectionPlan[];
  frontMatterKeys: string[] | undefined;
  /** Comments kept right under an item: named by the item's id once the files are named (profileFiles.ts). */
  notes: PageLayout['notes'];
  warnings: string[];
}

export interface PlanOptions {
  /** How the page is named in errors. */
  source: string;
  /** The owner's name, when the page does not tell it. */
  ownerName?: string;
}

export function planImport(pageText: string, options: PlanOptions): ImportPlan {
  const page = readPageText(pageText, options.source);
  const bodyLines = page.bodyLines;
  const lineText = (line: number) => bodyLines[line - page.bodyStartLine] ?? '';
  const linesBetween = (line: number, endLine: number) =>
    bodyLines.slice(line - page.bodyStartLine, endLine - page.bodyStartLine + 1).join('\n');
  const sections = splitSections(splitBlocks(bodyLines, page.bodyStartLine));
  const liquid = /\{[{%]/.test(bodyLines.join('\n'));

  const marks = authorMarksOf(bodyLines.join('\n'));
  const reads = sections.map((section) => readSection(section, marks));
  const allEntries = reads.flatMap((read) => [...read.listEntries, ...read.foreign]);
  const owner = findPageOwner(
    allEntries.map(({ entry }) => entry).filter((entry): entry is PublicationEntry => entry.kind === 'publication'),
    page.frontMatter,
    options.ownerName,
    bioText(sections, bodyLines, page.bodyStartLine),
  );
  const warnings: string[] = [...page.warnings];
  if (owner.name === undefined) {
    warnings.push(
      `no owner found: no author is in bold in the publications; profile.md names "${unknownOwnerName}" (run again with --name, or edit name and nameVariants in profile.md)`,
    );
  }
  const settings: RenderSettings = {
    dateStyle: pageDateStyle(allEntries),
    liquid,
    nameVariants: owner.nameVariants.length > 0 ? owner.nameVariants : [unknownOwnerName],
  };

  const htmlNews = new Set(reads.filter((read) => readHtmlNewsLayout(read, settings, linesBetween)));
  const duplicates = decideListSections(reads, settings);
  for (const read of reads) {
    if (!read.listKind || !read.rendered || htmlNews.has(read)) continue;
    const styles = readSectionLayout(read, settings, linesBetween);
    if (styles.authorList) settings.authorList = styles.authorList;
    if (styles.links) settings.links = styles.links;
  }
  const contactChecked = reads.map((read) => (read.contact ? contactMatches(read, settings, linesBetween) : false));

  // Hidden publications in comments elsewhere (next to the contact lines, in a free section) join the list.
  const publicationTarget = reads.findIndex(
    (read) => read.listKind === 'publications' && read.rendered && read.only !== 'selected',
  );
  const selectedTarget = reads.findIndex((read) => read.listKind === 'publications' && read.rendered);
  const target = publicationTarget >= 0 ? publicationTarget : selectedTarget;

  const items = planItems(reads, target, duplicates);
  const pieces = sections.map((section, index) =>
    sectionPieces(section, reads[index] as SectionRead, contactChecked[index] ?? false, target),
  );
  const layout = pageLayout(sections, reads, pieces, linesBetween, lineText);

  const contact = reads.find((read, index) => read.contact && contactChecked[index])?.contact;
  const profileData: Record<string, unknown> = {
    name: owner.name ?? unknownOwnerName,
    nameVariants: owner.nameVariants.length > 0 ? owner.nameVariants : [unknownOwnerName],
    ...(contact && contact.emails.length > 0 ? { email: contact.emails } : {}),
    ...(contact?.phone ? { phone: contact.phone } : {}),
    ...(contact ? { contact: contact.lines } : {}),
    page: {
      ...(page.frontMatter ? { frontMatter: page.frontMatter } : {}),
      ...(page.frontMatterText ? { frontMatterText: page.frontMatterText } : {}),
      ...(allEntries.some(({ entry }) => entry.kind === 'news' || entry.kind === 'talk')
        ? { dateStyle: settings.dateStyle }
        : {}),
      ...(contact?.obfuscated ? { obfuscateEmail: true } : {}),
      ...(liquid ? { liquid: true } : {}),
      ...(settings.authorList ? { authorList: settings.authorList } : {}),
      ...(settings.links ? { layouts: { links: settings.links.layout } } : {}),
      ...(settings.links && settings.links.separator !== ' ' ? { linkSeparator: settings.links.separator } : {}),
      sections: layout.pageSections,
      ...(page.byteOrderMark ? { byteOrderMark: true } : {}),
      ...(page.lineEnds === 'crlf' ? { lineEnds: 'crlf' } : {}),
    },
  };
  if (!page.frontMatter) warnings.push('the page has no front matter; the export writes the default one');
  warnings.push(
    ...unsafeLinkWarnings(items, [layout.bio, ...layout.textSections.map((text) => text.body)], profileData),
  );
  return {
    owner,
    profileData,
    bio: layout.bio,
    items,
    textSections: layout.textSections,
    sections: sections.map((section, index) =>
      sectionPlan(section, reads[index] as SectionRead, contactChecked[index] ?? false, layout.kept[index] ?? []),
    ),
    frontMatterKeys: page.frontMatter ? Object.keys(page.frontMatter) : undefined,
    notes: layout.notes,
    warnings,
  };
}

/** The text before the first heading, where a bio says "I'm …". */
function bioText(sections: readonly PageSection[], bodyLines: readonly string[], bodyStartLine: number): string {
  const first = sections.find((section) => section.heading !== undefined)?.heading;
  return (first === undefined ? bodyLines : bodyLines.slice(0, Math.max(0, first.line - bodyStartLine))).join('\n');
}

function sectionPlan(section: PageSection, read: SectionRead, contactChecked: boolean, kept: KeptText[]): SectionPlan {
  const heading = section.heading;
  const lastUnit = read.units[read.units.length - 1];
  const line = heading?.line ?? read.units[0]?.line ?? 1;
  const endLine = lastUnit?.endLine ?? heading?.endLine ?? line;
  const kind: SectionKind =
    heading === undefined ? 'bio' : section.kind === 'contact' && !contactChecked ? 'text' : section.kind;
  const writtenFromData = read.listKind ? read.rendered : kind === 'contact';
  const notes = [...read.reasons, ...read.notes];
  if (section.kind === 'contact' && !contactChecked) {
    notes.push('the contact lines are not in the "Label: value" form profile writes; kept as written');
  }
  return {
    heading: heading?.text,
    kind,
    line,
    endLine,
    page: writtenFromData ? 'items' : 'as-written',
    kept,
    notes,
  };
}

/** Each link of the page no export will write as a link (`javascript:`, `data:`…), named by its line: kept as text. */
function unsafeLinkWarnings(
  items: readonly PlannedItem[],
  texts: readonly string[],
  profileData: Record<string, unknown>,
): string[] {
  const warning = (where: string, target: string) =>
    `${where} links to "${shownTarget(target)}", which is kept as text and never linked (${unsafeLinkHint})`;
  const found: string[] = [];
  for (const item of items) {
    const where = `line ${item.entry.line} (${item.draft.kind})`;
    for (const { target } of unsafeLinksOfData(item.draft.data)) found.push(warning(where, target));
    for (const target of unsafeLinkTargets(item.draft.body)) found.push(warning(where, target));
  }
  for (const text of texts) for (const target of unsafeLinkTargets(text)) found.push(warning('the text', target));
  for (const { target } of unsafeLinksOfOwner(profileData as Owner)) found.push(warning('the contact lines', target));
  return found;
}
