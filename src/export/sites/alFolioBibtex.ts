/**
 * al-folio's `_bibliography/papers.bib`: each visible publication's entry from `export --format bib`, with the
 * fields al-folio's `bib.liquid` reads (abbr, selected, bibtex_show, arxiv, pdf, html, code, …, award, annotation)
 * and the author marks as the superscripts it renders.
 */
import { formatNameList, type MarkSpelling } from '../../bibtex/bibtexNames.js';
import { monthJoinDate, monthMacros } from '../../bibtex/monthJoin.js';
import { encodeVerbatim, unicodeToLatex } from '../../bibtex/unicodeToLatex.js';
import { shortVenueLabel, type VenueRule } from '../../bibtex/venueLabel.js';
import { type BibtexEntry, bibtexEntryOf, formatValue } from '../../bibtex/writeBibtex.js';
import { compareRanked } from '../../model/itemOrder.js';
import type { Profile, PublicationItem } from '../../model/items.js';
import { bibtexLinkFields } from '../../model/linkSafety.js';
import type { Author, PublicationFields } from '../../model/schema.js';
import type { linkTypes } from '../../model/vocabulary.js';
import { shownLabel } from '../../render/publicationLinks.js';
import { htmlInertBibText, liquidSafeValue } from './alFolioBibText.js';
import { namesFieldOf, namesIn } from './citableBibtex.js';
import { isIdentifierPage, isPdfUrl } from './publicationUrls.js';
import { visibleItems, withoutHtmlTags } from './siteItems.js';

/**
 * `bib.liquid` strips `[*∗†‡§¶‖&^]` from a last name before matching it against `scholar.last_name`, and shows
 * them as `<sup>`: a mark after the family name neither hides the owner (#808) nor shows as text. `#` is not
 * among them, so the corresponding mark is `†`, as in al-folio's own example (`Einstein*†`).
 */
export const alFolioMarks: MarkSpelling = { equal: '*', corresponding: '†' };

const linkFieldOf: Partial<Record<(typeof linkTypes)[number], string>> = {
  pdf: 'pdf',
  html: 'html',
  code: 'code',
  slides: 'slides',
  poster: 'poster',
  video: 'video',
  project: 'website',
  blog: 'blog',
  supplement: 'supp',
};

/** Fields that hold a link or an identifier, not text: al-folio prints them in an `href` or an attribute. */
const linkFields: ReadonlySet<string> = new Set([...bibtexLinkFields, 'arxiv', 'doi', 'eprint', 'file', 'urldate']);

/** Fields this module writes from the profile; an imported entry's own copies are replaced. */
const managedFields = [
  'abbr',
  'selected',
  'bibtex_show',
  'arxiv',
  ...Object.values(linkFieldOf),
  'award',
  'award_name',
  'annotation',
  'equal',
  'corresponding',
];

/** `---\n---` first, as al-folio's file has it; newest year first (al-folio groups by year), then by `order`. */
export function renderAlFolioBibliography(profile: Profile): string {
  const entries = visibleItems(profile.publications)
    .sort(byYearThenRank)
    .map((item) => formatLiquidSafeEntry(alFolioEntry(item, profile.owner.venueMap ?? [])));
  return `---\n---\n\n${entries.join('\n')}`;
}

function byYearThenRank(a: PublicationItem, b: PublicationItem): number {
  const yearA = a.fields.date?.year ?? Number.NEGATIVE_INFINITY;
  const yearB = b.fields.date?.year ?? Number.NEGATIVE_INFINITY;
  return yearA !== yearB ? (yearA < yearB ? 1 : -1) : compareRanked(a, b);
}

/**
 * `venueMap`: the profile's, for the badge of a publication with neither a label nor an `abbr` of its own: the
 * venue's short form (`TPDS 2023`), never the whole name of a journal that has none.
 */
