/** The academicpages-style `about.md`: front matter, bio, and the sections the profile lists, each line by its layout. */
import type { VenueRule } from '../bibtex/venueLabel.js';
import type { PublicationEntryRenderer } from '../export/generatedFile.js';
import { ownerMatcher } from '../model/authorNames.js';
import { type DatePattern, dateStylePatterns, formatDateByPattern, parseDatePattern } from '../model/datePattern.js';
import { compareChronological, compareRanked } from '../model/itemOrder.js';
import type { NewsItem, Profile, PublicationItem, ServiceItem, TalkItem } from '../model/items.js';
import { continuationIndent, fillLineLayout, itemSeparator, type LineLayout } from '../model/lineLayout.js';
import { defaultLayouts, type LayoutKind, parsePageLayout } from '../model/pageLayouts.js';
import type { DateStyle, PartialDate } from '../model/partialDate.js';
import type { Author, HeadingStyle, Owner, PageSection } from '../model/schema.js';
import { stringifySafeYaml } from '../store/safeYaml.js';
import { authorMarkers, renderAuthorList } from './authorList.js';
import { pageSectionsOf } from './defaultPage.js';
import { linkTarget } from './linkTarget.js';
import {
  escapeMarkdownText,
  hideInComment,
  indentContinuation,
  markdownLinkTarget,
  neutraliseLiquid,
  neutraliseLiquidInMarkdown,
} from './markdownText.js';
import { type LinkType, linkButtons, shortVenue, shownLabel, titleUrl } from './publicationLinks.js';
import { sectionPublications } from './publicationSections.js';

interface PageContext {
  profile: Profile;
  dateStyle: DateStyle;
  isOwner: (author: Author) => boolean;
  /** The user's own Markdown (bio, news, service, text sections) with Liquid neutralised unless `page.liquid`. */
  markdown: (body: string) => string;
  /** A CSL style's entry (`--style`); without it, the publications layout. */
  publicationEntry: PublicationEntryRenderer | undefined;
  /** `page.layouts`, each kind's layout as written, before a section's own `layout`. */
  layouts: Partial<Record<LayoutKind, string>>;
  linkLabels: Partial<Record<LinkType, string>>;
  linkSeparator: string;
  venueMap: readonly VenueRule[];
}

export interface AboutPageOptions {
  /** Writes each publication's entry after its `[**label**]`, instead of the title and author lines. */
  readonly publicationEntry?: PublicationEntryRenderer;
}

const defaultFrontMatter = { permalink: '/', title: 'About', author_profile: true };

export function renderAboutPage(profile: Profile, options: AboutPageOptions = {}): string {
  const page = profile.owner.page ?? {};
  const context = pageContext(profile, options);
  const frontMatter = `---\n${stringifySafeYaml(page.frontMatter ?? defaultFrontMatter)}---\n`;
  const sections = pageSectionsOf(profile)
    .map((section) => renderSection(section, context))
    .filter((block) => block !== '');
  return `${frontMatter}\n${sections.join('\n\n')}\n`;
}

function pageContext(profile: Profile, options: AboutPageOptions): PageContext {
  const page = profile.owner.page ?? {};
  return {
    profile,
    dateStyle: page.dateStyle ?? 'dotted',
    isOwner: ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]),
    markdown: page.liquid === true ? (body) => body : neutraliseLiquidInMarkdown,
    publicationEntry: options.publicationEntry,
    layouts: page.layouts ?? {},
    linkLabels: (page.linkLabels ?? {}) as Partial<Record<LinkType, string>>,
    linkSeparator: page.linkSeparator ?? ' ',
    venueMap: profile.owner.venueMap ?? [],
  };
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
      const block = withHeading(title ?? itemTitle, context.markdown(item.body));
      return item.fields.hidden ? hideInComment(block) : block;
    }
    case 'news': {
      const layout = layoutOf('news', section, context);
      const news = withVisibleLimit([...profile.news].sort(compareChronological), profile.owner.page?.news?.limit);
      return withListHeading(
        title,
        renderList(news, layout, (item) => newsLine(item, layout, context)),
      );
    }
    case 'talks': {
      const layout = layoutOf('talks', section, context);
      const talks = [...profile.talks].sort(compareChronological);
      return withListHeading(
        title,
        renderList(talks, layout, (item) => talkLine(item, layout, context)),
      );
    }
    case 'service': {
      const layout = layoutOf('service', section, context);
      const service = [...profile.service].sort(compareRanked);
      return withListHeading(
        title,
        renderList(service, layout, (item) => serviceLine(item, layout, context)),
      );
    }
    case 'publications':
      return publicationSection(section, title, context);
  }
}

/** The section's own layout, else the page's for its kind, else the shipped one; the profile was checked on loading. */
function layoutOf(kind: LayoutKind, section: PageSection | undefined, context: PageContext): LineLayout {
  const source = section?.layout ?? context.layouts[kind] ?? defaultLayouts[kind];
  const parsed = parsePageLayout(kind, source);
  if (!parsed.ok) throw new Error(`the ${kind} layout ${JSON.stringify(source)} was not checked: ${parsed.reason}`);
  return parsed.layout;
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
  return title === undefined ? undefined : context.markdown(title.replace(/\s*\n\s*/g, ' '));
}

