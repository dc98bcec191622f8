/** The small links pages put after a publication (`[PDF]`, `[[Code]](…)`, `\[[slides](…)\]`), named by their text. */

import { markdownToPlain } from '../readPage/inlineMarkdown.js';
import type { LinkType, PublicationLink } from './importedItems.js';

const linkWords: readonly [RegExp, LinkType][] = [
  [/^(?:pdf|full ?text|camera[- ]ready)$/, 'pdf'],
  [/^(?:paper|proceedings|publisher|journal|official)$/, 'paper'],
  [/^arxiv(?: ?preprint)?$/, 'arxiv'],
  [/^(?:code|github|source|source code|repo|repository|software|implementation)$/, 'code'],
  [/^slides?$/, 'slides'],
  [/^(?:video|talk|recording|youtube|bilibili)$/, 'video'],
  [/^poster$/, 'poster'],
  [/^(?:project|project page|website|web|homepage|page|demo)$/, 'project'],
  [/^(?:data|dataset|benchmark)$/, 'data'],
  [/^(?:blog|blog post|post)$/, 'blog'],
  [/^html$/, 'html'],
  [/^(?:supp|supplement|supplementary|supplementary material|appendix)$/, 'supplement'],
  [/^(?:bib|bibtex|cite|citation|doi|openreview|abstract|media|press|link|models?|huggingface|hf)$/, 'other'],
];

/** The type of a link whose text is one of the usual words, or undefined when the text is a title or a name. */
export function linkTypeOf(text: string): LinkType | undefined {
  const words = markdownToPlain(text)
    .replace(/^[[(]|[\])]$/g, '')
    .trim()
    .toLowerCase();
  if (words === '' || words.length > 30) return undefined;
  return linkWords.find(([pattern]) => pattern.test(words))?.[1];
}

export function publicationLink(text: string, url: string): PublicationLink {
  const type = linkTypeOf(text) ?? 'other';
  const name = markdownToPlain(text)
    .replace(/^[[(]|[\])]$/g, '')
    .trim();
  return type === 'other' ? { type, url, name } : { type, url };
}

/** `2405.14768` from an arXiv abstract or PDF link. */
export function arxivIdFromUrl(url: string): string | undefined {
  return /arxiv\.org\/(?:abs|pdf|html)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?(?:[?#/]|$)/i.exec(url)?.[1];
}

/** `10.1145/3539618.3591976` from a doi.org link or a publisher's `/doi/` path. */
export function doiFromUrl(url: string): string | undefined {
  const doi = /(?:doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/|epdf\/)?)(10\.\d{4,9}\/[^\s?#]+)/i.exec(url)?.[1];
  return doi === undefined ? undefined : decodeURIComponentSafely(doi).replace(/[.,;]$/, '');
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
