/**
 * A section's line layout read off the page: each item's lines as written, with the item's values (its text, its
 * date in the page's format, its title, authors, venue, links…) turned into placeholders, kept only when the real
 * renderer writes every visible item of the section back exactly as the page wrote it.
 */
import type { Item, NewsItem, PublicationItem, ServiceItem, TalkItem } from '../../model/items.js';
import { continuationIndent, type LineLayout, parseLineLayout } from '../../model/lineLayout.js';
import { defaultLayouts, type LayoutKind, layoutVocabularies } from '../../model/pageLayouts.js';
import { authorJoins, type Owner } from '../../model/schema.js';
import {
  type LineContext,
  lineContext,
  newsLine,
  publicationLine,
  serviceLine,
  talkLine,
} from '../../render/itemLines.js';
import type { ListKind } from '../readEntries/sectionReading.js';
import type { LinkStyle, RenderSettings } from './entryFiles.js';

/** The date formats tried, month formats first; a format with a day also writes the dates that have none. */
export const pageDatePatterns = [
  '%Y.%m',
  '%Y-%m',
  '%Y/%m',
  '%m/%Y',
  '%-m/%Y',
  '%m.%Y',
  '%b %Y',
  '%b. %Y',
  '%B %Y',
  '%Y',
  '%Y.%m.%d',
  '%Y-%m-%d',
  '%Y/%m/%d',
  '%d/%m/%Y',
  '%d.%m.%Y',
  '%-d %b %Y',
  '%-d %B %Y',
  '%b %-d, %Y',
  '%B %-d, %Y',
] as const;

/** The placeholders looked for in an item's lines, in this order: a longer value before one it may contain. */
const fieldsByKind: Readonly<Record<ListKind, readonly string[]>> = {
  news: ['text', 'date'],
  publications: ['title-linked', 'authors', 'links', 'label', 'venue', 'title', 'url', 'date', 'year', 'award'],
  talks: ['title-linked', 'title', 'venue', 'links', 'url', 'date'],
  service: ['text', 'date'],
};

/**
 * What a layout must write from the item, not as fixed text: a layout read off one item could otherwise hold its
 * authors or its date as text, and write them under every item added later.
 */
const essentialFields: Readonly<Record<ListKind, readonly (readonly string[])[]>> = {
  news: [['{text}', '{text:after-emoji}'], ['{date']],
  publications: [['{title}', '{title-linked}'], ['{authors']],
  talks: [['{title}', '{title-linked}'], ['{date']],
  service: [['{text}']],
};

const layoutKindOf: Readonly<Record<ListKind, LayoutKind>> = {
  news: 'news',
  publications: 'publications',
  talks: 'talks',
  service: 'service',
};

/** At most this many layouts are tried per section: the work stays bounded whatever the page. */
const maxCandidates = 64;

export interface WrittenItem {
  item: Item;
  /** The item's lines on the page, as written. */
  written: string;
}

type Segment = { field: string } | { text: string };

/**
 * The layout that writes every item as the page wrote it; `undefined` when the shipped layout already does, or
 * when no layout found does (the export then writes the shipped layout, and the report says so).
 */
