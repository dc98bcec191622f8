/** Whether two publications are the same work: by an identifier (DOI, arXiv, ORCID put-code, OpenAlex, Semantic Scholar, DBLP, PubMed), or the same title and authors. */
import type { Author } from '../model/schema.js';
import { isWorkshopVenue } from './venueLabel.js';

/** Lower-case letters and digits of a title, without accents: `WISE: Rethinking…` and `{WISE}: rethinking…` agree. */
export function titleKey(title: string | undefined): string {
  return (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function familyKey(author: Author): string {
  return titleKey(author.family ?? author.literal);
}

/** The same first author, or at least half of the family names in common. */
export function authorsOverlap(a: readonly Author[], b: readonly Author[]): boolean {
  const first = a[0];
  if (first && b[0] && familyKey(first) === familyKey(b[0]) && familyKey(first) !== '') return true;
  const familiesOfB = new Set(b.map(familyKey));
  const shared = new Set(a.map(familyKey).filter((family) => family !== '' && familiesOfB.has(family)));
  return shared.size * 2 >= Math.max(a.length, b.length) && shared.size > 0;
}

export function doiKey(doi: string | undefined): string | undefined {
  return doi === undefined ? undefined : doi.trim().toLowerCase();
}

/** `2405.14768v2` and `2405.14768` are the same preprint. */
export function arxivKey(arxiv: string | undefined): string | undefined {
  return arxiv === undefined ? undefined : arxiv.trim().toLowerCase().replace(/v\d+$/, '');
}

/** Author names without the marks, for comparing who wrote a work. */
export function namesOnly(authors: readonly Author[]): Author[] {
  return authors.map(({ equal: _equal, corresponding: _corresponding, ...name }) => name);
}

/** What tells two publications apart, read from front matter in its written form (the import's and the profile's). */
export interface WorkFacts {
  title?: string;
  authors: readonly Author[];
  doi?: string;
  arxiv?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  venue?: string;
  /** `2019`, `2019-06`, … */
  date?: string;
  isPreprint: boolean;
  /** The other sources' identifiers of the work. */
  ids?: Partial<Record<OtherIdentifier, string>>;
}

/** Identifiers after DOI and arXiv, in the order they decide: each names one work in one source. */
export const otherIdentifiers = ['orcidPutCode', 'openalex', 'semanticScholar', 'dblp', 'pmid'] as const;
export type OtherIdentifier = (typeof otherIdentifiers)[number];

/** An identifier as compared: OpenAlex's `W123` and `w123`, DBLP keys as written. */
export function identifierKey(name: OtherIdentifier, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return name === 'dblp' ? value.trim() : value.trim().toLowerCase();
}

/** An identifier that names one work: its DOI, its arXiv id, or its id in one source. */
export type WorkIdentifier = 'doi' | 'arxiv' | OtherIdentifier;

export type WorkComparison =
  | { same: true; by: WorkIdentifier | 'title' }
  /**
   * `related`: the same title and authors, yet two versions (a conference paper and its journal version).
   * `sharedIdentifier`: the same identifier on two works whose titles and authors say they are different (a DOI or
   * arXiv id pasted into the wrong entry): two publications, and the import says so.
   */
  | { same: false; related?: true; sharedIdentifier?: WorkIdentifier };

/** Same by an identifier, unless the titles and authors say these are two works; then told apart, with the reason. */
function byIdentifier(a: WorkFacts, b: WorkFacts, by: WorkIdentifier): WorkComparison {
  return differentWorks(a, b) ? { same: false, sharedIdentifier: by } : { same: true, by };
}

// Words that say nothing about what a title is about.
const minorTitleWords = new Set(
  'the and for with from into onto via towards toward using use about are its their our your what how why when vs versus'.split(
    ' ',
  ),
);

function significantTitleWords(title: string | undefined): Set<string> {
  return new Set(
    titleKey(title)
      .split(' ')
      .filter((word) => word.length > 2 && !minorTitleWords.has(word)),
  );
}

/**
 * Whether two works that share an identifier are still plainly two works: titles without a significant word in
 * common, or other authors and titles that share less than half their words. A preprint renamed on publication
 * keeps most of its words and its authors; a copy-paste error keeps neither. Unknown titles or authors decide nothing.
 */
function differentWorks(a: WorkFacts, b: WorkFacts): boolean {
  const wordsA = significantTitleWords(a.title);
  const wordsB = significantTitleWords(b.title);
  if (wordsA.size === 0 || wordsB.size === 0) return false;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  if (shared === 0) return true;
  const authorsKnown = a.authors.length > 0 && b.authors.length > 0;
  return authorsKnown && !authorsOverlap(a.authors, b.authors) && shared * 2 < Math.min(wordsA.size, wordsB.size);
}

// DOI prefixes of preprint servers: arXiv, bioRxiv/medRxiv, SSRN, Research Square, TechRxiv, OSF/PsyArXiv, ChemRxiv.
const preprintDoi = /^10\.(?:48550|1101|2139|21203|36227|31234|31219|26434)\//;

/**
 * Whether two entries are the same work. Identifiers decide first (the same DOI or arXiv identifier; two different
 * ones are two works). Else the same title and authors, unless something says otherwise: different volumes, issues
 * (report numbers) or pages; and between two peer-reviewed versions, different years (unless one year apart with the
 * same page range at the same venue) or venues, or a workshop and a conference. A preprint and a published version of
 * the same title are one work.
 */
export function compareWorks(
  a: WorkFacts,
  b: WorkFacts,
  venueLabel: (venue: string) => string | undefined,
): WorkComparison {
  const doiA = doiKey(a.doi);
  const doiB = doiKey(b.doi);
  if (doiA !== undefined && doiA === doiB) return byIdentifier(a, b, 'doi');
  const arxivA = arxivKey(a.arxiv);
  const arxivB = arxivKey(b.arxiv);
  if (arxivA !== undefined && arxivA === arxivB) return byIdentifier(a, b, 'arxiv');
  for (const name of otherIdentifiers) {
    const idA = identifierKey(name, a.ids?.[name]);
    if (idA !== undefined && idA === identifierKey(name, b.ids?.[name])) return byIdentifier(a, b, name);
  }
  const title = titleKey(a.title);
  // A source that lists no authors (an ORCID works summary) cannot disagree about them: the year must agree instead,
  // and the title must say more than `Preface` or `Editorial`, which many works share.
  const authorsUnknown = (a.authors.length === 0 || b.authors.length === 0) && title.split(' ').length >= 4;
  const sameYear = a.date === undefined || b.date === undefined || a.date.slice(0, 4) === b.date.slice(0, 4);
  const sameTitle =
    title !== '' && title === titleKey(b.title) && (authorsUnknown ? sameYear : authorsOverlap(a.authors, b.authors));
  // A preprint's own DOI (10.48550/arXiv.…) differs from its published version's: it tells nothing apart.
  const otherDois = doiA !== undefined && doiB !== undefined && !preprintDoi.test(doiA) && !preprintDoi.test(doiB);
  if (otherDois || (arxivA !== undefined && arxivB !== undefined)) {
    return sameTitle && !a.isPreprint && !b.isPreprint ? { same: false, related: true } : { same: false };
  }
  if (!sameTitle) return { same: false };
  if (a.isPreprint || b.isPreprint) return { same: true, by: 'title' };
  const differ = (x: string | undefined, y: string | undefined) =>
    x !== undefined && y !== undefined && numberingKey(x) !== numberingKey(y);
  if (differ(a.volume, b.volume) || differ(a.issue, b.issue) || differ(a.pages, b.pages)) return { same: false };
  if (a.date !== undefined && b.date !== undefined && a.date.slice(0, 4) !== b.date.slice(0, 4)) {
    // Scholar dates a paper by its proceedings' year on IEEE Xplore (FOCS 2021 as 2022): the same page range at the
    // same venue a year apart is the same paper, not another version.
    if (!(oneYearApart(a.date, b.date) && samePageRange(a.pages, b.pages) && sameVenue(a, b, venueLabel))) {
      return { same: false, related: true };
    }
  }
  if (a.venue !== undefined && b.venue !== undefined) {
    if (isWorkshopVenue(a.venue) !== isWorkshopVenue(b.venue)) return { same: false, related: true };
    if (!sameVenue(a, b, venueLabel)) return { same: false, related: true };
  }
  return { same: true, by: 'title' };
}

function sameVenue(a: WorkFacts, b: WorkFacts, venueLabel: (venue: string) => string | undefined): boolean {
  if (a.venue === undefined || b.venue === undefined) return false;
  const labelA = venueLabel(a.venue);
  const labelB = venueLabel(b.venue);
  return labelA !== undefined && labelB !== undefined
    ? labelA.toLowerCase() === labelB.toLowerCase()
    : titleKey(a.venue) === titleKey(b.venue);
}

function oneYearApart(a: string, b: string): boolean {
  return Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1;
}

/** Both give the same range of pages (`804--814`), not a single page or article number, which many papers share. */
function samePageRange(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const key = numberingKey(a);
  return /\d-\S*\d/.test(key) && key === numberingKey(b);
}

/** `1742--1753` and `1742-1753`, `Vol. 12` and `12`. */
function numberingKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/\b(?:vol|no|pp|p)\.?\s*/g, '')
    .replace(/[\s\u2010-\u2015-]+/g, '-');
}
