/** The citation key `add-pub` makes up, and import-bib uses for ids when a key is a path: `wang2024wise`. */
import type { PartialDate } from './partialDate.js';
import type { Author } from './schema.js';

const titleStopWords = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward']);

/** Google Scholar's form: first author's family name, year, first significant title word (`wang2024wise`). */
export function citationKey(authors: readonly Author[], date: PartialDate | undefined, title: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const first = authors[0];
  const family = ascii(first?.family ?? first?.literal ?? '');
  const word = title
    .split(/[^\p{L}\p{N}]+/u)
    .map(ascii)
    .find((candidate) => candidate !== '' && !titleStopWords.has(candidate));
  return `${family}${date?.year ?? ''}${word ?? ''}` || 'publication';
}
