/**
 * A publication written in a citation style, read by its structure: APA-like (`Doe, J., & **Li, Z.**\* (2024).
 * Title. *Venue*, 12(3), 1–10.`) and Vancouver-like (`Li Z, **Wang P**. Title. Venue. 2024;12(3):1-10.`). Only an
 * entry whose authors, date and title all fall in place is read; anything else is left to the other forms.
 */

import { findLinks, markdownToPlain, unwrapEmphasis } from '../readPage/inlineMarkdown.js';
import type { AuthorMarks } from './authorMarks.js';
import { type PageAuthors, parseFamilyInitialsLine, parseVancouverLine } from './pageAuthors.js';

export interface Citation {
  authors: PageAuthors;
  /** The date as written: `2024`, `2024a`, `2024, June 3`, `in press`, `2024 Mar`. */
  dateText: string;
  title: string;
  url?: string;
  /** The venue without `In` and its volume and pages. */
  venue?: string;
  /** The venue as the page shows it, with its volume, issue, pages and date: the entry's label. */
  shown?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** What follows, in parts (links taken out are `cut`): a DOI, an award, a note. */
  rest: string[];
}

/** `text` with the link words (`[PDF](…)`) already replaced by `cut`. */
export function readCitation(text: string, cut: string, marks: AuthorMarks): Citation | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  return readApa(flat, cut, marks) ?? readVancouver(flat, cut, marks);
}

const apaDate = /\(\s*((?:19|20)\d{2}[a-z]?(?:,\s*[^()\s][^()]{0,29}?)?|in press|forthcoming|n\.\s?d\.)\s*\)\.?/i;

function readApa(text: string, cut: string, marks: AuthorMarks): Citation | undefined {
  const date = apaDate.exec(text);
  if (!date) return undefined;
  const authorText = text.slice(0, date.index);
  if (authorText.includes(cut)) return undefined;
  const authors = parseFamilyInitialsLine(authorText, marks);
  if (!authors) return undefined;
  const title = readTitle(text.slice(date.index + date[0].length), cut);
  if (!title) return undefined;
  const dateText = (date[1] ?? '').trim();
  const { venueWritten, ...venue } = readVenue(title.rest, cut);
  return {
    authors,
    dateText,
    ...title.fields,
    ...(venueWritten === undefined ? {} : { shown: `${venueWritten}, ${dateText}` }),
    ...venue,
  };
}

// `Venue. 2024;12(3):1-10.`, `Venue. 2024 Mar 3;12:e123.`, `Venue. 2024.`: the date closes a Vancouver entry.
const vancouverTail =
  /^(.+?)\.\s+((?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)(?:\s*;\s*(\d+)(?:\s*\(([^()\s]+)\))?)?(?:\s*:\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?))?\.?(?=\s|$)/;

function readVancouver(text: string, cut: string, marks: AuthorMarks): Citation | undefined {
  const head = /^([^.]+?(?:\bet al)?)\.\s+/.exec(text);
  if (!head || (head[1] ?? '').includes(cut)) return undefined;
  const authors = parseVancouverLine(head[1] ?? '', marks);
  if (!authors) return undefined;
  const title = readTitle(text.slice(head[0].length), cut);
  if (!title) return undefined;
  const afterTitle = title.rest.replace(/^[\s.]+/, '');
  const tail = vancouverTail.exec(afterTitle);
  if (!tail) return undefined;
  const venueWritten = (tail[1] ?? '').trim();
  const italic = unwrapEmphasis(venueWritten);
  const venue = markdownToPlain(italic && !italic.strong ? italic.inner : venueWritten);
  if (venue === '' || venue.includes(cut)) return undefined;
  const numbers = optionalFields({ volume: tail[3], issue: tail[4], pages: tail[5] });
  return {
    authors,
    dateText: tail[2] ?? '',
    ...title.fields,
    venue,
    shown: markdownToPlain(tail[0]).replace(/\.$/, ''),
    ...numbers,
    rest: restParts(afterTitle.slice(tail[0].length), cut),
  };
}

interface ReadTitle {
  fields: { title: string; url?: string };
  rest: string;
}