export function inferSectionLayout(
  kind: ListKind,
  items: readonly WrittenItem[],
  settings: RenderSettings,
  mixed = false,
): SectionLayout {
  if (items.length === 0) return { layout: undefined, matches: true };
  const context = renderContext(settings);
  const layoutKind = layoutKindOf[kind];
  const writesItem = (source: string, { item, written }: WrittenItem) => {
    const parsed = parseLineLayout(source, layoutVocabularies[layoutKind]);
    return parsed.ok && lineOf(kind, item, parsed.layout, context) === written;
  };
  const writes = (source: string) => items.every((item) => writesItem(source, item));
  if (writes(defaultLayouts[layoutKind])) return { layout: undefined, matches: true };
  const candidates: string[] = [];
  const perItem: string[][] = items.map(({ item, written }) => itemLayouts(kind, item, written, context, mixed));
  for (const layouts of perItem) {
    for (const layout of layouts)
      if (!candidates.includes(layout) && candidates.length < maxCandidates) candidates.push(layout);
  }
  const complete = (layout: string) =>
    essentialFields[kind].every((names) => names.some((name) => layout.includes(name)));
  for (const candidate of candidates) {
    if (complete(candidate) && writes(candidate)) return { layout: candidate, matches: true };
  }
  // Items without a label or links: the richest layout, with what the others lack made optional.
  for (const pattern of [...pageDatePatterns, undefined]) {
    const layouts = perItem.map((layouts) => layouts.find((layout) => usesPattern(layout, pattern)));
    if (layouts.some((layout) => layout === undefined)) continue;
    const merged = withOptionalParts(layouts as string[]);
    if (merged !== undefined && complete(merged) && writes(merged)) return { layout: merged, matches: true };
  }
  if (!mixed) return { layout: undefined, matches: false };
  return mixedLayouts(kind, items, perItem, [defaultLayouts[layoutKind], ...candidates].filter(complete), writesItem);
}

/** A section's layout; with `own`, the layouts of the items it does not write as the page did, by item. */
export interface SectionLayout {
  layout: string | undefined;
  matches: boolean;
  /** Per item: its own layout, or `undefined` where the section's writes it. */
  own?: (string | undefined)[];
}

/**
 * A list that mixes forms: the layout that writes the most items as written is the section's, and every other
 * item gets one of its own, of the same blocks (list items among list items, paragraphs among paragraphs).
 * `matches: false` when an item has none.
 */
function mixedLayouts(
  kind: ListKind,
  items: readonly WrittenItem[],
  perItem: readonly (readonly string[])[],
  candidates: readonly string[],
  writesItem: (source: string, item: WrittenItem) => boolean,
): SectionLayout {
  let best: { layout: string; count: number } | undefined;
  for (const candidate of candidates) {
    const count = items.filter((item) => writesItem(candidate, item)).length;
    if (count > (best?.count ?? 0)) best = { layout: candidate, count };
  }
  if (best === undefined) return { layout: undefined, matches: false };
  const section = best.layout;
  const listed = isListLayout(kind, section);
  const own: (string | undefined)[] = [];
  for (const [index, item] of items.entries()) {
    if (writesItem(section, item)) {
      own.push(undefined);
      continue;
    }
    const found = (perItem[index] ?? []).find(
      (layout) => candidates.includes(layout) && isListLayout(kind, layout) === listed && writesItem(layout, item),
    );
    if (found === undefined) return { layout: undefined, matches: false };
    own.push(found);
  }
  const shipped = candidates[0] === section;
  return { layout: shipped ? undefined : section, matches: true, own };
}

/** A layout that starts a list item (`- `, `1. `): its items stand on adjacent lines. */
function isListLayout(kind: ListKind, source: string): boolean {
  const parsed = parseLineLayout(source, layoutVocabularies[layoutKindOf[kind]]);
  return parsed.ok && continuationIndent(parsed.layout) !== '';
}

const linkLayouts = [
  '[{name}]({url})',
  '[[{name}]]({url})',
  '[\\[{name}\\]]({url})',
  '\\[[{name}]({url})\\]',
  '[**{name}**]({url})',
  '**[{name}]({url})**',
  '[`{name}`]({url})',
];
const linkSeparators = [' ', ' | ', ' / ', ' · ', ' • ', ', ', '&nbsp;', ' &nbsp; ', ' \\| '];

/**
 * How the items' link buttons are written, when the page writes them otherwise than `[PDF](…) [Code](…)`: the first
 * of the usual forms that writes every item's buttons as its lines hold them. `undefined` for the shipped form,
 * or when no form does.
 */
