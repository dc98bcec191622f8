/**
 * One publication as a home page writes it, in any of the usual shapes: `[**Label**] [Title](url)` over an
 * author line (the seed's), title first or authors first, the title linked, bold or quoted, the venue in
 * italics, and `[PDF] [Code]` links anywhere, or in a citation style (APA-like, Vancouver-like). A publication needs
 * a title and an author line; else it is not one.
 */
import type { PartialDate } from '../../model/partialDate.js';
import { findLinks, markdownToPlain, trimEndOf, trimStartOf, unwrapEmphasis } from '../readPage/inlineMarkdown.js';
import { type AuthorMarks, defaultAuthorMarks } from './authorMarks.js';
import { type Citation, readCitation } from './citationEntry.js';
import type {
  CslType,
  PublicationCategory,
  PublicationEntry,
  PublicationLink,
  PublicationStatus,
} from './importedItems.js';
import { isPersonName, type PageAuthors, parseAuthorLine } from './pageAuthors.js';
import { arxivIdFromUrl, doiFromUrl, linkTypeOf, publicationLink } from './publicationLinks.js';

export interface PublicationContext {
  /** The section lists selected publications. */
  selected?: boolean;
  /** The section's heading says what they are (`Journal Papers`, `Preprints`). */
  category?: PublicationCategory;
  /** What `*`, `†`, `#`… mean on this page. */
  marks?: AuthorMarks;
}

const cut = '\u0001';
const awardWords = /\baward\b|\bbest\b.*\bpaper\b|\bprize\b|\bhonou?rable mention\b/i;

export function parsePublicationEntry(
  markdown: string,
  context: PublicationContext = {},
): PublicationEntry | undefined {
  let text = markdown
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /<a\s[^<>]*?href\s*=\s*["']([^"']+)["'][^<>]*>((?:(?!<a\s)[\s\S])*?)<\/a>/gi,
      (_whole, url: string, inner: string) => `[${inner}](${url})`,
    )
    .replace(/(?<! ) {2,}$|\\$/gm, '');

  const label = takeLabel(text);
  if (label) text = label.rest;

  const links: PublicationLink[] = [];
  for (const link of findLinks(text).reverse()) {
    if (link.image || linkTypeOf(link.text) === undefined) continue;
    links.unshift(publicationLink(link.text, link.url));
    const span = withBrackets(text, link.start, link.end);
    text = `${text.slice(0, span.start)}${cut}${text.slice(span.end)}`;
  }

  const citation = readCitation(text, cut, context.marks ?? defaultAuthorMarks);
  if (citation) return citationEntry(citation, label?.label, links, context);

  let title: string | undefined;
  let url: string | undefined;
  const titleLink = findLinks(text).find((link) => !link.image);
  if (titleLink) {
    title = markdownToPlain(titleLink.text);
    url = titleLink.url.trim();
    text = `${text.slice(0, titleLink.start)}${cut}${text.slice(titleLink.end)}`;
  } else {
    const marked = markedTitle(text);
    if (marked) {
      title = marked.title;
      text = `${text.slice(0, marked.start)}${cut}${text.slice(marked.end)}`;
    }
  }
  const titleFromMarkup = title !== undefined;

  const chunks = text
    .split(new RegExp(`[${cut}\n]`))
    .flatMap(splitSentences)
    .map(cleanChunk)
    .filter((chunk) => chunk !== '');

  let yearText: string | undefined;
  const authorChunk = chooseAuthorChunk(chunks, titleFromMarkup, context.marks ?? defaultAuthorMarks);
  let venueWritten: string | undefined;
  let venue: string | undefined;
  let award: string | undefined;
  const leftovers: string[] = [];
  for (const chunk of chunks) {
    if (chunk === authorChunk?.chunk) continue;
    const italic = italicVenue(chunk);
    if (venue === undefined && italic) {
      venue = italic.venue;
      venueWritten = markdownToPlain(chunk);
      continue;
    }
    const plain = markdownToPlain(chunk);
    if (/^\(?(?:19|20)\d{2}[a-z]?\)?$/.test(plain)) {
      yearText = plain;
      continue;
    }
    if (awardWords.test(plain) && award === undefined) {
      award = plain;
      continue;
    }
    if (title === undefined && plain.split(' ').length >= 2) {
      title = plain;
      continue;
    }
    if (venue === undefined && looksLikeVenue(plain)) {
      venue = plain.replace(/^in:?\s+/i, '').replace(/,?(?<!\s)\s*\(?(?:19|20)\d{2}\)?\.?$/, '');
      venueWritten = plain;
      continue;
    }
    leftovers.push(plain);
  }
  if (title === undefined || title === '' || !authorChunk) return undefined;
  const shownVenue = label?.label ?? venueWritten;
  return completeEntry(
    {
      title,
      authors: authorChunk.authors,
      url,
      shownVenue,
      venue,
      award,
      leftovers,
      yearSources: [[shownVenue, venueWritten, yearText].join(' ')],
      kindText: `${shownVenue ?? ''} ${venue ?? ''}`,
    },
    links,
    context,
  );
}

