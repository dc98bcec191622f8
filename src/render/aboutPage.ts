/** The academicpages-style `about.md`: front matter, bio, and the sections the profile lists, each item by its line layout. */
import type { PublicationEntryRenderer } from '../export/generatedFile.js';
import { frontMatterTextSays } from '../frontMatter/pageFrontMatter.js';
import { stringifySafeYaml } from '../frontMatter/safeYaml.js';
import { creditedNames } from '../model/creditedNames.js';
import { compareChronological, compareRanked } from '../model/itemOrder.js';
import type { NewsItem, Profile, PublicationItem } from '../model/items.js';
import { itemSeparator, type LineLayout } from '../model/lineLayout.js';
import type { LayoutKind } from '../model/pageLayouts.js';
import type { HeadingStyle, Owner, PageSection, PageSettings } from '../model/schema.js';
import { authorMarkers } from './authorList.js';
import { pageSectionsOf } from './defaultPage.js';
import { hideInComment, joinListRuns, type ListRun } from './hiddenComment.js';
import { writeInHiddenForm } from './hiddenForm.js';
import {
  type LineContext,
  layoutOf,
  lineContext,
  linkedText,
  newsLine,
  ownLayout,
  publicationLine,
  serviceLine,
  talkLine,
} from './itemLines.js';
import { layoutNumbering, listNumbers } from './listNumbers.js';
import { newsBlocks } from './newsBlocks.js';
import { type NoteAfterItem, noteAfterList, noteUnderLine } from './notesAfter.js';
import { joinAsLines } from './paragraphLines.js';
import { sectionPublications } from './publicationSections.js';

interface PageContext extends LineContext {
  profile: Profile;
}

export interface AboutPageOptions {
  /** Writes each publication's entry after its `[**label**]`, instead of the title and author lines. */
  readonly publicationEntry?: PublicationEntryRenderer;
}

const defaultFrontMatter = { permalink: '/', title: 'About', author_profile: true };

export function renderAboutPage(profile: Profile, options: AboutPageOptions = {}): string {
  const page = profile.owner.page ?? {};
  const context: PageContext = { ...lineContext(profile.owner, options), profile };
  const asWritten =
    page.frontMatterText !== undefined &&
    (page.frontMatter === undefined || frontMatterTextSays(page.frontMatterText, page.frontMatter));
  const frontMatter = asWritten
    ? (page.frontMatterText as string).replace(/\n?$/, '\n')
    : `---\n${stringifySafeYaml(page.frontMatter ?? defaultFrontMatter)}---\n`;
  let body = '';
  for (const section of pageSectionsOf(profile)) {
    const block = renderSection(section, context);
    if (block === '') continue;
    // A hidden text section the page wrote as one comment right under the line before it (`blankBefore: false`).
    const tight = body !== '' && section.blankBefore === false && hiddenTextInForm(section, block, profile);
    body += body === '' ? block : `${tight ? '\n' : '\n\n'}${block}`;
  }
  return withPageBytes(`${frontMatter}\n${body}\n`, page);
}

/** A hidden text section written in its section's `hiddenForm` (its comment opens on its first line, not alone). */
function hiddenTextInForm(section: PageSection, block: string, profile: Profile): boolean {
  if (section.kind !== 'text' || section.hidden || section.hiddenForm === undefined) return false;
  const item = profile.sections.find((candidate) => candidate.id === `section/${section.section}`);
  return item?.fields.hidden === true && block.startsWith('<!--') && !block.startsWith('<!--\n');
}

/** The byte-order mark and CRLF line ends of a page imported with them; LF and no mark by default. */
function withPageBytes(text: string, page: PageSettings): string {
  const lines = page.lineEnds === 'crlf' ? text.replace(/\r?\n/g, '\r\n') : text;
  return page.byteOrderMark === true ? `\uFEFF${lines}` : lines;
}

function renderSection(section: PageSection, context: PageContext): string {
  const block = sectionBody(section, context);
  return section.hidden && block !== '' ? hideInComment(block) : block;
}

