/**
 * One academicpages publication: `_publications/YYYY-MM-DD-<stem>.md` with the fields the theme reads, and the
 * `.bib` file its "Download Bibtex" link (`bibtexurl`) points at.
 */

import type { PublicationItem } from '../../model/items.js';
import type { Author, PublicationFields } from '../../model/schema.js';
import { neutraliseUnsafeLinks } from '../../render/markdownLinks.js';
import { titleUrl } from '../../render/publicationLinks.js';
import type { GeneratedFile } from '../generatedFile.js';
import { academicpagesCitation } from './academicpagesCitation.js';
import { citableBibtex } from './citableBibtex.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { datedStem, itemStem, jekyllMarkdownTitle, jekyllText, withoutHtmlTags } from './siteItems.js';

export interface AcademicpagesContext {
  isOwner: (author: Author) => boolean;
  /** The user's own Markdown as Jekyll will run it: Liquid neutralised unless `page.liquid`. */
  markdown: (text: string) => string;
  /** The same for text a layout prints as it is (the excerpt), where a code span is no code span. */
  text: (text: string) => string;
  /** The publication's link buttons as the about page writes them (`[PDF](…) [Code](…)`), shown under the abstract. */
  links?: (fields: PublicationFields) => string | undefined;
}

/** The keys of `publication_category` in academicpages' own `_config.yml`. */
export const defaultPublicationCategories = ['books', 'conferences', 'manuscripts'] as const;

/**
 * The theme's publications page lists only the categories `_config.yml` names, so everything goes to a default
 * key except preprints and papers under review, which users ask to keep apart (academicpages #1456).
 */
export function academicpagesCategory(fields: PublicationFields): string {
  if (fields.status === 'preprint' || fields.status === 'under-review') return 'preprints';
  switch (fields.category) {
    case 'conference':
    case 'workshop':
      return 'conferences';
    case 'book':
    case 'chapter':
      return 'books';
    case 'preprint':
      return 'preprints';
    case undefined:
      return categoryOfType(fields.type);
    default:
      return 'manuscripts';
  }
}

function categoryOfType(type: PublicationFields['type']): string {
  if (type === 'paper-conference') return 'conferences';
  if (type === 'book' || type === 'chapter') return 'books';
  // In the profile format, `article` is a preprint.
  if (type === 'article') return 'preprints';
  return 'manuscripts';
}

/** `date` is the file's date (`datesInProfileOrder`), undefined when the publication has none. */
export function academicpagesPublicationFiles(
  item: PublicationItem,
  date: string | undefined,
  context: AcademicpagesContext,
): GeneratedFile[] {
  const f = item.fields;
  const stem = itemStem(item);
  const name = f.date === undefined ? stem : datedStem(f.date, stem);
  const bibFile = `files/bibtex/${stem}.bib`;
  const linkOf = (type: string) => f.links?.find((link) => link.type === type)?.url;
  const excerpt = firstParagraph(item.body);
  const frontMatter = {
    title: jekyllMarkdownTitle(f.title),
    collection: 'publications',
    category: academicpagesCategory(f),
    permalink: `/publication/${name}`,
    excerpt: excerpt === undefined ? undefined : withoutHtmlTags(context.text(neutraliseUnsafeLinks(excerpt))),
    date,
    venue: f.venue === undefined ? undefined : jekyllText(f.venue),
    // The theme's "Download Paper" button: the PDF, else the paper's page, else where the title links on the page.
    paperurl: linkOf('pdf') ?? linkOf('paper') ?? titleUrl(f),
    slidesurl: linkOf('slides'),
    bibtexurl: `/${bibFile}`,
    citation: academicpagesCitation(f, context.isOwner),
  };
  return [
    siteFile(`_publications/${name}.md`, frontMatterDocument(frontMatter, publicationBody(item, context))),
    siteFile(bibFile, citableBibtex(item)),
  ];
}

/** The abstract, then the link buttons: the theme shows only `paperurl` and `slidesurl` as buttons of its own. */
function publicationBody(item: PublicationItem, context: AcademicpagesContext): string {
  const links = context.links?.(item.fields);
  return [context.markdown(item.body).trim(), links ?? ''].filter((part) => part !== '').join('\n\n');
}

/** The abstract's first paragraph, which the list page shows under the title. */
function firstParagraph(body: string): string | undefined {
  const paragraph = body
    .trim()
    .split(/\n[ \t]*\n/)[0]
    ?.trim();
  return paragraph === undefined || paragraph === '' ? undefined : paragraph;
}