/** A citation's parts as an entry; its label is the venue as shown with the date, as `*Venue*, 2024` would be. */
function citationEntry(
  citation: Citation,
  label: string | undefined,
  links: PublicationLink[],
  context: PublicationContext,
): PublicationEntry {
  let { venue, shown, url } = citation;
  let doi: string | undefined;
  let award: string | undefined;
  const leftovers: string[] = [];
  for (const part of citation.rest) {
    const bare = part.replace(/^<|>\.?$|[.,]$/g, '');
    const address = /^(?:https?:\/\/\S+|doi:\s*10\.\S+)$/i.test(bare) ? bare : undefined;
    if (address !== undefined && doi === undefined) {
      doi = doiFromUrl(address) ?? /^doi:\s*(10\.\S+)$/i.exec(address)?.[1];
      if (url === undefined && /^https?:/i.test(address)) url = address;
      continue;
    }
    const plain = markdownToPlain(cleanChunk(part));
    if (plain === '') continue;
    if (awardWords.test(plain) && award === undefined) {
      award = plain;
      continue;
    }
    if (venue === undefined && looksLikeVenue(plain)) {
      venue = plain.replace(/^in:?\s+/i, '').replace(/,?(?<!\s)\s*\(?(?:19|20)\d{2}\)?\.?$/, '');
      shown ??= `${plain}, ${citation.dateText}`;
      continue;
    }
    leftovers.push(plain);
  }
  const shownVenue = label ?? shown;
  return completeEntry(
    {
      title: citation.title,
      authors: citation.authors,
      url,
      shownVenue,
      venue,
      volume: citation.volume,
      issue: citation.issue,
      pages: citation.pages,
      award,
      doi,
      leftovers,
      yearSources: [citation.dateText, shownVenue ?? ''],
      kindText: `${shownVenue ?? ''} ${venue ?? ''} ${citation.dateText}`,
    },
    links,
    context,
  );
}

/** What either reader found in an entry; `completeEntry` derives the rest. */
interface EntryParts {
  title: string;
  authors: PageAuthors;
  url: string | undefined;
  /** The entry's label: the page's own, else the venue as the page shows it. */
  shownVenue: string | undefined;
  venue: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  award: string | undefined;
  /** A DOI written in the entry; else one is looked for in its links. */
  doi?: string | undefined;
  /** Text that has no field; what has letters or digits becomes the notes. */
  leftovers: readonly string[];
  /** Where the year is looked for, in order, before the arXiv id's. */
  yearSources: readonly string[];
  /** What the category and the CSL type are told from. */
  kindText: string;
}

