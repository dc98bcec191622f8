/** The one record every source reader maps a work to: what the source says, every identifier it gives, nothing made up. */

/** The identifiers a work can carry; each is how one source names it. */
export interface WorkIdentifiers {
  doi?: string;
  /** `2405.14768` (no version) or an old-style `hep-th/9901001`. */
  arxiv?: string;
  /** PubMed. */
  pmid?: string;
  /** OpenAlex work, `W2741809807`. */
  openalex?: string;
  /** Semantic Scholar paper id (40 hex digits). */
  semanticScholar?: string;
  /** DBLP record key, `conf/icml/SmithJ19`. */
  dblp?: string;
  /** The put-code of the work in its owner's ORCID record. */
  orcidPutCode?: string;
}

export const identifierNames = [
  'doi',
  'arxiv',
  'pmid',
  'openalex',
  'semanticScholar',
  'dblp',
  'orcidPutCode',
] as const satisfies readonly (keyof WorkIdentifiers)[];

export interface WorkPerson {
  family?: string;
  given?: string;
  /** A group, or a name the source gives whole. */
  literal?: string;
  /** `0000-0002-1825-0097`, without the https://orcid.org/ prefix. */
  orcid?: string;
  /** DBLP person id, `123/4567`. */
  dblp?: string;
  /** The source says this author is a corresponding author (OpenAlex's `is_corresponding`). */
  corresponding?: boolean;
}

/** How often the work was cited, as one source counted on one day. */
export interface CitationSnapshot {
  count: number;
  source: 'openalex' | 'semanticScholar' | 'crossref';
  /** `2026-12-02`: the day the source counted (or the import read it, when the source does not say). */
  date: string;
}

export interface WorkRecord {
  /** Where it was read: the document's name and the line (text formats) or position in the list (JSON), from 1. */
  file: string;
  line: number;
  /** The source's own key for it, stable across downloads (`openalex:W2741809807`, `DBLP:conf/icml/SmithJ19`). */
  key?: string;
  /** A CSL item type (`article-journal`, `paper-conference`…). */
  type: string;
  title?: string;
  authors: WorkPerson[];
  editors?: WorkPerson[];
  /** `2024`, `2024-07`, `2024-07-15`: as exactly as the source knows it. */
  date?: string;
  venue?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  isbn?: string;
  issn?: string;
  url?: string;
  abstract?: string;
  ids: WorkIdentifiers;
  /** A preprint or other informal copy (arXiv, DBLP `publtype="informal"`, OpenAlex `preprint`). */
  isPreprint?: boolean;
  citations?: CitationSnapshot;
  /** The person whose record lists the work (an ORCID record, a DBLP person page): its owner, whoever the authors are. */
  listedBy?: { orcid?: string; dblp?: string };
  /** What the reader could not read as the source meant (a date of month 13, an author without a name). */
  warnings?: string[];
}

/** Why a work of a document could not be read at all. */
export interface UnreadWork {
  file: string;
  line: number;
  key?: string;
  reason: string;
  hint?: string;
}

export interface SourceReading {
  works: WorkRecord[];
  unread: UnreadWork[];
}

/** `https://doi.org/10.1/X`, `doi:10.1/X` → `10.1/X`; undefined when it is no DOI. */
export function bareDoi(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const doi = value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return /^10\.\S+\/\S+$/.test(doi) ? doi : undefined;
}

/** `https://orcid.org/0000-0002-1825-0097` → `0000-0002-1825-0097`. */
export function bareOrcid(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(value)?.[1]?.toUpperCase();
}

/** An arXiv identifier without version, from `arXiv:2405.14768v2`, an arxiv.org URL or a 10.48550 DOI. */
export function bareArxiv(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|arxiv[:.]|abs\/|pdf\/)(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/i.exec(
    value.trim(),
  );
  return match?.[1];
}

/** `2024`, `2024-07`, `2024-07-15` from year/month/day parts, dropping what is not a valid part. */
export function partialDateText(year: unknown, month?: unknown, day?: unknown): string | undefined {
  const y = Number(year);
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return undefined;
  const m = Number(month);
  if (month === undefined || month === null || month === '' || !Number.isInteger(m) || m < 1 || m > 12)
    return String(y);
  const d = Number(day);
  const monthText = `${y}-${String(m).padStart(2, '0')}`;
  if (day === undefined || day === null || day === '' || !Number.isInteger(d) || d < 1 || d > 31) return monthText;
  return `${monthText}-${String(d).padStart(2, '0')}`;
}

/** A person from `Family, Given` or `Given Family` as a source writes it whole. */
export function personFromName(name: string): WorkPerson {
  const text = name.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma > 0) {
    const given = text.slice(comma + 1).trim();
    return { family: text.slice(0, comma).trim(), ...(given === '' ? {} : { given }) };
  }
  const space = text.lastIndexOf(' ');
  if (space < 0) return { family: text };
  return { family: text.slice(space + 1), given: text.slice(0, space) };
}

/** Text a JSON source gives, trimmed; undefined when empty or not text. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** `{ name: value }`, or nothing when the value is undefined: for building records without undefined fields. */
export function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}
