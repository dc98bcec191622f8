/** One item's line on the page (a news item, a publication, a talk, a service entry, a link button), by its line layout. */

import type { VenueRule } from '../bibtex/venueLabel.js';
import type { PublicationEntryRenderer } from '../export/generatedFile.js';
import { ownerMatcher } from '../model/authorNames.js';
import { citationCount } from '../model/citationCount.js';
import { type DatePattern, dateStylePatterns, formatDateByPattern, parseDatePattern } from '../model/datePattern.js';
import type { Item, NewsItem, Profile, PublicationItem, ServiceItem, TalkItem } from '../model/items.js';
import { continuationIndent, fillLineLayout, type LineLayout } from '../model/lineLayout.js';
import { defaultLayouts, type LayoutKind, parsePageLayout } from '../model/pageLayouts.js';
import type { DateStyle, PartialDate } from '../model/partialDate.js';
import type { Author, AuthorJoin, Owner, PageSection } from '../model/schema.js';
import { splitLeadingEmoji } from '../model/textEmoji.js';
import { type AuthorListStyle, renderCreditedNames } from './authorList.js';
import { newsTextAsHtml } from './htmlNewsText.js';
import { linkTarget } from './linkTarget.js';
import { widenedForNumber } from './listNumbers.js';
import {
  escapeMarkdownText,
  indentContinuation,
  markdownLinkTarget,
  neutraliseLiquid,
  publishedMarkdown,
} from './markdownText.js';
import { type LinkType, linkButtons, shortVenue, shownLabel, titleUrl } from './publicationLinks.js';

/** What writing an item's line needs from the profile and the export's options. */
export interface LineContext {
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
  authorList: AuthorListStyle;
  /** The item's number in a numbered list (`{number}`); 1 where there is no list (a preview). */
  itemNumber?: number;
  /** The line stands inside an HTML block (`<li>` of a `<ul>`): the news text is written as HTML. */
  inHtml?: boolean;
  /** `page.liquid`: the user's Liquid is kept. */
  keepLiquid?: boolean;
}

export interface LineOptions {
  /** Writes each publication's entry after its `[**label**]`, instead of the publications layout. */
  readonly publicationEntry?: PublicationEntryRenderer | undefined;
}

export function lineContext(owner: Owner, options: LineOptions = {}): LineContext {
  const page = owner.page ?? {};
  return {
    dateStyle: page.dateStyle ?? 'dotted',
    isOwner: ownerMatcher(owner.nameVariants ?? [owner.name]),
    markdown: publishedMarkdown(page.liquid === true),
    keepLiquid: page.liquid === true,
    publicationEntry: options.publicationEntry,
    layouts: page.layouts ?? {},
    linkLabels: (page.linkLabels ?? {}) as Partial<Record<LinkType, string>>,
    linkSeparator: page.linkSeparator ?? ' ',
    venueMap: owner.venueMap ?? [],
    authorList: page.authorList ?? {},
  };
}

/** The section's own layout, else the page's for its kind, else the shipped one; the profile was checked on loading. */
export function layoutOf(kind: LayoutKind, section: PageSection | undefined, context: LineContext): LineLayout {
  return parsedLayout(kind, section?.layout ?? context.layouts[kind] ?? defaultLayouts[kind]);
}

/** A layout of the profile, which was checked on loading. */
export function parsedLayout(kind: LayoutKind, source: string): LineLayout {
  const parsed = parsePageLayout(kind, source);
  if (!parsed.ok) throw new Error(`the ${kind} layout ${JSON.stringify(source)} was not checked: ${parsed.reason}`);
  return parsed.layout;
}

/** An item's own `layout`, for the one entry a page wrote otherwise than its list; else the section's layout. */
export function ownLayout(
  kind: LayoutKind,
  item: { fields: { layout?: string | undefined } },
  sectionLayout: LineLayout,
): LineLayout {
  const source = item.fields.layout;
  if (source === undefined) return sectionLayout;
  const parsed = parsePageLayout(kind, source);
  if (!parsed.ok) throw new Error(`the ${kind} layout ${JSON.stringify(source)} was not checked: ${parsed.reason}`);
  return parsed.layout;
}

const stylePatterns = new Map<DateStyle, DatePattern>();

/** A placeholder's own pattern, else the one of `dateStyle` (read once per style). */
function datePatternOf(pattern: DatePattern | undefined, context: { dateStyle: DateStyle }): DatePattern {
  if (pattern !== undefined) return pattern;
  let style = stylePatterns.get(context.dateStyle);
  if (style === undefined) {
    const parsed = parseDatePattern(dateStylePatterns[context.dateStyle]);
    if (!parsed.ok) throw new Error(parsed.reason);
    style = parsed.pattern;
    stylePatterns.set(context.dateStyle, style);
  }
  return style;
}

