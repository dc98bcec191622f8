/** The citation key `add-pub` makes up, and import-bib uses for ids when a key is a path: `wang2024wise`. */
import type { PartialDate } from './partialDate.js';
import type { Author } from './schema.js';

const titleStopWords = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'towards', 'toward']);

/** Google Scholar's form: first author's family name, year, first significant title word (`wang2024wise`). */
export function citationKey(authors: readonly Author[], date: PartialDate | undefined, title: string): string {
  const first = authors[0];
  const family = ascii(first?.family ?? first?.literal ?? '');
  // Only the words up to the first significant one are folded: an import makes keys for thousands of works.
  let word: string | undefined;
  for (const part of title.split(/[^\p{L}\p{N}]+/u)) {
    const candidate = ascii(part);
    if (candidate !== '' && !titleStopWords.has(candidate)) {
      word = candidate;
      break;
    }
  }
  return `${family}${date?.year ?? ''}${word ?? ''}` || 'publication';
}

/** Lower-case ASCII letters and digits, accents dropped (`Müller` → `muller`); printable ASCII has nothing to decompose. */
function ascii(text: string): string {
  const folded = /^[ -~]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.toLowerCase().replace(/[^a-z0-9]/g, '');
}
