/** profile.md's format (the owner and the page), defined once: its type, validation messages and JSON Schema. The item kinds' are in itemFieldSchemas.ts and cvSchemas.ts. */
import * as v from 'valibot';
import { flag, layoutText, oneOf, optionalText, text, url, wholeNumber } from './fieldSchemas.js';
import { commentInner, hiddenFormPattern } from './hiddenForm.js';
import { htmlWrapSchema, olderNewsSchema } from './newsBlocks.js';
import { type LayoutKind, layoutKindOfSection, layoutKinds, parsePageLayout } from './pageLayouts.js';
import { dateStyles } from './partialDate.js';
import { normalDblpPid, normalOpenAlexAuthor, normalOrcid, normalSemanticScholarAuthor } from './scholarIds.js';
import * as vocabulary from './vocabulary.js';

const oneOrMany = v.pipe(
  v.union([text, v.array(text)], 'must be a text or a list of texts'),
  v.transform((value) => (Array.isArray(value) ? value : [value])),
);

export const sectionKinds = ['bio', 'contact', 'text', 'news', 'publications', 'talks', 'service'] as const;

/** `plain`: the title alone on a line, as a paragraph (`🔥 News` on pages that write no heading). */
export const headingStyles = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'bold', 'plain'] as const;
export type HeadingStyle = (typeof headingStyles)[number];

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
  /**
   * Keep Liquid (`{{ site.baseurl }}`) and Hugo shortcodes in your own Markdown; otherwise they are shown as text,
   * never run by Jekyll or Hugo.
   */
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

export type Owner = v.InferOutput<typeof ownerSchema>;
export type PageSettings = v.InferOutput<typeof pageSettingsSchema>;
export type PageSection = v.InferOutput<typeof pageSectionSchema>;
export type {
  Author,
  NewsFields,
  PublicationFields,
  ServiceFields,
  TalkFields,
  TextSectionFields,
} from './itemFieldSchemas.js';
export type PublicationStatus = (typeof vocabulary.publicationStatuses)[number];
