/** The one record every source reader maps a work to: what the source says, every identifier it gives, nothing made up. */
import type { WorkIdentifiers } from '../model/workIdentifiers.js';

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
