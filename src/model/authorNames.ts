/** Author names: how they are written, and whether one of them is the profile's owner. */
import type { Author } from './schema.js';

export interface PersonName {
  family: string;
  given: string;
}

/** Reads `Zexi Li`, `Z. Li` or `Li, Zexi`. The last word is the family name unless a comma says otherwise. */
export function parsePersonName(written: string): PersonName {
  const text = written.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma >= 0) return { family: text.slice(0, comma).trim(), given: text.slice(comma + 1).trim() };
  const space = text.lastIndexOf(' ');
  if (space < 0) return { family: text, given: '' };
  return { family: text.slice(space + 1), given: text.slice(0, space) };
}

/** Case, accents, dots and hyphens do not tell two spellings of a name apart. */
function normalizeNamePart(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.\-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameKey(name: PersonName): string {
  return `${normalizeNamePart(name.family)}|${normalizeNamePart(name.given)}`;
}

/** A matcher for the owner; a variant matches its own spelling only (`Z. Li` does not match `Zhiqi Li`). */
export function ownerMatcher(variants: readonly string[]): (author: Author) => boolean {
  const names = variants.map(parsePersonName);
  const keys = new Set(names.map(nameKey));
  // An import asks about tens of thousands of co-authors: a family name none of the variants has is known at once.
  const ownerFamilies = new Set(names.map((name) => normalizeNamePart(name.family)));
  const familyIsOwners = new Map<string, boolean>();
  return (author) => {
    if (author.literal !== undefined) return keys.has(nameKey(parsePersonName(author.literal)));
    const family = author.family ?? '';
    let possible = familyIsOwners.get(family);
    if (possible === undefined) {
      possible = ownerFamilies.has(normalizeNamePart(family));
      familyIsOwners.set(family, possible);
    }
    return possible && keys.has(nameKey({ family, given: author.given ?? '' }));
  };
}

/** `Peng Wang`, or the literal name of a group. */
export function displayName(author: Author): string {
  if (author.literal !== undefined) return author.literal;
  return [author.given, author.family].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * A matcher for the owner among imported authors, where sources spell names their own way: the family name agrees
 * (case and accents aside) and the given names do not contradict a variant's. An author's initial stands for a
 * variant's given name (`H. Piwowar`, `H. A. Piwowar` for Heather Piwowar), and a middle name one side leaves out
 * tells nothing (`Heather A. Piwowar`); a variant's initial never stands for an author's full name (`Z. Li` is not
 * `Zhiqi Li`), and two different given names are two people.
 */
export function lenientOwnerMatcher(variants: readonly string[]): (author: Author) => boolean {
  const exact = ownerMatcher(variants);
  const names = variants.map((variant) => {
    const name = parsePersonName(variant);
    return { family: normalizeNamePart(name.family), given: givenParts(name.given) };
  });
  const matches = (author: Author): boolean => {
    if (exact(author)) return true;
    const name =
      author.literal !== undefined
        ? parsePersonName(author.literal)
        : { family: author.family ?? '', given: author.given ?? '' };
    const family = normalizeNamePart(name.family);
    const given = givenParts(name.given);
    return names.some((variant) => variant.family === family && compatibleGiven(variant.given, given));
  };
  // An import asks about the same co-authors across thousands of entries: each spelling is compared once. Looked up
  // by family, then given name (strings an import reuses, whose hash V8 keeps), not by a key made for every call; a
  // literal name by itself, as both matchers read a literal name alone.
  const knownByFamily = new Map<string, Map<string, boolean>>();
  const knownLiterals = new Map<string, boolean>();
  return (author) => {
    let known = knownLiterals;
    if (author.literal === undefined) {
      const family = author.family ?? '';
      let byGiven = knownByFamily.get(family);
      if (byGiven === undefined) {
        byGiven = new Map();
        knownByFamily.set(family, byGiven);
      }
      known = byGiven;
    }
    const key = author.literal ?? author.given ?? '';
    let found = known.get(key);
    if (found === undefined) {
      found = matches(author);
      known.set(key, found);
    }
    return found;
  };
}

function givenParts(given: string): string[] {
  return normalizeNamePart(given)
    .split(' ')
    .filter((part) => part !== '');
}

/** The first given names agree; a later one counts only where both sides have it. */
function compatibleGiven(variant: readonly string[], author: readonly string[]): boolean {
  if (variant.length === 0 || author.length === 0) return false;
  for (let index = 0; index < Math.min(variant.length, author.length); index++) {
    const ours = variant[index] as string;
    const theirs = author[index] as string;
    if (ours === theirs) continue;
    // The author's initial stands for the variant's name; never the other way round.
    if (theirs.length === 1 && ours.startsWith(theirs)) continue;
    // A middle name one side has and the other gives as an initial, or leaves out, tells nothing.
    if (index > 0 && (ours.length === 1 || theirs.length === 1) && ours[0] === theirs[0]) continue;
    return false;
  }
  // `Heather A. Piwowar` for `Heather Piwowar`: only a middle name is missing. A lone initial must be the first.
  return true;
}