function writtenDate(
  date: PartialDate | undefined,
  pattern: DatePattern | undefined,
  context: LineContext,
): string | undefined {
  return date === undefined ? undefined : formatDateByPattern(date, datePatternOf(pattern, context));
}

/** A link's address as a Markdown link target; `undefined` when it may not be linked. */
function targetText(url: string | undefined): string | undefined {
  const target = linkTarget(url);
  return target === undefined ? undefined : neutraliseLiquid(markdownLinkTarget(target));
}

export function linkedText(text: string, url: string | undefined): string {
  const target = targetText(url);
  return target === undefined ? text : `[${text}](${target})`;
}

function optionalText(value: string | undefined): string | undefined {
  return value === undefined ? undefined : escapeMarkdownText(value);
}

function fill(
  layout: LineLayout,
  context: LineContext,
  values: Record<string, (pattern?: DatePattern, choice?: string) => string | undefined>,
): string {
  const line = fillLineLayout(layout, {
    value: (name, pattern, choice) =>
      name === 'number' ? String(context.itemNumber ?? 1) : values[name]?.(pattern, choice),
    text: context.markdown,
  });
  return widenedForNumber(line, layout, context.itemNumber);
}

export function newsLine(item: NewsItem, layout: LineLayout, context: LineContext): string {
  const indent = continuationIndent(layout);
  const text = context.markdown(item.body);
  return fill(layout, context, {
    date: (pattern) => writtenDate(item.fields.date, pattern, context),
    text: (_pattern, choice) => {
      if (context.inHtml === true) return newsTextAsHtml(text, context.keepLiquid === true);
      const { emoji, rest } = splitLeadingEmoji(item.body.trim());
      if (choice === 'emoji') return emoji === '' ? undefined : emoji;
      return indentContinuation(choice === 'after-emoji' ? context.markdown(rest) : text, indent);
    },
  });
}

/** One news item as the page writes it (`* **\[2025.07\]** text`), by the page's news layout; for previews. */
export function renderNewsLine(item: NewsItem, dateStyle: DateStyle, layoutSource?: string): string {
  const layouts = layoutSource === undefined ? {} : { layouts: { news: layoutSource } };
  // A preview shows the text as typed: Liquid is the page's business, not the terminal's.
  const context = { ...lineContext({ name: '', page: { dateStyle, ...layouts } }), markdown: (body: string) => body };
  return newsLine(item, layoutOf('news', undefined, context), context);
}

const wideSeparatorLanguages = /^(?:zh|ja)(?:-|$)/;
const endsWithPunctuation = /[.!?。？！]$/;

export function talkLine(item: TalkItem, layout: LineLayout, context: LineContext): string {
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

export function serviceLine(item: ServiceItem, layout: LineLayout, context: LineContext): string {
  const indent = continuationIndent(layout);
  return fill(layout, context, {
    text: () => indentContinuation(context.markdown(item.body), indent),
    date: (pattern) => writtenDate(item.fields.date, pattern, context),
    role: () => optionalText(item.fields.role),
  });
}

export function publicationLine(item: PublicationItem, layout: LineLayout, context: LineContext): string {
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
    authors: (_pattern, join) =>
      renderCreditedNames(
        fields,
        context.isOwner,
        join === undefined ? context.authorList : { ...context.authorList, join: join as AuthorJoin },
      ),
    venue: () => text(fields.venue),
    'venue-short': () => (fields.venue === undefined ? undefined : text(shortVenue(fields.venue, context.venueMap))),
    year: () => text(fields.date?.year),
    date: (pattern) => writtenDate(fields.date, pattern, context),
    links: () => linkList(linkButtons(fields.links, context.linkLabels), context),
    award: () => text(fields.award),
    citations: () => text(citationCount(fields)),
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
  const context = lineContext(profile.owner);
  return linkList(linkButtons(fields.links, context.linkLabels), context);
}

/** The link buttons by the links layout, joined by `page.linkSeparator`; `undefined` when there are none. */
function linkList(buttons: ReturnType<typeof linkButtons>, context: LineContext): string | undefined {
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

/** The line one item gets on the page, by the page's layout for its kind, for previews before it is added; a section has none. */
export function itemPageLine(item: Item, profile: Profile): string | undefined {
  const context = lineContext(profile.owner);
  const layout = (kind: LayoutKind, own: { fields: { layout?: string | undefined } }) =>
    ownLayout(kind, own, layoutOf(kind, undefined, context));
  if (item.kind === 'news') return newsLine(item, layout('news', item), context);
  if (item.kind === 'talk') return talkLine(item, layout('talks', item), context);
  if (item.kind === 'service') return serviceLine(item, layout('service', item), context);
  if (item.kind === 'publication') return publicationLine(item, layout('publications', item), context);
  return undefined;
}