/** `## Title` by default; `heading: h1` writes `# Title`, `heading: bold` a line of its own in bold. */
function headingLine(title: string | undefined, style: HeadingStyle | undefined): string | undefined {
  if (title === undefined) return undefined;
  if (style === 'bold') return `**${title}**`;
  return `${'#'.repeat(Number((style ?? 'h2').slice(1)))} ${title}`;
}

function withHeading(heading: string | undefined, body: string): string {
  if (body === '') return heading ?? '';
  return heading === undefined ? body : `${heading}\n\n${body}`;
}

interface ListBlock {
  text: string;
  anyVisible: boolean;
}

/** Visible items as a list; runs of hidden items inside one comment each, where their order puts them. */
function renderList<T extends { fields: { hidden?: boolean | undefined } }>(
  items: readonly T[],
  layout: LineLayout,
  renderItem: (item: T) => string,
): ListBlock {
  const separator = itemSeparator(layout);
  const blocks: string[] = [];
  let run: string[] = [];
  let runHidden = false;
  const flush = () => {
    if (run.length > 0) blocks.push(runHidden ? hideInComment(run.join(separator)) : run.join(separator));
    run = [];
  };
  for (const item of items) {
    const hidden = item.fields.hidden === true;
    if (hidden !== runHidden) flush();
    runHidden = hidden;
    run.push(renderItem(item));
  }
  flush();
  return { text: blocks.join(separator), anyVisible: items.some((item) => item.fields.hidden !== true) };
}

/** A list under its heading; a list of hidden items only is written without it, as a comment of its own. */
function withListHeading(heading: string | undefined, list: ListBlock, preamble?: string): string {
  if (list.text === '') return '';
  if (!list.anyVisible || heading === undefined)
    return preamble === undefined ? list.text : `${preamble}\n\n${list.text}`;
  if (preamble !== undefined) return `${heading}\n\n${preamble}\n\n${list.text}`;
  // A bold line is a paragraph: a blank line keeps the list from reading as its continuation.
  return heading.startsWith('#') ? `${heading}\n${list.text}` : `${heading}\n\n${list.text}`;
}

function datePatternOf(pattern: DatePattern | undefined, context: { dateStyle: DateStyle }): DatePattern {
  if (pattern !== undefined) return pattern;
  const parsed = parseDatePattern(dateStylePatterns[context.dateStyle]);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.pattern;
}

function writtenDate(
  date: PartialDate | undefined,
  pattern: DatePattern | undefined,
  context: PageContext,
): string | undefined {
  return date === undefined ? undefined : formatDateByPattern(date, datePatternOf(pattern, context));
}

/** A link's address as a Markdown link target; `undefined` when it may not be linked. */
function targetText(url: string | undefined): string | undefined {
  const target = linkTarget(url);
  return target === undefined ? undefined : neutraliseLiquid(markdownLinkTarget(target));
}

function linkedText(text: string, url: string | undefined): string {
  const target = targetText(url);
  return target === undefined ? text : `[${text}](${target})`;
}

function optionalText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : escapeMarkdownText(value);
}

function fill(
  layout: LineLayout,
  context: PageContext,
  values: Record<string, (pattern?: DatePattern) => string | undefined>,
): string {
  return fillLineLayout(layout, {
    value: (name, pattern) => values[name]?.(pattern),
    text: context.markdown,
  });
}

function newsLine(item: NewsItem, layout: LineLayout, context: PageContext): string {
  const indent = continuationIndent(layout);
  return fill(layout, context, {
    date: (pattern) => writtenDate(item.fields.date, pattern, context),
    text: () => indentContinuation(context.markdown(item.body), indent),
  });
}

/** One news item as the page writes it (`* **\[2025.07\]** text`), by the page's news layout; for previews. */
export function renderNewsLine(item: NewsItem, dateStyle: DateStyle, layoutSource?: string): string {
  const profile: Profile = {
    owner: {
      name: '',
      page: { dateStyle, ...(layoutSource === undefined ? {} : { layouts: { news: layoutSource } }) },
    },
    bio: '',
    news: [],
    publications: [],
    talks: [],
    service: [],
    sections: [],
  };
  const context = { ...pageContext(profile, {}), markdown: (body: string) => body };
  return newsLine(item, layoutOf('news', undefined, context), context);
}

const wideSeparatorLanguages = /^(?:zh|ja)(?:-|$)/;
const endsWithPunctuation = /[.!?。？！]$/;

