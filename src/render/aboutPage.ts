/** The academicpages-style `about.md`: front matter, bio, and the sections the profile lists. */
import type { PublicationEntryRenderer } from '../export/generatedFile.js';
import { ownerMatcher } from '../model/authorNames.js';
import { compareChronological, compareRanked } from '../model/itemOrder.js';
import type { Item, NewsItem, Profile, PublicationItem, ServiceItem, TalkItem } from '../model/items.js';
import { type DateStyle, formatDateForPage } from '../model/partialDate.js';
import type { Author, HeadingStyle, Owner, PageSection } from '../model/schema.js';
import { stringifySafeYaml } from '../store/safeYaml.js';
import { renderAuthorList } from './authorList.js';
import { defaultPageSections } from './defaultPage.js';
import {
  escapeMarkdownText,
  hideInComment,
  indentContinuation,
  markdownLink,
  neutraliseLiquidInMarkdown,
} from './markdownText.js';

interface PageContext {
  profile: Profile;
  dateStyle: DateStyle;
  isOwner: (author: Author) => boolean;
  /** The user's own Markdown (bio, news, service, text sections) with Liquid neutralised unless `page.liquid`. */
  markdown: (body: string) => string;
  /** A CSL style's entry (`--style`); without it, the seed's two-line layout. */
  publicationEntry: PublicationEntryRenderer | undefined;
}

export interface AboutPageOptions {
  /** Writes each publication's entry after its `[**label**]`, instead of the title and author lines. */
  readonly publicationEntry?: PublicationEntryRenderer;
}

const defaultFrontMatter = { permalink: '/', title: 'About', author_profile: true };

export function renderAboutPage(profile: Profile, options: AboutPageOptions = {}): string {
  const page = profile.owner.page ?? {};
  const context: PageContext = {
    profile,
    dateStyle: page.dateStyle ?? 'dotted',
    isOwner: ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]),
    markdown: page.liquid === true ? (body) => body : neutraliseLiquidInMarkdown,
    publicationEntry: options.publicationEntry,
  };
  const frontMatter = `---\n${stringifySafeYaml(page.frontMatter ?? defaultFrontMatter)}---\n`;
  const sections = (page.sections ?? defaultPageSections(profile.owner))
    .map((section) => renderSection(section, context))
    .filter((block) => block !== '');
  return `${frontMatter}\n${sections.join('\n\n')}\n`;
}

/** The line one item gets on the page (its seed layout), for previews before it is added; a section has none. */
export function renderItemLine(item: Item, profile: Profile): string | undefined {
  const page = profile.owner.page ?? {};
  const context: PageContext = {
    profile,
    dateStyle: page.dateStyle ?? 'dotted',
    isOwner: ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]),
    markdown: page.liquid === true ? (body) => body : neutraliseLiquidInMarkdown,
    publicationEntry: undefined,
  };
  if (item.kind === 'news') return renderNews(item, context);
  if (item.kind === 'talk') return renderTalk(item, context);
  if (item.kind === 'service') return renderService(item, context);
  if (item.kind === 'publication') return renderPublication(item, context);
  return undefined;
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
      const news = withVisibleLimit([...profile.news].sort(compareChronological), profile.owner.page?.news?.limit);
      return renderList(title, news, (item) => renderNews(item, context));
    }
    case 'talks':
      return renderList(title, [...profile.talks].sort(compareChronological), (item) => renderTalk(item, context));
    case 'service':
      return renderList(title, [...profile.service].sort(compareRanked), (item) => renderService(item, context));
    case 'publications': {
      const chosen = profile.publications.filter((item) => section.only !== 'selected' || item.fields.selected);
      return renderList(title, chosen.sort(compareRanked), (item) => renderPublication(item, context));
    }
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

/** Visible items as a list; runs of hidden items inside one comment each, where their order puts them. */
function renderList<T extends { fields: { hidden?: boolean | undefined } }>(
  heading: string | undefined,
  items: readonly T[],
  renderItem: (item: T) => string,
): string {
  const blocks: string[] = [];
  let run: string[] = [];
  let runHidden = false;
  const flush = () => {
    if (run.length > 0) blocks.push(runHidden ? hideInComment(run.join('\n')) : run.join('\n'));
    run = [];
  };
  for (const item of items) {
    const hidden = item.fields.hidden === true;
    if (hidden !== runHidden) flush();
    runHidden = hidden;
    run.push(renderItem(item));
  }
  flush();
  if (blocks.length === 0) return '';
  const anyVisible = items.some((item) => item.fields.hidden !== true);
  const list = blocks.join('\n');
  if (!anyVisible || heading === undefined) return list;
  // A bold line is a paragraph: a blank line keeps the list from reading as its continuation.
  return heading.startsWith('#') ? `${heading}\n${list}` : `${heading}\n\n${list}`;
}

function bracketedDate(item: NewsItem | TalkItem, context: PageContext): string {
  return `\\[${formatDateForPage(item.fields.date, context.dateStyle)}\\]`;
}

function renderNews(item: NewsItem, context: PageContext): string {
  return renderNewsLine({ ...item, body: context.markdown(item.body) }, context.dateStyle);
}

/** One news item as the page writes it (`* **\[2025.07\]** text`); exported for previews. */
export function renderNewsLine(item: NewsItem, dateStyle: DateStyle): string {
  return `* **\\[${formatDateForPage(item.fields.date, dateStyle)}\\]** ${indentContinuation(item.body, '  ')}`;
}

const wideSeparatorLanguages = /^(?:zh|ja)(?:-|$)/;
const endsWithPunctuation = /[.!?。？！]$/;

function renderTalk(item: TalkItem, context: PageContext): string {
  const { fields } = item;
  const title = markdownLink(escapeMarkdownText(fields.title), fields.url);
  const wide = fields.lang !== undefined && wideSeparatorLanguages.test(fields.lang);
  const separator = wide ? '；' : '; ';
  const line = fields.venue === undefined ? title : `${escapeMarkdownText(fields.venue)}${separator}${title}`;
  const stop = endsWithPunctuation.test(fields.title) || wide ? '' : '.';
  return `* ${bracketedDate(item, context)} ${line}${stop}`;
}

function renderService(item: ServiceItem, context: PageContext): string {
  return `* ${indentContinuation(context.markdown(item.body), '  ')}`;
}

function renderPublication(item: PublicationItem, context: PageContext): string {
  const { fields } = item;
  const label = fields.label === undefined ? '' : `[**${escapeMarkdownText(fields.label)}**] `;
  if (context.publicationEntry) return `- ${label}${context.publicationEntry(item)}`;
  const title = markdownLink(escapeMarkdownText(fields.title), fields.url);
  return `- ${label}${title}  \n  ${renderAuthorList(fields.authors, context.isOwner)}`;
}

function renderContact(owner: Owner, context: PageContext): string {
  const obfuscate = owner.page?.obfuscateEmail ?? false;
  const lines = (owner.contact ?? []).map((line) => {
    const emails = (line.emails ?? []).map((email) => (obfuscate ? email.replace('@', '\\[at\\]') : email));
    const values = [...emails, ...(line.text === undefined ? [] : [line.text])].join(' / ');
    return context.markdown(
      `${line.label}: ${line.url === undefined ? values : markdownLink(values || line.url, line.url)}`,
    );
  });
  return lines.join('\n\n');
}