export function alFolioEntry(item: PublicationItem, venueMap: readonly VenueRule[] = []): BibtexEntry {
  const f = item.fields;
  const base = bibtexEntryOf(item);
  const namesField = namesFieldOf(base);
  const fields = new Map<string, string>();
  // A badge is short (`TPDS`): a venue without a short form gets none, as al-folio shows it without an abbr.
  const fallback =
    f.venue !== undefined && shortVenueLabel(f.venue, venueMap) === undefined ? undefined : shownLabel(f, venueMap);
  const ownAbbr = base.fields.get('abbr');
  // A label that is the entry's own `abbr` as written (`NeurIPS 2024`) is the badge the researcher chose: kept.
  const abbr =
    f.label !== undefined
      ? f.label === ownAbbr?.trim()
        ? ownAbbr
        : unicodeToLatex(abbrOfLabel(f.label))
      : (ownAbbr ?? (fallback === undefined ? undefined : unicodeToLatex(abbrOfLabel(fallback))));
  if (abbr !== undefined) fields.set('abbr', abbr);
  for (const [name, value] of base.fields) if (!managedFields.includes(name)) fields.set(name, value);
  // The page prints `{{ entry.month | capitalize }}` and bibtex-ruby keeps a join it cannot read as a month as its
  // source text (`"31~" # jan`): the month's macro alone shows "Jan", as for every other entry.
  const joined = monthJoinDate(fields.get('month'));
  if (joined !== undefined) fields.set('month', monthMacros[joined.month - 1] as string);
  const names = namesIn(item, namesField);
  const marked = names.some((author) => author.equal || author.corresponding);
  fields.set(namesField, formatNameList(names, marked ? alFolioMarks : undefined));
  if (f.selected === true) fields.set('selected', 'true');
  fields.set('bibtex_show', 'true');
  if (f.arxiv !== undefined) fields.set('arxiv', encodeVerbatim(f.arxiv));
  for (const [name, url] of alFolioLinks(f)) fields.set(name, encodeVerbatim(url));
  if (f.award !== undefined) {
    fields.set('award', unicodeToLatex(f.award));
    fields.set('award_name', unicodeToLatex(f.award));
  }
  // al-folio prints fields as they are (`{{ entry.title }}`): a tag in some website's BibTeX must not run. Text
  // keeps its characters (alFolioBibText.ts); a link, printed in an attribute, keeps its entities.
  for (const [name, value] of fields)
    fields.set(name, linkFields.has(name) ? withoutHtmlTags(value) : htmlInertBibText(value));
  const annotation = annotationOf(names);
  if (annotation !== undefined) fields.set('annotation', annotation);
  return { ...base, fields };
}

/**
 * al-folio groups by year and matches `abbr` against `_data/venues.yml`, so a label `NeurIPS 2024` that `import-bib`
 * made of `abbr = {NeurIPS}` and the year, or that a person wrote, becomes `NeurIPS`.
 */
export function abbrOfLabel(label: string): string {
  // The lookbehind starts the spaces at their first, so a long run of them is read once (linear, not quadratic).
  return label.replace(/(?<!\s)\s+(?:(?:19|20)\d{2}|'\d{2})$/, '') || label;
}

/** The link buttons: the profile's links by type (an explicit `html` before a `paper`), then the main `url`. */
function alFolioLinks(f: PublicationFields): Map<string, string> {
  const links = new Map<string, string>();
  const ordered = [...(f.links ?? [])].sort((a, b) => Number(a.type === 'paper') - Number(b.type === 'paper'));
  for (const link of ordered) {
    const field = link.type === 'paper' ? 'html' : linkFieldOf[link.type];
    if (field !== undefined && !links.has(field)) links.set(field, link.url);
  }
  const url = f.url;
  if (url !== undefined && ![...links.values()].includes(url) && !isIdentifierPage(url, f)) {
    const field = isPdfUrl(url) ? 'pdf' : 'html';
    if (!links.has(field)) links.set(field, url);
  }
  return links;
}

/** The popover next to the authors that explains the superscripts, one line per mark the entry uses. */
function annotationOf(names: readonly Author[]): string | undefined {
  const lines = [
    ...(names.some((author) => author.equal) ? [`${alFolioMarks.equal} Equal contribution`] : []),
    ...(names.some((author) => author.corresponding) ? [`${alFolioMarks.corresponding} Corresponding author`] : []),
  ];
  return lines.length === 0 ? undefined : lines.join('<br>');
}

/** Each field as `liquidSafeValue` writes it: see alFolioBibText.ts for the spelling and why. */
export function formatLiquidSafeEntry(entry: BibtexEntry): string {
  const lines = [...entry.fields].map(([name, value]) => `  ${name} = ${liquidSafeValue(formatValue(name, value))}`);
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}\n`;
}