function sectionBody(section: PageSection, context: PageContext): string {
  const { profile } = context;
  const title = headingLine(headingText(section.title, context), section.heading);
  switch (section.kind) {
    case 'bio':
      return withHeading(title, context.markdown(profile.bio));
    case 'contact':
      return withHeading(title, renderContact(profile.owner, context));
    case 'text': {
      const item = profile.sections.find((candidate) => candidate.id === `section/${section.section}`);
      if (!item) return '';
      const itemTitle = headingLine(headingText(item.fields.title, context), section.heading);
      const heading = title ?? itemTitle;
      const tight = section.blankAfterHeading === false && heading?.startsWith('#') === true;
      const block = withHeading(heading, context.markdown(item.body), tight ? '\n' : '\n\n');
      if (!item.fields.hidden) return block;
      const inForm = section.hiddenForm === undefined ? undefined : writeInHiddenForm(block, section.hiddenForm);
      return inForm ?? hideInComment(block);
    }
    case 'news': {
      const news = withVisibleLimit([...profile.news].sort(compareChronological), profile.owner.page?.news?.limit);
      if (section.wrap === undefined && section.older === undefined) {
        return itemListSection('news', news, newsLine, section, title, context);
      }
      const layout = layoutOf('news', section, context);
      const markdownList = (items: readonly NewsItem[]) =>
        renderList(
          items,
          layout,
          (item, itemNumber) => newsLine(item, ownLayout('news', item, layout), { ...context, itemNumber }),
          section.numberFrom,
          section.hiddenForm,
          section.itemsAsLines,
          section.notesAfter,
          section.hiddenRuns,
        );
      const blocks = newsBlocks(news, section, layout, context, markdownList);
      return withListHeading(title, blocks, undefined, section.blankAfterHeading);
    }
    case 'talks':
      return itemListSection('talks', [...profile.talks].sort(compareChronological), talkLine, section, title, context);
    case 'service':
      return itemListSection('service', [...profile.service].sort(compareRanked), serviceLine, section, title, context);
    case 'publications':
      return publicationSection(section, title, context);
  }
}

/** `page.news.limit`: the N newest visible items stay on the page; older visible ones join the hidden archive. */
function withVisibleLimit(items: readonly NewsItem[], limit: number | undefined): NewsItem[] {
  if (limit === undefined) return [...items];
  let shown = 0;
  return items.map((item) => {
    if (item.fields.hidden === true) return item;
    shown++;
    return shown <= limit ? item : { ...item, fields: { ...item.fields, hidden: true } };
  });
}

/** A heading stays one line (a newline would end it and start any Markdown); its Liquid is the user's own Markdown's. */
function headingText(title: string | undefined, context: PageContext): string | undefined {
  return title === undefined ? undefined : context.markdown(title.replace(/(?<!\s)\s*\n\s*/g, ' '));
}

/** `## Title` by default; `heading: h1` writes `# Title`, `heading: bold` a line of its own in bold. */
function headingLine(title: string | undefined, style: HeadingStyle | undefined): string | undefined {
  if (title === undefined) return undefined;
  if (style === 'bold') return `**${title}**`;
  if (style === 'plain') return title;
  return `${'#'.repeat(Number((style ?? 'h2').slice(1)))} ${title}`;
}

function withHeading(heading: string | undefined, body: string, gap = '\n\n'): string {
  if (body === '') return heading ?? '';
  return heading === undefined ? body : `${heading}${gap}${body}`;
}

interface ListBlock {
  text: string;
  anyVisible: boolean;
}

/** Visible items as a list; runs of hidden items inside one comment each, where their order puts them. */
function renderList<T extends { id: string; fields: { hidden?: boolean | undefined } }>(
  items: readonly T[],
  layout: LineLayout,
  renderItem: (item: T, itemNumber: number) => string,
  numberFrom?: number,
  hiddenForm?: string,
  asLines?: boolean,
  notes: readonly NoteAfterItem[] = [],
  hiddenRuns?: 'lines',
): ListBlock {
  const unplaced = new Set(notes);
  const separator = itemSeparator(layout);
  const numbers = listNumbers(
    items.map((item) => item.fields.hidden === true),
    layoutNumbering(layout),
    numberFrom,
  );
  // Items as lines of one paragraph: only where the layout writes paragraphs, not list items.
  const joinRun = (lines: string[]) => (asLines && separator === '\n\n' ? joinAsLines(lines) : lines.join(separator));
  const runs: ListRun[] = [];
  let run: string[] = [];
  let runHidden = false;
  const flush = () => {
    const [only] = run;
    // A hidden item alone among visible ones, in the comment form the page wrote it in, where that still hides it.
    const inForm =
      runHidden && run.length === 1 && only !== undefined && hiddenForm !== undefined
        ? writeInHiddenForm(only, hiddenForm)
        : undefined;
    // Several hidden items in a row, one per comment of that form, line after line, where each stays hidden so.
    const inLines =
      runHidden && run.length > 1 && hiddenRuns === 'lines' && hiddenForm !== undefined
        ? run.map((line) => writeInHiddenForm(line, hiddenForm))
        : [];
    if (inForm !== undefined) runs.push({ hidden: true, markdown: inForm, inForm: true });
    else if (inLines.length > 0 && inLines.every((line) => line !== undefined))
      runs.push({ hidden: true, markdown: inLines.join('\n'), inLines: true });
    else if (run.length > 0) runs.push({ hidden: runHidden, markdown: runHidden ? run.join(separator) : joinRun(run) });
    run = [];
  };
  for (const [index, item] of items.entries()) {
    const hidden = item.fields.hidden === true;
    if (hidden !== runHidden) flush();
    runHidden = hidden;
    let line = renderItem(item, numbers[index] ?? 1);
    for (const note of hidden ? [] : notes.filter((candidate) => candidate.item === item.id)) {
      const under = noteUnderLine(note.comment);
      if (under === undefined) continue;
      line += `\n${under}`;
      unplaced.delete(note);
    }
    run.push(line);
  }
  flush();
  const text = joinListRuns(runs, separator);
  const after = [...unplaced].map((note) => noteAfterList(note.comment));
  return {
    text: [text, ...after].filter((part) => part !== '').join('\n\n'),
    anyVisible: items.some((item) => item.fields.hidden !== true),
  };
}

