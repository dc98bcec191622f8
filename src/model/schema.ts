/** The profile format, defined once: it gives the types, the validation messages and the JSON Schema. */
import * as v from 'valibot';
import { common, flag, optionalText, text, url } from './fieldSchemas.js';
import { commentInner, hiddenFormPattern } from './hiddenForm.js';
import { htmlWrapSchema, olderNewsSchema } from './newsBlocks.js';
import { type LayoutKind, layoutKindOfSection, layoutKinds, parsePageLayout } from './pageLayouts.js';
import { dateStyles, type PartialDate, parsePartialDate } from './partialDate.js';
import { normalDblpPid, normalOpenAlexAuthor, normalOrcid, normalSemanticScholarAuthor } from './scholarIds.js';
import * as vocabulary from './vocabulary.js';

/** Accepts every written form and yields the date at its own precision. */
export const partialDate = v.pipe(
  v.union([v.string(), v.number()], 'must be a date such as 2025, 2025-07 or 2025-07-30'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parsePartialDate(String(dataset.value));
    if (!parsed.ok) {
      addIssue({ message: parsed.reason });
      return NEVER;
    }
    return parsed.date as PartialDate;
  }),
);

const oneOrMany = v.pipe(
  v.union([text, v.array(text)], 'must be a text or a list of texts'),
  v.transform((value) => (Array.isArray(value) ? value : [value])),
);

export const sectionKinds = ['bio', 'contact', 'text', 'news', 'publications', 'talks', 'service'] as const;

/** `plain`: the title alone on a line, as a paragraph (`🔥 News` on pages that write no heading). */
export const headingStyles = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'bold', 'plain'] as const;
export type HeadingStyle = (typeof headingStyles)[number];

const wholeNumber = v.pipe(
  v.number('must be a whole number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be 0 or more'),
);

/** A line layout of the page (docs/format.md, "Line layouts"), checked when the profile is read. */
function layoutText(kind: LayoutKind) {
  return v.pipe(
    v.string('must be text'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const parsed = parsePageLayout(kind, dataset.value);
      if (!parsed.ok) addIssue({ message: `is not a ${kind} layout: ${parsed.reason}` });
    }),
  );
}

/** One of `values`; the message lists them. */
function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, `must be one of ${values.join(', ')}`);
}

function listOf<const T extends readonly string[]>(values: T) {
  const one = oneOf(values);
  return v.pipe(
    v.union([one, v.array(one)], `must be one of ${values.join(', ')}, or a list of them`),
    v.transform((value) => (Array.isArray(value) ? value : [value])),
  );
}

/** `2024`, `2020-2024`, `2022-` (from 2022 on), `-2019` (up to 2019). */
export const yearRangePattern = /^\s*(?:(\d{4})(?:\s*(-)\s*(\d{4})?)?|-\s*(\d{4}))\s*$/;

/** `only:` of a publications section: `selected`, or the conditions an entry must all meet. */
export const publicationFilterSchema = v.union(
  [
    v.picklist(['selected']),
    v.object({
      selected: flag,
      category: v.optional(listOf(vocabulary.publicationCategories)),
      status: v.optional(listOf(vocabulary.publicationStatuses)),
      years: v.optional(
        v.pipe(
          v.union([v.string(), v.number()]),
          v.toString(),
          v.regex(yearRangePattern, 'must be a year or a range such as 2020-2024, 2022- or -2019'),
        ),
      ),
    }),
  ],
  'must be "selected" or conditions such as { category: conference, years: 2020-2024 }',
);

/** The front matter text opens and closes with one fence and holds no other, so the page's body stays the body. */
function frontMatterFenced(text: string): boolean {
  const lines = text.replace(/\n$/, '').split('\n');
  const fence = lines[0];
  if ((fence !== '---' && fence !== '+++') || lines.length < 2 || lines[lines.length - 1] !== fence) return false;
  return lines.slice(1, -1).every((line) => line.trimEnd() !== fence && !line.startsWith('---'));
}

export const authorJoins = vocabulary.authorJoins;
export type AuthorJoin = (typeof authorJoins)[number];

export const publicationGroupings = ['year', 'type'] as const;
export const publicationSorts = ['order', 'newest'] as const;

