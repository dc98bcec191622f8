/**
 * The front matter of the page's item kinds (news, publications, talks, service, text sections). Apart from
 * profile.md's schema so that a start does not build them: a file the hand-written check (fastItemFields.ts) takes
 * never needs them, and they are loaded with itemSchemas.ts when one does.
 */
import * as v from 'valibot';
import { common, flag, layoutText, oneOf, optionalText, partialDate, text, url, wholeNumber } from './fieldSchemas.js';
import type { LayoutKind } from './pageLayouts.js';
import * as vocabulary from './vocabulary.js';

/**
 * `layout` on an item: its own line layout, instead of its section's, for the one entry of a list a page wrote
 * otherwise than the others (`import-page` sets it so). It keeps the section's blocks: list items or paragraphs.
 */
const itemLayout = (kind: LayoutKind) => ({ layout: v.optional(layoutText(kind)) });

export const newsSchema = v.object({ ...common, date: partialDate, ...itemLayout('news') });

export const authorSchema = v.pipe(
  v.object({
    family: optionalText,
    given: optionalText,
    literal: optionalText,
    equal: flag,
    corresponding: flag,
  }),
  v.check((author) => Boolean(author.family || author.literal), 'an author needs `family` (and `given`) or `literal`'),
);

/** A BibTeX entry as read: its type, raw fields, the file it came from, the fields written as a bare undefined word. */
const bibtexEntryFields = {
  type: text,
  fields: v.record(v.string(), v.pipe(v.union([v.string(), v.number()]), v.toString())),
  file: optionalText,
  bare: v.optional(v.array(v.string())),
};

export const publicationSchema = v.object({
  ...common,
  key: text,
  type: v.optional(
    v.picklist(vocabulary.cslTypes, 'must be a CSL item type such as paper-conference or article-journal'),
  ),
  title: text,
  /** Empty for a work without a named author or editor (software, a standard, a data set): imported with a warning. */
  authors: v.optional(v.array(authorSchema, 'must be a list of authors'), []),
  editors: v.optional(v.array(authorSchema)),
  date: v.optional(partialDate),
  venue: optionalText,
  publisher: optionalText,
  volume: v.optional(v.pipe(v.union([v.string(), v.number()]), v.toString())),
  issue: v.optional(v.pipe(v.union([v.string(), v.number()]), v.toString())),
  pages: v.optional(v.pipe(v.union([v.string(), v.number()]), v.toString())),
  edition: v.optional(v.pipe(v.union([v.string(), v.number()]), v.toString())),
  isbn: optionalText,
  issn: optionalText,
  doi: v.optional(
    v.pipe(text, v.regex(/^10\.\S+\/\S+$/, 'must be a DOI such as 10.1145/3539618.3591976, without https://doi.org/')),
  ),
  arxiv: optionalText,
  /** The work's identifiers in other sources (PubMed, OpenAlex, Semantic Scholar, DBLP, the owner's ORCID record). */
  pmid: optionalText,
  openalex: optionalText,
  semanticScholar: optionalText,
  dblp: optionalText,
  orcidPutCode: optionalText,
  url: v.optional(url),
  label: optionalText,
  status: v.optional(oneOf(vocabulary.publicationStatuses)),
  category: v.optional(oneOf(vocabulary.publicationCategories)),
  selected: flag,
  links: v.optional(
    v.array(
      v.object({
        type: oneOf(vocabulary.linkTypes),
        url,
        name: optionalText,
      }),
    ),
  ),
  award: optionalText,
  /** How often it is cited, where you know it (Google Scholar, Semantic Scholar): `{citations}` in a layout. */
  citations: v.optional(wholeNumber),
  /** Citation counts as sources counted them (`profile import`): one dated snapshot per source, never fetched by a build. */
  citedBy: v.optional(
    v.array(
      v.object({
        count: wholeNumber,
        source: text,
        date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-02')),
      }),
      'must be a list of { count, source, date }',
    ),
  ),
  /** The primary source: the entry the publication was imported from, written back by `export --format bib`. */
  bibtex: v.optional(v.object(bibtexEntryFields)),
  /** Other BibTeX entries of the same work (a DBLP copy, a preprint): each only added what the publication lacked. */
  sources: v.optional(v.array(v.object({ key: text, ...bibtexEntryFields }), 'must be a list of BibTeX entries')),
  ...itemLayout('publications'),
});

export const talkSchema = v.object({
  ...common,
  date: partialDate,
  title: text,
  venue: optionalText,
  location: optionalText,
  type: v.optional(oneOf(vocabulary.talkTypes)),
  url: v.optional(url),
  slides: v.optional(url),
  video: v.optional(url),
  lang: v.optional(
    v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language code such as en or zh')),
  ),
  ...itemLayout('talks'),
});

export const serviceSchema = v.object({
  ...common,
  role: v.optional(oneOf(vocabulary.serviceRoles)),
  date: v.optional(partialDate),
  ...itemLayout('service'),
});

export const textSectionSchema = v.object({ title: optionalText, hidden: flag });

export type NewsFields = v.InferOutput<typeof newsSchema>;
export type Author = v.InferOutput<typeof authorSchema>;
export type PublicationFields = v.InferOutput<typeof publicationSchema>;
export type TalkFields = v.InferOutput<typeof talkSchema>;
export type ServiceFields = v.InferOutput<typeof serviceSchema>;
export type TextSectionFields = v.InferOutput<typeof textSectionSchema>;
