/**
 * One Hugo Blox publication bundle in the current kit's layout: `content/publications/<stem>/index.md` and the
 * `cite.bib` its "Cite" button offers. Nothing in it depends on the clock (the kit's importer stamps `publishDate`).
 */
import type { VenueRule } from '../../bibtex/venueLabel.js';
import { displayName } from '../../model/authorNames.js';
import { creditedNames } from '../../model/creditedNames.js';
import type { PublicationItem } from '../../model/items.js';
import { cslType } from '../../model/publicationCsl.js';
import type { Author, PublicationFields } from '../../model/schema.js';
import type { linkTypes } from '../../model/vocabulary.js';
import { neutraliseUnsafeLinks } from '../../render/markdownLinks.js';
import { escapeMarkdownText } from '../../render/markdownText.js';
import { shownLabel } from '../../render/publicationLinks.js';
import type { GeneratedFile } from '../generatedFile.js';
import { citableBibtex } from './citableBibtex.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { isIdentifierPage, isPdfUrl } from './publicationUrls.js';
import { siteFile } from './siteFiles.js';
import { dayDate, itemStem, singleLine } from './siteItems.js';

/** The kit's `links` entry: a type it has an icon and a label for, or `custom` with our own label. */
export interface HugoBloxLink {
  type: string;
  url: string;
  label?: string;
}

const hugoBloxLinkTypes: Readonly<Record<(typeof linkTypes)[number], { type: string; label?: string }>> = {
  pdf: { type: 'pdf' },
  code: { type: 'code' },
  data: { type: 'dataset' },
  slides: { type: 'slides' },
  video: { type: 'video' },
  poster: { type: 'poster' },
  project: { type: 'project' },
  arxiv: { type: 'preprint' },
  paper: { type: 'custom', label: 'Paper' },
  html: { type: 'custom', label: 'HTML' },
  blog: { type: 'custom', label: 'Blog' },
  supplement: { type: 'custom', label: 'Supplement' },
  other: { type: 'custom', label: 'Link' },
};

/** `venueMap`: the profile's, for `publication_short` of a publication without a label (`ICDE 2024`). */
export function hugoBloxPublicationFiles(
  item: PublicationItem,
  isOwner: (author: Author) => boolean,
  venueMap: readonly VenueRule[] = [],
): GeneratedFile[] {
  const f = item.fields;
  // A label that would only repeat the venue adds nothing under it.
  const fallback = shownLabel(f, venueMap);
  const shortLabel = f.label ?? (fallback === f.venue ? undefined : fallback);
  const folder = `content/publications/${itemStem(item)}`;
  const { names, editors } = creditedNames(f);
  const marked = editors || names.some((author) => author.equal || author.corresponding);
  const ids = {
    ...(f.doi === undefined ? {} : { doi: f.doi }),
    ...(f.arxiv === undefined ? {} : { arxiv: f.arxiv }),
    ...(f.pmid === undefined ? {} : { pmid: f.pmid }),
  };
  const links = hugoBloxLinks(f);
  const frontMatter = {
    title: singleLine(f.title),
    // An edited volume's editors stand where the kit lists authors, each noted as an editor.
    authors: names.map((author) => (isOwner(author) ? 'me' : singleLine(displayName(author)))),
    author_notes: marked ? names.map((author) => authorNote(author, editors)) : undefined,
    date: f.date === undefined ? undefined : dayDate(f.date),
    publication_types: [cslType(f)],
    publication: f.venue === undefined ? undefined : venueLine(f, f.venue, true),
    publication_short: shortLabel === undefined ? undefined : venueLine(f, shortLabel, false),
    // Hugo renders the abstract as Markdown: a link the link rule refuses stays text.
    abstract: item.body === '' ? undefined : neutraliseUnsafeLinks(item.body),
    featured: f.selected === true,
    hugoblox: Object.keys(ids).length === 0 ? undefined : { ids },
    links: links.length === 0 ? undefined : links,
  };
  return [
    siteFile(`${folder}/index.md`, frontMatterDocument(frontMatter)),
    siteFile(`${folder}/cite.bib`, citableBibtex(item)),
  ];
}

/** One note per author, in the authors' order, as the kit aligns them; `''` for an author without a mark. */
function authorNote(author: Author, editor: boolean): string {
  const marks =
    author.equal && author.corresponding
      ? 'Equal contribution, corresponding author'
      : author.equal
        ? 'Equal contribution'
        : author.corresponding
          ? 'Corresponding author'
          : '';
  if (!editor) return marks;
  return marks === '' ? 'Editor' : `Editor; ${marks.charAt(0).toLowerCase()}${marks.slice(1)}`;
}

/** `In *Venue*` for papers in proceedings and chapters, `*Journal, 3*(2)` for journals, as the kit writes them. */
function venueLine(f: PublicationFields, venue: string, withVolume: boolean): string {
  const type = cslType(f);
  const name = escapeMarkdownText(singleLine(venue));
  if (type === 'paper-conference' || type === 'chapter') return `In *${name}*`;
  if (!withVolume || f.volume === undefined) return `*${name}*`;
  const issue = f.issue === undefined ? '' : `(${escapeMarkdownText(f.issue)})`;
  return `*${name}, ${escapeMarkdownText(f.volume)}*${issue}`;
}

/** The main `url` first (unless the DOI or arXiv id already links it), then the profile's links in their order. */
export function hugoBloxLinks(f: PublicationFields): HugoBloxLink[] {
  const links: HugoBloxLink[] = [];
  const listed = new Set((f.links ?? []).map((link) => link.url));
  if (f.url !== undefined && !listed.has(f.url) && !isIdentifierPage(f.url, f)) {
    links.push(isPdfUrl(f.url) ? { type: 'pdf', url: f.url } : { type: 'custom', url: f.url, label: 'Paper' });
  }
  for (const link of f.links ?? []) {
    const { type, label } = hugoBloxLinkTypes[link.type];
    const name = link.name ?? label;
    links.push({ type, url: link.url, ...(name === undefined ? {} : { label: name }) });
  }
  return links;
}