/** The entry from its parts: the arXiv id and DOI from the links, the year, the kind, the notes. */
function completeEntry(parts: EntryParts, links: PublicationLink[], context: PublicationContext): PublicationEntry {
  const { url, shownVenue, venue, volume, issue, pages, award } = parts;
  // What could not be placed stays with the publication, as its notes.
  const notes = parts.leftovers.filter((leftover) => /[\p{L}\p{N}]/u.test(leftover)).join('\n');
  const everyUrl = [url, ...links.map((link) => link.url)].filter((candidate) => candidate !== undefined);
  const arxiv = everyUrl.map(arxivIdFromUrl).find((id) => id !== undefined);
  const doi = parts.doi ?? everyUrl.map(doiFromUrl).find((id) => id !== undefined);
  const year = parts.yearSources.map(yearOf).find((found) => found !== undefined) ?? yearOfArxiv(arxiv);
  const kind = classifyVenue(parts.kindText, context.category);
  return {
    kind: 'publication',
    title: parts.title,
    authors: parts.authors.authors,
    boldAuthors: parts.authors.bold,
    ...(parts.authors.editors ? { namesAreEditors: true as const } : {}),
    ...(url ? { url } : {}),
    ...(shownVenue ? { label: shownVenue } : {}),
    ...(venue ? { venue } : {}),
    ...(volume ? { volume } : {}),
    ...(issue ? { issue } : {}),
    ...(pages ? { pages } : {}),
    ...(year === undefined ? {} : { date: { year } satisfies PartialDate }),
    links,
    ...(award ? { award } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    ...kind,
    ...(context.selected ? { selected: true } : {}),
    ...(notes ? { notes } : {}),
  };
}

/** `[**NeurIPS 2024**]`, `**[ICML]**`, `\[KDD 2025\]`, `[Preprint]` (not a link), `<span class="badge">AAAI</span>`. */
function takeLabel(text: string): { label: string; rest: string } | undefined {
  const forms = [
    /^\s*\\?\[\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*\\?\](?![([])/,
    /^\s*(?:\*\*|__)\\?\[(.+?)\\?\](?:\*\*|__)/,
    /^\s*\\\[(.+?)\\\]/,
    /^\s*\[([^\]\n]+)\](?![([:])/,
    /^\s*<(?:span|kbd|abbr)[^>]*>(.+?)<\/(?:span|kbd|abbr)>/i,
    /^\s*(`+)([^`\n]+)\1/,
  ];
  for (const form of forms) {
    const match = form.exec(text);
    if (!match) continue;
    const label = markdownToPlain(match[2] !== undefined && match[1]?.startsWith('`') ? match[2] : (match[1] ?? ''));
    if (label === '' || label.length > 80 || linkTypeOf(label) !== undefined) return undefined;
    return { label, rest: `${cut}${text.slice(match[0].length)}` };
  }
  return undefined;
}

/** A link's span grown to the brackets around it: `\[[code](url)\]`, `[[PDF](url)]`. */
function withBrackets(text: string, start: number, end: number): { start: number; end: number } {
  if (text.slice(start - 2, start) === '\\[' && text.slice(end, end + 2) === '\\]')
    return { start: start - 2, end: end + 2 };
  if (text[start - 1] === '[' && text[end] === ']') return { start: start - 1, end: end + 1 };
  if (text[start - 1] === '(' && text[end] === ')') return { start: start - 1, end: end + 1 };
  return { start, end };
}

/** A title in quotes (`"Title,"`, `“Title.”`) or in bold when it is not a name. */
function markedTitle(text: string): { title: string; start: number; end: number } | undefined {
  const quoted = /["“]([^"“”\n]{3,}?)[,.]?["”]/.exec(text);
  if (quoted)
    return { title: markdownToPlain(quoted[1] ?? ''), start: quoted.index, end: quoted.index + quoted[0].length };
  for (const bold of text.matchAll(/(\*\*|__|<b>|<strong>)(?!\s)([^\n]{1,300}?)(\*\*|__|<\/b>|<\/strong>)/gi)) {
    const plain = markdownToPlain(bold[2] ?? '').replace(/[.,:]$/, '');
    if (plain.split(' ').length >= 3 || !isPersonName(plain.replace(/(?<![*#†‡✉])[*#†‡✉]+$/u, ''))) {
      if (/[*#†‡✉]$/u.test(plain) || plain === '') continue;
      return { title: plain, start: bold.index ?? 0, end: (bold.index ?? 0) + bold[0].length };
    }
  }
  return undefined;
}

// A period ends a sentence unless it closes an initial (`W. F. Shen`, `**J. Doe**`, `<b>J. Doe</b>`) or a usual
// abbreviation (`Proc.`).
const sentenceEnd =
  /(?<!(?:^|[\s.\-(*_>])\p{Lu})(?<!\b(?:Proc|Conf|Int|Intl|Vol|vol|No|no|pp|Jr|Sr|Dr|St|vs|Eds?|eds?|Trans|Symp|Assoc|Comput|Univ|Dept|Inc|Ltd|Co))\.\s+(?=[\p{Lu}"“*_[<(\d])/u;

// `*ICML 2024* (Oral) **Best Paper Award**`: an emphasis or a parenthesis next to another is a part of its own, but
// for the `(ed.)` or `(eds.)` after an edited volume's editors (`**Zexi Li** (ed.)`), which belongs to the names.
const partBoundary = /(?<=[*_)])\s+(?=[(*_])(?!\(eds?\.\)$)/i;

function splitSentences(chunk: string): string[] {
  return chunk.split(sentenceEnd).flatMap((sentence) => sentence.split(partBoundary));
}

const chunkPunctuation = (char: string) => /[\s.,;:|/·•–—-]/u.test(char);

function cleanChunk(chunk: string): string {
  const trimmed = trimStartOf(trimEndOf(chunk, chunkPunctuation), chunkPunctuation);
  // What is left of `**[Title](url)**` or `"[Title](url)"` once the link is taken out.
  return /^[\s*_"“”'.,;:|/·•–—()-]*$/u.test(trimmed) ? '' : trimmed;
}

interface AuthorChunk {
  chunk: string;
  authors: PageAuthors;
}

/** The author line: the one naming the owner in bold, else one with marks, else the first list of names. */
function chooseAuthorChunk(
  chunks: readonly string[],
  titleFromMarkup: boolean,
  marks: AuthorMarks,
): AuthorChunk | undefined {
  const candidates: AuthorChunk[] = [];
  for (const chunk of chunks) {
    const withoutYear = chunk.replace(/(?<!\s)\s*\((?:19|20)\d{2}[a-z]?\)$/, '');
    // `**Best Paper Award**` is in bold like the owner, and is not a name.
    const authors = awardWords.test(withoutYear) ? undefined : parseAuthorLine(withoutYear, marks);
    if (!authors) continue;
    // One name alone is an author line only when it is a whole name (`Jane Doe`, not `See`) or in bold.
    const single = authors.authors[0];
    const wholeName =
      single?.given !== undefined ||
      ((single?.family ?? '').length > 1 && /\p{Script=Han}/u.test(single?.family ?? ''));
    if (authors.authors.length >= 2 || authors.bold.length > 0 || (titleFromMarkup && wholeName)) {
      candidates.push({ chunk, authors });
    }
  }
  return (
    candidates.find((candidate) => candidate.authors.bold.length > 0) ??
    candidates.find((candidate) => candidate.authors.authors.some((author) => author.equal || author.corresponding)) ??
    candidates[0]
  );
}

/** `*NeurIPS 2024*`, `_Advances in NeurIPS_, 2024`, `<i>TPAMI</i> (2023)`: the venue without its year. */
function italicVenue(chunk: string): { venue: string } | undefined {
  if (chunk.length > 400) return undefined;
  const match = /^((?:\*|_|<i>|<em>)[\s\S]+?(?:\*|_|<\/i>|<\/em>))(?:[,\s]*\(?((?:19|20)\d{2})\)?)?$/i.exec(chunk);
  if (!match) return undefined;
  const emphasis = unwrapEmphasis(match[1] ?? '');
  if (!emphasis || emphasis.strong) return undefined;
  const venue = markdownToPlain(emphasis.inner)
    .replace(/^in:?\s+/i, '')
    .replace(/,?(?<!\s)\s*\(?(?:19|20)\d{2}\)?$/, '')
    .trim();
  return venue === '' ? undefined : { venue };
}

function looksLikeVenue(plain: string): boolean {
  return /^in\b|\b(?:proceedings|proc\.|conference|journal|transactions|workshop|symposium|arxiv|preprint|letters|press|review)\b|(?:19|20)\d{2}/i.test(
    plain,
  );
}

function yearOf(text: string): number | undefined {
  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((match) => Number(match[1]));
  return years.at(-1);
}

function yearOfArxiv(id: string | undefined): number | undefined {
  return id === undefined ? undefined : 2000 + Number(id.slice(0, 2));
}

const preprintWords = /\b(?:arxiv|preprint|biorxiv|medrxiv|ssrn|techrxiv|chemrxiv)\b/i;
const journalWords =
  /\b(?:journal|transactions|trans\.|letters|magazine|patterns|nature|science|cell|pnas|jmlr|tmlr|tpami|tkde|tnnls|tip|tmc|tbd|ijcv|plos)\b/i;
const conferenceWords =
  /\b(?:conference|neural information processing systems|proceedings|proc\.|symposium|neurips|nips|icml|iclr|aaai|ijcai|cvpr|iccv|eccv|acl|emnlp|naacl|coling|colm|kdd|sigir|www|wsdm|cikm|icdm|sdm|icde|sigmod|vldb|aistats|uai|colt|corl|icra|iros|icassp|icme|interspeech|miccai|chi|uist|mm)\b/i;

function classifyVenue(
  text: string,
  sectionCategory: PublicationCategory | undefined,
): { status?: PublicationStatus; category?: PublicationCategory; type?: CslType } {
  const status: PublicationStatus | undefined =
    preprintWords.test(text) || sectionCategory === 'preprint'
      ? 'preprint'
      : /\bunder review\b|\bsubmitted\b|\bin submission\b|\bunder submission\b/i.test(text)
        ? 'under-review'
        : /\baccepted\b|\bto appear\b|\bforthcoming\b|\bin press\b/i.test(text)
          ? 'accepted'
          : undefined;
  const category: PublicationCategory | undefined =
    sectionCategory ??
    (status === 'preprint'
      ? 'preprint'
      : /\bworkshop\b/i.test(text)
        ? 'workshop'
        : journalWords.test(text)
          ? 'journal'
          : conferenceWords.test(text)
            ? 'conference'
            : undefined);
  const type: CslType | undefined =
    category === 'preprint'
      ? 'article'
      : category === 'journal'
        ? 'article-journal'
        : category === 'conference' || category === 'workshop'
          ? 'paper-conference'
          : undefined;
  return { ...(status ? { status } : {}), ...(category ? { category } : {}), ...(type ? { type } : {}) };
}
