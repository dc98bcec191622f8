/** The items the importer reads from a page, before they become files: one type per kind, with their source lines. */
import type { PartialDate } from '../../model/partialDate.js';
import type { Author } from '../../model/schema.js';
import type {
  cslTypes,
  linkTypes,
  publicationCategories,
  publicationStatuses,
  serviceRoles,
  talkTypes,
} from '../../model/vocabulary.js';
import type { CvEntry } from './cvEntries.js';
import type { PageDate } from './pageDates.js';

export type CslType = (typeof cslTypes)[number];
export type PublicationCategory = (typeof publicationCategories)[number];
export type PublicationStatus = (typeof publicationStatuses)[number];
export type TalkType = (typeof talkTypes)[number];
export type LinkType = (typeof linkTypes)[number];
export type ServiceRole = (typeof serviceRoles)[number];

export interface NewsEntry {
  kind: 'news';
  date: PageDate;
  /** The news text, inline Markdown as written. */
  body: string;
}

export interface TalkEntry {
  kind: 'talk';
  date: PageDate;
  title: string;
  venue?: string;
  url?: string;
  slides?: string;
  video?: string;
  lang?: string;
  type?: TalkType;
}

export interface PublicationLink {
  type: LinkType;
  url: string;
  name?: string;
}

export interface PublicationEntry {
  kind: 'publication';
  title: string;
  authors: Author[];
  /** How the bold (owner) authors were spelled, marks left out. */
  boldAuthors: string[];
  /** The names were followed by `(ed.)` or `(eds.)`: an edited volume's editors, not its authors. */
  namesAreEditors?: true;
  url?: string;
  label?: string;
  venue?: string;
  /** Read from a citation-style entry (`*Venue*, 12(3), 1–10`). */
  volume?: string;
  issue?: string;
  pages?: string;
  date?: PartialDate;
  links: PublicationLink[];
  award?: string;
  arxiv?: string;
  doi?: string;
  status?: PublicationStatus;
  category?: PublicationCategory;
  /** The CSL item type, when the venue tells it. */
  type?: CslType;
  selected?: boolean;
  /** Text of the entry that has no field (`(Oral)`, a comment): kept as the publication's notes, its body. */
  notes?: string;
}

export interface ServiceEntry {
  kind: 'service';
  body: string;
  role?: ServiceRole;
  date?: PartialDate;
}

export type PageEntry = NewsEntry | TalkEntry | PublicationEntry | ServiceEntry | CvEntry;

/** An entry with where it was: the lines, whether inside a comment, and the Markdown it was read from. */
export interface SourcedEntry<T extends PageEntry = PageEntry> {
  entry: T;
  line: number;
  endLine: number;
  hidden: boolean;
  /** The Markdown of the entry as written (for the check that nothing visible is lost). */
  source: string;
}