export const pageSectionSchema = v.pipe(
  v.object({
    kind: oneOf(sectionKinds),
    title: optionalText,
    /** How the title is written: `## Title` (h2, the default), `# Title` (h1)…, or a bold line (`**Title**`). */
    heading: v.optional(oneOf(headingStyles)),
    /**
     * Whether a blank line follows a `#` heading: a list has none unless `true` (the seed writes none), a text
     * section has one unless `false`.
     */
    blankAfterHeading: flag,
    hidden: flag,
    /**
     * `<!-- {hidden} -->`: a hidden item alone among visible ones (or a hidden text section) is written in a comment
     * of its own in this form, on the line after the one before it, where both engines still hide it; several hidden
     * items in a row share one comment of their own lines. import-page sets it as the page wrote it.
     */
    hiddenForm: v.optional(
      v.pipe(
        v.string('must be text'),
        v.regex(
          hiddenFormPattern,
          'must be "<!--", "{hidden}" and "-->" with only spaces between, e.g. "<!-- {hidden} -->"',
        ),
      ),
    ),
    /**
     * `true`: items written as paragraphs (not list items) are lines of one paragraph where an item's line ends with a
     * line break (`<br>`, two spaces): the next follows on the next line; elsewhere a blank line starts another.
     */
    itemsAsLines: flag,
    /**
     * Comments the page wrote right under an item (`<!-- TODO: … -->`), by the item's id: written there again, or
     * after the list when the item is gone or hidden.
     */
    notesAfter: v.optional(
      v.array(
        v.object({
          item: v.string('must be an item id'),
          comment: v.pipe(
            v.string('must be text'),
            v.check((comment) => commentInner(comment) !== undefined, 'must be one HTML comment: "<!-- … -->"'),
          ),
        }),
      ),
    ),
    /** `lines`: several hidden items in a row are written one per comment of `hiddenForm`, line after line. */
    hiddenRuns: v.optional(oneOf(['lines'] as const)),
    /** `false`: a hidden text section written in its `hiddenForm` follows the line before it with no blank line. */
    blankBefore: flag,
    only: v.optional(publicationFilterSchema),
    section: v.optional(
      v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must name a file of sections/ without .md')),
    ),
    /** This section's line layout, instead of `page.layouts` of its kind. */
    layout: v.optional(v.string('must be text')),
    /** Where a numbered list (`{number}` in its layout) counts from: its first item's number, or its last's with `{number:down}` (1). */
    numberFrom: v.optional(wholeNumber),
    /** A news list written in HTML: the page's HTML around its lines (`<ul>`, `</ul>`); the layout writes `<li>` lines. */
    wrap: v.optional(htmlWrapSchema),
    /** The older news items in a block of their own (`<details>`), after the `newest` ones. */
    older: v.optional(olderNewsSchema),
    group: v.optional(oneOf(publicationGroupings)),
    sort: v.optional(oneOf(publicationSorts)),
    /** Headings of the groups instead of the shipped ones: `{ journal: Journal Papers, 2025: This year }`. */
    groupTitles: v.optional(v.record(v.string(), text)),
    /** `true` for the shipped wording, or the wording itself; shown when a visible entry carries a mark. */
    legend: v.optional(v.union([v.boolean(), text], 'must be true, false or the legend text')),
    /** How many of the newest publications a selected-only section shows while none is selected (10). */
    whenNoneSelected: v.optional(wholeNumber),
  }),
  v.check(
    (section) => section.kind !== 'text' || section.section !== undefined,
    'a text section needs `section:`, the name of a file in sections/',
  ),
  v.forward(
    v.check(
      (section) =>
        section.kind === 'publications' ||
        (section.only ?? section.group ?? section.sort ?? section.legend ?? section.whenNoneSelected) === undefined,
      'only a publications section takes `only`, `group`, `sort`, `legend` or `whenNoneSelected`',
    ),
    ['kind'],
  ),
  v.forward(
    v.check(
      (section) => section.kind === 'news' || (section.wrap ?? section.older) === undefined,
      'only a news section takes `wrap` or `older`',
    ),
    ['kind'],
  ),
  v.forward(
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed || dataset.value.layout === undefined) return;
      const kind = layoutKindOfSection(dataset.value.kind);
      if (kind === undefined) {
        addIssue({ message: `a ${dataset.value.kind} section has no line layout` });
        return;
      }
      const parsed = parsePageLayout(kind, dataset.value.layout);
      if (!parsed.ok) addIssue({ message: `is not a ${kind} layout: ${parsed.reason}` });
    }),
    ['layout'],
  ),
);

