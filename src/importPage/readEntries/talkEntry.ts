/**
 * One talk as pages write it: `\[2025.04.28\] Venue; Title.` (the seed's, `；` between Chinese parts),
 * `"Title", Venue, City, Jul 2025.`, `*Jul 2025*: **Title**, Venue [[Slides]](…)`. A talk needs a date and a title.
 */

import { findLinks, markdownToPlain, trimEndOf, trimStartOf } from '../readPage/inlineMarkdown.js';
import type { TalkEntry, TalkType } from './importedItems.js';
import { type DatedText, leadingDate, parseDateText, trailingDate } from './pageDates.js';
import { linkTypeOf } from './publicationLinks.js';

export interface TalkContext {
  type?: TalkType;
}

export function parseTalkEntry(markdown: string, context: TalkContext = {}): TalkEntry | undefined {
  const text = markdown
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/(?<!\s)\s*\n\s*/g, ' ')
    .trim();
  const dated = leadingDate(text) ?? trailingDate(text) ?? dateBetweenCommas(text);
  if (!dated) return undefined;
  let rest = dated.rest;

  const extra: { slides?: string; video?: string } = {};
  for (const link of findLinks(rest).reverse()) {
    const type = linkTypeOf(link.text);
    if (type !== 'slides' && type !== 'video') continue;
    extra[type === 'slides' ? 'slides' : 'video'] = link.url.trim();
    const start = rest[link.start - 1] === '[' && rest[link.end] === ']' ? link.start - 1 : link.start;
    const end = start < link.start ? link.end + 1 : link.end;
    rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  }
  rest = trimEndOf(rest, (char) => /[\s\\|·•,]/u.test(char)).trim();

  const parts = titleAndVenue(rest);
  if (!parts || parts.title === '') return undefined;
  const language = languageOf(`${parts.title} ${parts.venue ?? ''}`, parts.wide);
  const title = language === 'zh' || language === 'ja' ? parts.title : parts.title.replace(/(?<![.!?]\.)\.$/, '');
  return {
    kind: 'talk',
    date: { date: dated.date, style: dated.style, text: dated.text },
    title,
    ...(parts.venue ? { venue: parts.venue } : {}),
    ...(parts.url ? { url: parts.url } : {}),
    ...extra,
    ...(language ? { lang: language } : {}),
    ...(context.type && context.type !== 'talk' ? { type: context.type } : {}),
  };
}

interface TitleAndVenue {
  title: string;
  venue?: string;
  url?: string;
  /** Written with the full-width `；`. */
  wide: boolean;
}

function titleAndVenue(rest: string): TitleAndVenue | undefined {
  const wide = rest.indexOf('；');
  const narrow = rest.indexOf('; ');
  const split = wide >= 0 ? wide : narrow;
  if (split > 0) {
    const venue = markdownToPlain(rest.slice(0, split));
    const title = linkedOrPlain(rest.slice(split + (wide >= 0 ? 1 : 2)));
    return { ...title, ...(venue ? { venue } : {}), wide: wide >= 0 };
  }
  const link = findLinks(rest).find((candidate) => !candidate.image);
  const marked =
    link === undefined
      ? (/["“]([^"“”]{2,}?)[,.]?["”]|(\*\*|__)([^*_]+?)\2|(?<![*\w])(\*|_)([^*_]+?)\4(?![*\w])/.exec(rest) ?? undefined)
      : undefined;
  if (!link && !marked) return { title: markdownToPlain(rest), wide: false };
  const start = link ? link.start : (marked?.index ?? 0);
  const end = link ? link.end : start + (marked?.[0].length ?? 0);
  const title = link ? markdownToPlain(link.text) : markdownToPlain(marked?.[1] ?? marked?.[3] ?? marked?.[5] ?? '');
  const isSeparator = (char: string) => /[\s,.;:–—-]/.test(char);
  const venue = trimStartOf(
    trimEndOf(markdownToPlain(`${rest.slice(0, start)} ${rest.slice(end)}`), isSeparator),
    isSeparator,
  ).replace(/^(?:at|@|in)\s+/i, '');
  return { title, ...(venue ? { venue } : {}), ...(link ? { url: link.url.trim() } : {}), wide: false };
}

function linkedOrPlain(markdown: string): { title: string; url?: string } {
  const trimmed = markdown.trim();
  const link = findLinks(trimmed).find((candidate) => !candidate.image);
  if (link && link.start === 0 && /^[\s.。!?！？]*$/u.test(trimmed.slice(link.end))) {
    return { title: `${markdownToPlain(link.text)}${trimmed.slice(link.end).trim()}`, url: link.url.trim() };
  }
  return { title: markdownToPlain(trimmed) };
}

/** `"Title", Venue, Jul 2025, City`: a date standing alone between commas. */
function dateBetweenCommas(text: string): DatedText | undefined {
  const parts = text.split(/,\s+/);
  for (let index = parts.length - 1; index > 0; index--) {
    const found = parseDateText((parts[index] ?? '').replace(/\.$/, ''));
    if (!found) continue;
    const rest = [...parts.slice(0, index), ...parts.slice(index + 1)].join(', ');
    return { ...found, rest };
  }
  return undefined;
}

/** Chinese, Japanese or Korean when the talk is written in it; the export then uses the full-width separator. */
function languageOf(text: string, wide: boolean): string | undefined {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text) || wide) return 'zh';
  return undefined;
}