export function inferLinkStyle(items: readonly WrittenItem[], settings: RenderSettings): LinkStyle | undefined {
  const linked = items.filter(({ item }) => item.kind === 'publication' && (item.fields.links?.length ?? 0) > 0);
  if (linked.length === 0) return undefined;
  for (const layout of linkLayouts) {
    for (const separator of linkSeparators) {
      const style = { layout, separator };
      const context = renderContext({ ...settings, links: style });
      const writes = linked.every(({ item, written }) => {
        const value = placeholderValue('publications', item, '{links}', context);
        return value !== '' && written.includes(value);
      });
      if (writes) return layout === linkLayouts[0] && separator === ' ' ? undefined : style;
    }
  }
  return undefined;
}

function usesPattern(layout: string, pattern: string | undefined): boolean {
  return pattern === undefined ? !layout.includes('{date') : layout.includes(`{date:${pattern}}`);
}

function renderContext(settings: RenderSettings): LineContext {
  const owner: Owner = {
    name: settings.nameVariants[0] ?? 'Owner',
    nameVariants: [...settings.nameVariants],
    page: {
      dateStyle: settings.dateStyle,
      liquid: settings.liquid,
      ...(settings.authorList ? { authorList: settings.authorList } : {}),
      ...(settings.links ? { layouts: { links: settings.links.layout }, linkSeparator: settings.links.separator } : {}),
    },
  };
  return lineContext(owner);
}

function lineOf(kind: ListKind, item: Item, layout: LineLayout, context: LineContext): string {
  switch (kind) {
    case 'news':
      return newsLine(item as NewsItem, layout, context);
    case 'publications':
      return publicationLine(item as PublicationItem, layout, context);
    case 'talks':
      return talkLine(item as TalkItem, layout, context);
    case 'service':
      return serviceLine(item as ServiceItem, layout, context);
  }
}

/** One placeholder's value for the item, as the renderer writes it; '' when the item has none. */
function placeholderValue(kind: ListKind, item: Item, placeholder: string, context: LineContext): string {
  const parsed = parseLineLayout(placeholder, layoutVocabularies[layoutKindOf[kind]]);
  return parsed.ok ? lineOf(kind, item, parsed.layout, context) : '';
}

/**
 * The layouts that write this one item as written: one per date format its date may be written in. A title that
 * links nowhere is `{title}` first (the page did not link it), then `{title-linked}` (which writes the same). With
 * `joins`, authors joined otherwise than the page's style are `{authors:commas}` (for a list that mixes forms).
 */
function itemLayouts(kind: ListKind, item: Item, written: string, context: LineContext, joins: boolean): string[] {
  const fields = fieldsByKind[kind].filter((field) => field !== 'date');
  const orders = [fields];
  if (fields.includes('title-linked')) {
    const title = placeholderValue(kind, item, '{title}', context);
    if (title !== '' && title === placeholderValue(kind, item, '{title-linked}', context)) {
      orders.unshift(fields.filter((field) => field !== 'title-linked'));
    }
  }
  const layouts: string[] = [];
  for (const order of orders) {
    let segments: readonly Segment[] = [{ text: written }];
    for (const field of order) {
      const before = segments;
      segments = substitute(segments, `{${field}}`, placeholderValue(kind, item, `{${field}}`, context));
      // A news text whose leading emoji the page wrote before the date, as the item's bullet.
      if (kind === 'news' && field === 'text' && segments === before) {
        for (const placeholder of ['{text:after-emoji}', '{text:emoji}'])
          segments = substitute(segments, placeholder, placeholderValue(kind, item, placeholder, context));
      }
      // Authors joined otherwise than the rest of the page: `{authors:commas}`.
      for (const join of joins && field === 'authors' && segments === before ? authorJoins : []) {
        const placeholder = `{authors:${join}}`;
        if (segments === before)
          segments = substitute(segments, placeholder, placeholderValue(kind, item, placeholder, context));
      }
    }
    if (fieldsByKind[kind].includes('date')) {
      for (const pattern of pageDatePatterns) {
        // `2025-05-01` is `{date:%Y-%m-%d}`, not `{date:%Y-%m}-01`: the day would be text, the same for every item.
        if (!showsPrecision(pattern, item)) continue;
        const placeholder = `{date:${pattern}}`;
        const dated = substitute(segments, placeholder, placeholderValue(kind, item, placeholder, context));
        if (dated !== segments) pushLayout(layouts, dated);
      }
    }
    pushLayout(layouts, segments);
  }
  return layouts;
}