export const pageSettingsSchema = v.object({
  frontMatter: v.optional(v.record(v.string(), v.unknown())),
  /**
   * The front matter as the page wrote it, fences included (`---` YAML or Hugo's `+++` TOML): the export writes it
   * instead of `frontMatter`. import-page keeps it where writing `frontMatter` would change it (TOML, a key twice).
   */
  frontMatterText: v.optional(
    v.pipe(
      v.string('must be text'),
      v.check(
        (text) => frontMatterFenced(text),
        'must start with a "---" (or "+++") line and end with the same line, with no such line between',
      ),
    ),
  ),
  dateStyle: v.optional(oneOf(dateStyles)),
  obfuscateEmail: flag,
  /** Keep Liquid (`{{ site.baseurl }}`) in your own Markdown; otherwise it is shown as text, never run by Jekyll. */
  liquid: flag,
  sections: v.optional(v.array(pageSectionSchema)),
  /** Each kind's line layout (docs/format.md, "Line layouts"); the shipped ones write the bundled page. */
  layouts: v.optional(
    v.object(
      Object.fromEntries(layoutKinds.map((kind) => [kind, v.optional(layoutText(kind))])) as Record<
        LayoutKind,
        v.OptionalSchema<ReturnType<typeof layoutText>, undefined>
      >,
    ),
  ),
  /** The text of each link type's button (`code: Code`); a link's own `name` wins. */
  linkLabels: v.optional(v.record(oneOf(vocabulary.linkTypes), text)),
  /** What stands between two link buttons (one space unless set). */
  linkSeparator: v.optional(v.string('must be text')),
  /** How `{authors}` writes an author list: the joins, the marks, a mark inside or after the owner's bold. */
  authorList: v.optional(
    v.object({
      join: v.optional(oneOf(authorJoins)),
      equalMark: v.optional(v.string('must be text')),
      correspondingMark: v.optional(v.string('must be text')),
      markAfterBold: flag,
    }),
  ),
  /** The page starts with a UTF-8 byte-order mark (as some Windows editors write it); import-page keeps the page's. */
  byteOrderMark: flag,
  /** `crlf`: every line of the page ends with CRLF, as the page imported did; LF (`lf`) unless set. */
  lineEnds: v.optional(oneOf(['lf', 'crlf'] as const)),
  /** `limit`: the page shows the N newest visible news; older ones go into the hidden archive comment. */
  news: v.optional(
    v.object({
      limit: v.optional(
        v.pipe(
          v.number('must be a whole number'),
          v.integer('must be a whole number'),
          v.minValue(0, 'must be 0 or more'),
        ),
      ),
    }),
  ),
});

/** An identifier checked by `normal` (which also accepts the service's URL form); kept as written. */
function scholarId(normal: (text: string) => string | undefined, message: string) {
  return v.optional(
    // Not `text`: an empty value fails the check with the message that names the form.
    v.pipe(
      v.string('must be text'),
      v.trim(),
      v.check((value) => normal(value) !== undefined, message),
    ),
  );
}

export const ownerSchema = v.object({
  name: text,
  nameVariants: v.optional(v.array(text)),
  label: optionalText,
  email: v.optional(oneOrMany),
  phone: optionalText,
  links: v.optional(v.array(v.object({ name: text, url }))),
  contact: v.optional(
    v.array(v.object({ label: text, emails: v.optional(oneOrMany), text: optionalText, url: v.optional(url) })),
  ),
  page: v.optional(pageSettingsSchema),
  /** `import-bib`'s venue labels: a venue containing `match` is labelled `label` (before the shipped defaults). */
  venueMap: v.optional(v.array(v.object({ match: text, label: text }), 'must be a list of { match, label }')),
  /**
   * Where the owner's publications are listed (docs/format.md, "Identifiers"): `profile import --from profile` fetches
   * from them, and `profile import` recognises the owner among the authors by them.
   */
  orcid: scholarId(
    normalOrcid,
    'must be an ORCID iD such as 0000-0002-1825-0097 (its last character is a check digit)',
  ),
  openalex: scholarId(normalOpenAlexAuthor, 'must be an OpenAlex author id such as A5023888391'),
  dblp: scholarId(normalDblpPid, 'must be a DBLP person id such as 46/5782 or m/AndrewMcCallum (from dblp.org/pid/…)'),
  semanticScholar: scholarId(normalSemanticScholarAuthor, 'must be a Semantic Scholar author id such as 1723755'),
});

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

export type Owner = v.InferOutput<typeof ownerSchema>;
export type PageSettings = v.InferOutput<typeof pageSettingsSchema>;
export type PageSection = v.InferOutput<typeof pageSectionSchema>;
export type NewsFields = v.InferOutput<typeof newsSchema>;
export type Author = v.InferOutput<typeof authorSchema>;
export type PublicationFields = v.InferOutput<typeof publicationSchema>;
export type TalkFields = v.InferOutput<typeof talkSchema>;
export type ServiceFields = v.InferOutput<typeof serviceSchema>;
export type TextSectionFields = v.InferOutput<typeof textSectionSchema>;
export type PublicationStatus = (typeof vocabulary.publicationStatuses)[number];