/** A section of items in their order, each written by `line` in the section's layout, under its heading. */
function itemListSection<
  T extends { id: string; fields: { hidden?: boolean | undefined; layout?: string | undefined } },
>(
  kind: LayoutKind,
  items: readonly T[],
  line: (item: T, layout: LineLayout, context: LineContext) => string,
  section: PageSection,
  title: string | undefined,
  context: PageContext,
): string {
  const layout = layoutOf(kind, section, context);
  return withListHeading(
    title,
    renderList(
      items,
      layout,
      (item, itemNumber) => line(item, ownLayout(kind, item, layout), { ...context, itemNumber }),
      section.numberFrom,
      section.hiddenForm,
      section.itemsAsLines,
      section.notesAfter,
      section.hiddenRuns,
    ),
    undefined,
    section.blankAfterHeading,
  );
}

/** A list under its heading; a list of hidden items only is written without it, as a comment of its own. */
function withListHeading(heading: string | undefined, list: ListBlock, preamble?: string, blank?: boolean): string {
  if (list.text === '') return '';
  if (!list.anyVisible || heading === undefined)
    return preamble === undefined ? list.text : `${preamble}\n\n${list.text}`;
  if (preamble !== undefined) return `${heading}\n\n${preamble}\n\n${list.text}`;
  // A bold line is a paragraph: a blank line keeps the list from reading as its continuation.
  return heading.startsWith('#') && blank !== true ? `${heading}\n${list.text}` : `${heading}\n\n${list.text}`;
}

function publicationSection(section: PageSection, title: string | undefined, context: PageContext): string {
  const layout = layoutOf('publications', section, context);
  const { groups } = sectionPublications(section, context.profile);
  const renderItem = (item: PublicationItem, itemNumber: number) =>
    publicationLine(item, ownLayout('publications', item, layout), { ...context, itemNumber });
  const visible = groups.flatMap((group) => group.items).filter((item) => item.fields.hidden !== true);
  const legend = legendOf(section, visible, context);
  const listOf = (items: readonly PublicationItem[]) =>
    renderList(
      items,
      layout,
      renderItem,
      section.numberFrom,
      section.hiddenForm,
      false,
      section.notesAfter,
      section.hiddenRuns,
    );
  const [only] = groups;
  if (groups.length === 1 && only !== undefined && only.title === undefined) {
    return withListHeading(title, listOf(only.items), legend, section.blankAfterHeading);
  }
  const groupStyle = groupHeadingStyle(section);
  const blocks = groups
    .map((group) => withListHeading(headingLine(headingText(group.title, context), groupStyle), listOf(group.items)))
    .filter((block) => block !== '');
  if (blocks.length === 0) return '';
  const parts = [
    ...(visible.length > 0 && title !== undefined ? [title] : []),
    ...(legend === undefined ? [] : [legend]),
    ...blocks,
  ];
  return parts.join('\n\n');
}

/** One level below the section's heading (`## Publications` → `### 2025`); bold stays bold. */
function groupHeadingStyle(section: PageSection): HeadingStyle {
  if (section.heading === 'bold' || section.heading === 'plain') return section.heading;
  const level = section.title === undefined ? 2 : Number((section.heading ?? 'h2').slice(1));
  return `h${Math.min(level + 1, 6)}` as HeadingStyle;
}

export const defaultLegend = '\\* equal contribution, \\# corresponding author';

function legendOf(section: PageSection, visible: readonly PublicationItem[], context: PageContext): string | undefined {
  if (section.legend === undefined || section.legend === false) return undefined;
  const marked = visible.some((item) =>
    creditedNames(item.fields).names.some((author) => authorMarkers(author) !== ''),
  );
  if (!marked) return undefined;
  return section.legend === true ? defaultLegend : context.markdown(section.legend);
}

function renderContact(owner: Owner, context: PageContext): string {
  const obfuscate = owner.page?.obfuscateEmail ?? false;
  const lines = (owner.contact ?? []).map((line) => {
    const emails = (line.emails ?? []).map((email) => (obfuscate ? email.replace('@', '\\[at\\]') : email));
    const values = [...emails, ...(line.text === undefined ? [] : [line.text])].join(' / ');
    return context.markdown(
      `${line.label}: ${line.url === undefined ? values : linkedText(values || line.url, line.url)}`,
    );
  });
  return lines.join('\n\n');
}
