/**
 * A publication written as a Liquid include with its fields as parameters (`{% include publication.html
 * title="…" authors="…" venue="ICML" year="2024" pdf="…" %}`), as some Jekyll pages do. The page keeps the include
 * (the site's template draws it); the publication is imported as data.
 */
import type { AuthorMarks } from './authorMarks.js';
import type { PublicationEntry, PublicationLink } from './importedItems.js';
import { parseAuthorLine } from './pageAuthors.js';

const includeCall = /^\s{0,3}\{%-?\s{0,8}include\s{1,8}[\w./-]{1,120}\s([^%]{1,8000})-?%\}\s*$/;
// key="value", key='value' or key=value; bounded, one pass over the text.
const parameter = /([\w-]{1,40})\s{0,4}=\s{0,4}(?:"([^"]{0,4000})"|'([^']{0,4000})'|([^\s"'%]{1,2000}))/g;

const linkParameters: Readonly<Record<string, PublicationLink['type']>> = {
  pdf: 'pdf',
  paper: 'pdf',
  code: 'code',
  github: 'code',
  slides: 'slides',
  video: 'video',
  poster: 'poster',
  project: 'project',
  website: 'project',
};

/** The publication an include call describes; undefined unless it has a title and authors that read as names. */
export function parseLiquidIncludeEntry(text: string, marks: AuthorMarks): PublicationEntry | undefined {
  const call = includeCall.exec(text);
  if (!call) return undefined;
  const values = new Map<string, string>();
  for (const match of (call[1] ?? '').matchAll(parameter)) {
    values.set((match[1] ?? '').toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? '').trim());
  }
  const title = values.get('title');
  const authors = parseAuthorLine(values.get('authors') ?? values.get('author') ?? '', marks);
  if (!title || !authors) return undefined;
  const year = /^\d{4}$/.exec(values.get('year') ?? '')?.[0];
  const venue = values.get('venue') ?? values.get('conference') ?? values.get('journal');
  const url = values.get('url') ?? values.get('link');
  const links: PublicationLink[] = [];
  for (const [name, type] of Object.entries(linkParameters)) {
    const target = values.get(name);
    if (target && /^https?:\/\//.test(target)) links.push({ type, url: target });
  }
  return {
    kind: 'publication',
    title,
    authors: authors.authors,
    boldAuthors: authors.bold,
    links,
    ...(venue ? { venue } : {}),
    ...(year ? { date: { year: Number(year) } } : {}),
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
  };
}
