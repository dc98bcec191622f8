/** Whether two publications are the same work: by DOI, arXiv identifier, or the same title and authors. */
import type { Author } from '../model/schema.js';

/** Lower-case letters and digits of a title, without accents: `WISE: Rethinking…` and `{WISE}: rethinking…` agree. */
export function titleKey(title: string | undefined): string {
  return (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function familyKey(author: Author): string {
  return titleKey(author.family ?? author.literal);
}

/** The same first author, or at least half of the family names in common. */
export function authorsOverlap(a: readonly Author[], b: readonly Author[]): boolean {
  const first = a[0];
  if (first && b[0] && familyKey(first) === familyKey(b[0]) && familyKey(first) !== '') return true;
  const familiesOfB = new Set(b.map(familyKey));
  const shared = new Set(a.map(familyKey).filter((family) => family !== '' && familiesOfB.has(family)));
  return shared.size * 2 >= Math.max(a.length, b.length) && shared.size > 0;
}

export function doiKey(doi: string | undefined): string | undefined {
  return doi === undefined ? undefined : doi.trim().toLowerCase();
}

/** `2405.14768v2` and `2405.14768` are the same preprint. */
export function arxivKey(arxiv: string | undefined): string | undefined {
  return arxiv === undefined ? undefined : arxiv.trim().toLowerCase().replace(/v\d+$/, '');
}

/** Author names without the marks, for comparing who wrote a work. */
export function namesOnly(authors: readonly Author[]): Author[] {
  return authors.map(({ equal: _equal, corresponding: _corresponding, ...name }) => name);
}
