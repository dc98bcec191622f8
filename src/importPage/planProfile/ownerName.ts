/** Whose page it is: the name given, else the author the page writes in bold most often, else the front matter's. */
import type { PublicationEntry } from '../readEntries/importedItems.js';

/** A placeholder that `validate` accepts, for a page that names nobody; the report says to change it. */
export const unknownOwnerName = 'Your Name';

export interface PageOwner {
  name: string | undefined;
  /** Every spelling found, the name first. */
  nameVariants: string[];
  from: 'option' | 'publications' | 'front-matter' | 'none';
}

export function findPageOwner(
  publications: readonly PublicationEntry[],
  frontMatter: Readonly<Record<string, unknown>> | undefined,
  given: string | undefined,
): PageOwner {
  const counts = new Map<string, number>();
  for (const publication of publications) {
    for (const spelling of new Set(publication.boldAuthors)) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  // Most often first; the first met wins a tie (a Map keeps the order names were met in).
  const spellings = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
  const fromFrontMatter = frontMatterName(frontMatter);
  const name = given?.trim() || spellings[0] || fromFrontMatter;
  const from = given?.trim() ? 'option' : spellings[0] ? 'publications' : fromFrontMatter ? 'front-matter' : 'none';
  const nameVariants = name === undefined ? [] : [...new Set([name, ...spellings])];
  return { name, nameVariants, from };
}

function frontMatterName(frontMatter: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const candidates = [frontMatter?.name, frontMatter?.author, (frontMatter?.author as { name?: unknown } | null)?.name];
  const found = candidates.find((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
  return typeof found === 'string' ? found.trim() : undefined;
}
