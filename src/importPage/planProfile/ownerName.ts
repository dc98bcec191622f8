/**
 * Whose page it is: the name given, else the author the page writes in bold most often, else a name the front
 * matter gives (`author`, `name`, or a title such as "Bowen Zhang's Homepage"), else the bio's "I'm Bowen Zhang, …".
 * A template's placeholder ("Your Name", "Lorem Ipsum") is nobody's name.
 */
import type { PublicationEntry } from '../readEntries/importedItems.js';

/** A placeholder that `validate` accepts, for a page that names nobody; the report says to change it. */
export const unknownOwnerName = 'Your Name';

export interface PageOwner {
  name: string | undefined;
  /** Every spelling found, the name first. */
  nameVariants: string[];
  from: 'option' | 'publications' | 'front-matter' | 'bio' | 'none';
}

export function findPageOwner(
  publications: readonly PublicationEntry[],
  frontMatter: Readonly<Record<string, unknown>> | undefined,
  given: string | undefined,
  bio = '',
): PageOwner {
  const counts = new Map<string, number>();
  for (const publication of publications) {
    for (const spelling of new Set(publication.boldAuthors)) {
      if (!isPlaceholderName(spelling)) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    }
  }
  // Most often first; the first met wins a tie (a Map keeps the order names were met in).
  const spellings = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
  const found: [PageOwner['from'], string | undefined][] = [
    ['option', given?.trim() || undefined],
    ['publications', spellings[0]],
    ['front-matter', frontMatterName(frontMatter)],
    ['bio', bioName(bio)],
  ];
  const [from, name] = found.find(([, candidate]) => candidate !== undefined) ?? ['none', undefined];
  const nameVariants = name === undefined ? [] : [...new Set([name, ...spellings])];
  return { name, nameVariants, from };
}

const placeholderNames = /^(?:your|first|full|author|lorem|john|jane)\s+(?:name|last|ipsum|doe)$/i;

/** "Your Name", "Lorem Ipsum", "Jane Doe": what templates ship, never a person's page. */
export function isPlaceholderName(name: string): boolean {
  return placeholderNames.test(name.trim());
}

/** Words a title or a first sentence holds that are not part of a name. */
const notNameWords = new Set(
  'about home homepage page website site welcome the my a an of at and in publications research news blog cv academic personal professor assistant associate senior lecturer researcher scientist student phd ph.d. postdoc postdoctoral fellow candidate engineer director head chair dr. dr prof. prof'.split(
    ' ',
  ),
);

/** Two to four capitalised words: `Bowen Zhang`, `María José García-López`, `Zexi Li`. */
function asName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const name = text.trim().replace(/\s+/g, ' ');
  if (name.length > 80 || isPlaceholderName(name)) return undefined;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  const nameWord = /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u;
  if (!words.every((word) => nameWord.test(word) && !notNameWords.has(word.toLowerCase()))) return undefined;
  return name;
}

/** "Bowen Zhang's Homepage", "Ada Lovelace — Home", "Wei Chen | Personal Website", or the name alone. */
function nameInTitle(title: unknown): string | undefined {
  if (typeof title !== 'string' || title.length > 120) return undefined;
  const possessive =
    /^(.{1,80}?)['’]s? +(?:personal +|academic +|official +)?(?:home ?page|web ?site|web ?page|page|site|blog)$/i.exec(
      title.trim(),
    );
  if (possessive) return asName(possessive[1]);
  const beforeDash = /^(.{1,80}?) +[—–|·-] +.{1,40}$/.exec(title.trim());
  return asName(beforeDash?.[1] ?? title);
}

function frontMatterName(frontMatter: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!frontMatter) return undefined;
  const direct = [frontMatter.name, frontMatter.author, (frontMatter.author as { name?: unknown } | null)?.name];
  const named = direct.find((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
  if (typeof named === 'string' && !isPlaceholderName(named)) return named.trim();
  return nameInTitle(frontMatter.title) ?? nameInTitle(frontMatter.excerpt);
}

/** "I'm Bowen Zhang, a PhD student…", "I am Ada Lovelace." at the start of a line of the bio. */
function bioName(bio: string): string | undefined {
  const opening = /(?:^|\n)[ \t]{0,3}(?:(?:Hi|Hello)[!,.]? {1,3})?I(?:['’]m| am) +([^,.;:\n(]{1,80})/.exec(
    bio.slice(0, 4000),
  );
  return asName(opening?.[1]?.replace(/\*\*|__/g, ''));
}