function talkLine(item: TalkItem, layout: LineLayout, context: PageContext): string {
  const { fields } = item;
  const wide = fields.lang !== undefined && wideSeparatorLanguages.test(fields.lang);
  const title = escapeMarkdownText(fields.title);
  const buttons = [
    ...(fields.slides === undefined ? [] : [{ type: 'slides' as const, url: fields.slides }]),
    ...(fields.video === undefined ? [] : [{ type: 'video' as const, url: fields.video }]),
  ];
  return fill(layout, context, {
    date: (pattern) => writtenDate(fields.date, pattern, context),
    title: () => title,
    'title-linked': () => linkedText(title, fields.url),
    url: () => targetText(fields.url),
    venue: () => optionalText(fields.venue),
    location: () => optionalText(fields.location),
    type: () => optionalText(fields.type),
    links: () => linkList(linkButtons(buttons, context.linkLabels), context),
    separator: () => (wide ? '；' : '; '),
    stop: () => (endsWithPunctuation.test(fields.title) || wide ? '' : '.'),
  });
}

function serviceLine(item: ServiceItem, layout: LineLayout, context: PageContext): string {
  const indent = continuationIndent(layout);
  return fill(layout, context, {
    text: () => indentContinuation(context.markdown(item.body), indent),
    date: (pattern) => writtenDate(item.fields.date, pattern, context),
    role: () => optionalText(item.fields.role),
  });
}

function publicationSection(section: PageSection, title: string | undefined, context: PageContext): string {
  const layout = layoutOf('publications', section, context);
  const { groups } = sectionPublications(section, context.profile);
  const renderItem = (item: PublicationItem) => publicationLine(item, layout, context);
  const visible = groups.flatMap((group) => group.items).filter((item) => item.fields.hidden !== true);
  const legend = legendOf(section, visible, context);
  const [only] = groups;
  if (groups.length === 1 && only !== undefined && only.title === undefined) {
    return withListHeading(title, renderList(only.items, layout, renderItem), legend);
  }
  const groupStyle = groupHeadingStyle(section);
  const blocks = groups
    .map((group) =>
      withListHeading(
        headingLine(headingText(group.title, context), groupStyle),
        renderList(group.items, layout, renderItem),
      ),
    )
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
  if (section.heading === 'bold') return 'bold';
  const level = section.title === undefined ? 2 : Number((section.heading ?? 'h2').slice(1));
  return `h${Math.min(level + 1, 6)}` as HeadingStyle;
}

export const defaultLegend = '\\* equal contribution, \\# corresponding author';

function legendOf(section: PageSection, visible: readonly PublicationItem[], context: PageContext): string | undefined {
  if (section.legend === undefined || section.legend === false) return undefined;
  const marked = visible.some((item) => item.fields.authors.some((author) => authorMarkers(author) !== ''));
  if (!marked) return undefined;
  return section.legend === true ? defaultLegend : context.markdown(section.legend);
}

function publicationLine(item: PublicationItem, layout: LineLayout, context: PageContext): string {
  const { fields } = item;
  const label = shownLabel(fields, context.venueMap);
  if (context.publicationEntry) {
    const written = label === undefined ? '' : `[**${escapeMarkdownText(label)}**] `;
    return `- ${written}${context.publicationEntry(item)}`;
  }
  const title = escapeMarkdownText(fields.title);
  const text = (value: string | number | undefined) =>
    value === undefined ? undefined : escapeMarkdownText(String(value));
  return fill(layout, context, {
    label: () => text(label),
    title: () => title,
    'title-linked': () => linkedText(title, titleUrl(fields)),
    url: () => targetText(titleUrl(fields)),
    authors: () => renderAuthorList(fields.authors, context.isOwner),
    venue: () => text(fields.venue),
    'venue-short': () => (fields.venue === undefined ? undefined : text(shortVenue(fields.venue, context.venueMap))),
    year: () => text(fields.date?.year),
    date: (pattern) => writtenDate(fields.date, pattern, context),
    links: () => linkList(linkButtons(fields.links, context.linkLabels), context),
    award: () => text(fields.award),
    citations: () => text(fields.citations),
    doi: () => text(fields.doi),
    arxiv: () => text(fields.arxiv),
    publisher: () => text(fields.publisher),
    volume: () => text(fields.volume),
    issue: () => text(fields.issue),
    pages: () => text(fields.pages),
    status: () => text(fields.status),
    key: () => text(fields.key),
  });
}

/** A publication's link buttons as the page writes them (for the sites' publication pages); `undefined` without links. */
export function renderPublicationLinks(profile: Profile, fields: PublicationItem['fields']): string | undefined {
  const context = pageContext(profile, {});
  return linkList(linkButtons(fields.links, context.linkLabels), context);
}

/** The link buttons by the links layout, joined by `page.linkSeparator`; `undefined` when there are none. */
function linkList(buttons: ReturnType<typeof linkButtons>, context: PageContext): string | undefined {
  if (buttons.length === 0) return undefined;
  const layout = layoutOf('links', undefined, context);
  const written = buttons.map((button) => {
    const name = escapeMarkdownText(button.name);
    return fill(layout, context, {
      name: () => name,
      url: () => targetText(button.url),
      'name-linked': () => linkedText(name, button.url),
      type: () => button.type,
    });
  });
  return written.join(context.markdown(context.linkSeparator));
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
