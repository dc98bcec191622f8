/** What a publication's links point at: a PDF, or a page the generator already links from an identifier. */
import type { PublicationFields } from '../../model/schema.js';

/** A path ending in `.pdf`, or arXiv's `/pdf/` pages, which have no extension. */
export function isPdfUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return /\.pdf$/i.test(url.split(/[?#]/)[0] ?? '');
  }
  return (
    /\.pdf$/i.test(parsed.pathname) ||
    (/(?:^|\.)arxiv\.org$/i.test(parsed.hostname) && /^\/pdf\//.test(parsed.pathname))
  );
}

/** The arXiv abstract page or the doi.org page of the publication's own identifiers, which sites link by themselves. */
export function isIdentifierPage(url: string, fields: PublicationFields): boolean {
  const address = url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, '');
  return (
    (fields.arxiv !== undefined && address === `arxiv.org/abs/${fields.arxiv}`) ||
    (fields.doi !== undefined && (address === `doi.org/${fields.doi}` || address === `dx.doi.org/${fields.doi}`))
  );
}
