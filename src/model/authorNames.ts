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