/** The title right after the authors (and date): linked, quoted, in italics (a book), or up to its full stop. */
function readTitle(written: string, cut: string): ReadTitle | undefined {
  const text = written.replace(/^[\s.]+/, '');
  const link = findLinks(text)[0];
  if (link && link.start === 0 && !link.image) {
    const title = markdownToPlain(link.text).replace(/\.$/, '');
    return title === '' ? undefined : { fields: { title, url: link.url.trim() }, rest: text.slice(link.end) };
  }
  const quoted = /^["“]([^"“”]{3,}?)[,.]?["”]/.exec(text);
  if (quoted) return { fields: { title: markdownToPlain(quoted[1] ?? '') }, rest: text.slice(quoted[0].length) };
  const emphasised = /^(\*\*|__|\*|_)(?=\S)([^*_]+?)\1(?![*_])/.exec(text);
  if (emphasised) {
    return { fields: { title: markdownToPlain(emphasised[2] ?? '') }, rest: text.slice(emphasised[0].length) };
  }
  // A plain title ends at the full stop before the venue in italics, else at its first full stop.
  const beforeItalic = /[.?!](?=["”]?\s+(?:In:?\s+)?(?:\*(?!\*)|_(?!_)|<i>|<em>))/i.exec(text);
  const stop = beforeItalic ?? /[.?!](?=\s|$)/.exec(text);
  const end = Math.min(stop ? stop.index + 1 : text.length, cutAt(text, cut));
  const title = markdownToPlain(text.slice(0, end)).replace(/\.$/, '').trim();
  if (!/\p{L}/u.test(title)) return undefined;
  return { fields: { title }, rest: text.slice(end) };
}

function cutAt(text: string, cut: string): number {
  const at = text.indexOf(cut);
  return at < 0 ? text.length : at;
}

// `, 12(3), 1–10`, `, *12*(3), 1-10`, `, 12, 345`, `, pp. 1–10`, ` (pp. 1–10)`: what follows an APA venue.
const numbersAfterVenue =
  /^(?:,\s*(?:\*|_)?(\d+)(?:\*|_)?(?:\s*\(([^()\s]+)\))?)?(?:,\s*(?:pp?\.\s*)?([A-Za-z]?\d+(?:\s*[-–—]+\s*[A-Za-z]?\d+)?)|\s*\(pp?\.\s*(\d+\s*[-–—]+\s*\d+)\))?/;

/** The APA venue: `In *Proc. NeurIPS*`, `*Journal*, *12*(3), 1–10`, `*Journal, 12*(3)`; a plain one is left in `rest`. */
function readVenue(
  written: string,
  cut: string,
): Pick<Citation, 'venue' | 'volume' | 'issue' | 'pages' | 'rest'> & { venueWritten?: string } {
  const text = written.replace(/^[\s.,]+/, '');
  const prefix = /^In:?\s+/i.exec(text)?.[0] ?? '';
  const italic = /^(?:\*(?!\*)([^*]+?)\*(?!\*)|_(?!_)([^_]+?)_(?!_)|<(i|em)>([\s\S]*?)<\/\3>)/i.exec(
    text.slice(prefix.length),
  );
  if (!italic) return { rest: restParts(text, cut) };
  const inner = markdownToPlain(italic[1] ?? italic[2] ?? italic[4] ?? '');
  const volumeInside = /^(.+?),\s*(\d+)$/.exec(inner);
  const venue = volumeInside ? (volumeInside[1] ?? '') : inner;
  const after = text.slice(prefix.length + italic[0].length);
  const numbers = numbersAfterVenue.exec(after) ?? [''];
  const volume = volumeInside?.[2] ?? numbers[1];
  return {
    ...(venue === '' ? {} : { venue }),
    venueWritten: markdownToPlain(`${italic[0]}${numbers[0]}`),
    ...optionalFields({ volume, issue: numbers[2], pages: (numbers[3] ?? numbers[4])?.replace(/\s+/g, '') }),
    rest: restParts(after.slice(numbers[0].length), cut),
  };
}

function restParts(text: string, cut: string): string[] {
  return (
    text
      .split(cut)
      // A sentence, or an emphasis next to a parenthesis (`**Best Paper Award** (Oral)`), is a part of its own.
      .flatMap((part) => part.split(/(?<=[.!?])\s+(?=\S)|(?<=[*_)])\s+(?=[(*_])/))
      .map((part) => part.trim())
      .filter((part) => part !== '')
  );
}

function optionalFields(fields: Record<string, string | undefined>): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== '') present[name] = value;
  return present;
}