/** The pattern writes every part the item's date has: its month, its day. */
function showsPrecision(pattern: string, item: Item): boolean {
  const date = 'date' in item.fields ? item.fields.date : undefined;
  if (date === undefined || typeof date !== 'object') return true;
  if (date.month !== undefined && !/%(?:m|-m|b|B)/.test(pattern)) return false;
  return date.day === undefined || /%(?:d|-d)/.test(pattern);
}

function pushLayout(layouts: string[], segments: readonly Segment[]): void {
  const source = layoutSource(segments);
  if (source !== undefined && !layouts.includes(source)) layouts.push(source);
}

/** The first occurrence of `value` in the written text becomes the placeholder; the same segments when absent. */
function substitute(segments: readonly Segment[], placeholder: string, value: string): readonly Segment[] {
  if (value === '') return segments;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as Segment;
    if (!('text' in segment)) continue;
    const at = segment.text.indexOf(value);
    if (at < 0) continue;
    const before = segment.text.slice(0, at);
    const after = segment.text.slice(at + value.length);
    return [
      ...segments.slice(0, index),
      ...(before === '' ? [] : [{ text: before }]),
      { field: placeholder },
      ...(after === '' ? [] : [{ text: after }]),
      ...segments.slice(index + 1),
    ];
  }
  return segments;
}

/**
 * The segments as a layout: the page's own text as layout text. A brace the page wrote bare cannot be layout text
 * (`\{` is the brace Markdown escapes, which the layout writes as it is): such an item has no layout.
 */
function layoutSource(segments: readonly Segment[]): string | undefined {
  let source = '';
  for (const segment of segments) {
    if ('field' in segment) {
      source += segment.field;
      continue;
    }
    if (/(?:^|[^\\])[{}]/.test(segment.text)) return undefined;
    source += segment.text;
  }
  return source.includes('{') ? source : undefined;
}

/**
 * The layout with the most placeholders, where each other item's layout is it without one stretch: that stretch
 * becomes an optional part (`{?[**{label}**] }`, `{?  \n  {links}}`). `undefined` when they differ otherwise.
 */
function withOptionalParts(layouts: readonly string[]): string | undefined {
  const placeholders = (layout: string) => layout.split('{').length;
  const richest = [...layouts].sort((a, b) => placeholders(b) - placeholders(a))[0];
  if (richest === undefined) return undefined;
  const windows: Array<{ start: number; end: number }> = [];
  for (const layout of layouts) {
    if (layout === richest) continue;
    const window = removedStretch(richest, layout);
    if (window === undefined) return undefined;
    if (!windows.some((known) => known.start === window.start && known.end === window.end)) windows.push(window);
  }
  windows.sort((a, b) => a.start - b.start);
  for (let index = 1; index < windows.length; index++) {
    if ((windows[index] as { start: number }).start < (windows[index - 1] as { end: number }).end) return undefined;
  }
  let merged = '';
  let at = 0;
  for (const window of windows) {
    merged += `${richest.slice(at, window.start)}{?${richest.slice(window.start, window.end)}}`;
    at = window.end;
  }
  return merged + richest.slice(at);
}

/** Where `shorter` is `longer` without one stretch that holds whole placeholders only; the latest such stretch. */
function removedStretch(longer: string, shorter: string): { start: number; end: number } | undefined {
  const length = longer.length - shorter.length;
  if (length <= 0) return undefined;
  let prefix = 0;
  while (prefix < shorter.length && longer[prefix] === shorter[prefix]) prefix++;
  for (let start = prefix; start >= 0; start--) {
    const end = start + length;
    if (longer.slice(0, start) + longer.slice(end) !== shorter) continue;
    const stretch = longer.slice(start, end);
    if (stretch.includes('{') && balanced(stretch)) return { start, end };
  }
  return undefined;
}

/** Every placeholder of the stretch opens and closes in it. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
