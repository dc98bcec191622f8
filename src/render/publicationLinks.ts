/** Where a publication's title links, its link buttons and the label shown when it has none: shared by the page and the sites. */
import { shortVenueLabel, type VenueRule, withYear } from '../bibtex/venueLabel.js';
import type { PublicationFields } from '../model/schema.js';
import type { linkTypes } from '../model/vocabulary.js';
import { linkTarget } from './linkTarget.js';

export type LinkType = (typeof linkTypes)[number];

/** The button text of each link type; `page.linkLabels` changes them, a link's own `name` wins over both. */
export const defaultLinkLabels: Readonly<Record<LinkType, string>> = {
  paper: 'Paper',
  pdf: 'PDF',
  code: 'Code',
  slides: 'Slides',
  video: 'Video',
  poster: 'Poster',
  project: 'Project',
  data: 'Data',
  blog: 'Blog',
  arxiv: 'arXiv',
  html: 'HTML',
  supplement: 'Supplement',
  other: 'Link',
};

/** The title's link: the `url`, else the DOI's page, else the arXiv abstract page. */
export function titleUrl(fields: PublicationFields): string | undefined {
  if (fields.url !== undefined) return linkTarget(fields.url);
  if (fields.doi !== undefined) return linkTarget(`https://doi.org/${fields.doi}`);
  if (fields.arxiv !== undefined) return linkTarget(`https://arxiv.org/abs/${fields.arxiv}`);
  return undefined;
}

export interface LinkButton {
  type: LinkType;
  /** The text shown, plain (not yet escaped). */
  name: string;
  url: string;
}

/** A publication's `links` (or a talk's slides and video) in their order, each with its text; a link whose address may not be linked is left out. */
export function linkButtons(
  links: readonly { type: LinkType; url: string; name?: string | undefined }[] | undefined,
  labels: Partial<Record<LinkType, string>> = {},
): LinkButton[] {
  return (links ?? []).flatMap((link) => {
    const url = linkTarget(link.url);
    if (url === undefined) return [];
    return [{ type: link.type, name: link.name ?? labels[link.type] ?? defaultLinkLabels[link.type], url }];
  });
}

/** A venue's short form as `import-bib` finds it (`ICDE` from the venue map or an acronym the venue writes), else the venue itself. */
export function shortVenue(venue: string, venueMap: readonly VenueRule[]): string {
  return shortVenueLabel(venue, venueMap) ?? venue;
}

/** `ICDE 2024`: the venue's short form and the year, as `import-bib` labels an entry without `abbr`. */
export function labelFromVenue(venue: string, year: number | undefined, venueMap: readonly VenueRule[]): string {
  return withYear(shortVenue(venue, venueMap), year);
}

/**
 * The label the page shows: the publication's own `label`, else what `import-bib` would have written: the venue's
 * short form and the year (`ICDE 2024`), or `Preprint` for a preprint without a venue.
 */
export function shownLabel(fields: PublicationFields, venueMap: readonly VenueRule[]): string | undefined {
  if (fields.label !== undefined) return fields.label;
  if (fields.venue !== undefined) return labelFromVenue(fields.venue, fields.date?.year, venueMap);
  return fields.status === 'preprint' || fields.category === 'preprint' ? 'Preprint' : undefined;
}
