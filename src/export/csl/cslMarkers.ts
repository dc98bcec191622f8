/**
 * The private-use characters that mark names and the title in a second, marked rendering of an entry,
 * and how they are read back: where each marked name and the title begin and end.
 */
import type { Author, PublicationFields } from '../../model/schema.js';

export const nameStart = '\uE000';
export const nameEnd = '\uE001';
const titleStart = '\uE002';
const titleEnd = '\uE003';
// A name's code says how the page shows it: owner (bold) 1, equal contribution 2, corresponding 4.
const codeBase = 0xe010;
const markerCharacters = /[\uE000-\uE01F]/g;

export interface NameDecoration {
  readonly owner: boolean;
  readonly equal: boolean;
  readonly corresponding: boolean;
}

export type MarkedSpan =
  | { readonly kind: 'name'; readonly start: number; readonly end: number; readonly decoration: NameDecoration }
  | { readonly kind: 'title'; readonly start: number; readonly end: number };

type CslItem = Record<string, unknown>;

/**
 * The CSL item of the marked rendering: the title between title markers, and the code of each author or
 * editor the page decorates after the family name (the style's `<name>` affixes delimit the whole name).
 * A literal name gets no affixes from citeproc, so it carries its own delimiters.
 */
export function markCslItem(csl: CslItem, fields: PublicationFields, isOwner: (author: Author) => boolean): CslItem {
  // Marker characters that happen to be in the data would be read as markers.
  const marked = JSON.parse(JSON.stringify(csl).replace(markerCharacters, '')) as CslItem;
  if (typeof marked.title === 'string') marked.title = `${titleStart}${marked.title}${titleEnd}`;
  const markNames = (names: unknown, authors: readonly Author[]) =>
    Array.isArray(names) ? names.map((name, index) => markName(name, authors[index], isOwner)) : names;
  if (marked.author !== undefined) marked.author = markNames(marked.author, fields.authors);
  if (fields.editors) marked.editor = markNames(marked.editor, fields.editors);
  return marked;
}

function markName(name: unknown, author: Author | undefined, isOwner: (author: Author) => boolean): unknown {
  if (author === undefined || typeof name !== 'object' || name === null) return name;
  const code = codeBase + (isOwner(author) ? 1 : 0) + (author.equal ? 2 : 0) + (author.corresponding ? 4 : 0);
  if (code === codeBase) return name;
  const character = String.fromCharCode(code);
  const cslName = name as { family?: string; literal?: string };
  if (cslName.literal !== undefined) return { literal: `${nameStart}${cslName.literal}${character}${nameEnd}` };
  return { ...cslName, family: `${cslName.family ?? ''}${character}` };
}

/**
 * The units of the marked rendering without the markers, and the spans they marked (indexes into those
 * units). Only innermost name spans count: with "et al." citeproc also wraps the whole list in the affixes.
 */
export function readMarkers(units: readonly string[]): { units: string[]; spans: MarkedSpan[] } {
  const text: string[] = [];
  const spans: MarkedSpan[] = [];
  const openNames: { start: number; decoration?: NameDecoration; hasInner: boolean }[] = [];
  let openTitle: number | undefined;
  for (const unit of units) {
    const top = openNames[openNames.length - 1];
    if (unit === nameStart) {
      if (top) top.hasInner = true;
      openNames.push({ start: text.length, hasInner: false });
    } else if (unit === nameEnd) {
      const name = openNames.pop();
      if (name?.decoration && !name.hasInner) {
        spans.push({ kind: 'name', start: name.start, end: text.length, decoration: name.decoration });
      }
    } else if (unit === titleStart) {
      openTitle = text.length;
    } else if (unit === titleEnd) {
      if (openTitle !== undefined) spans.push({ kind: 'title', start: openTitle, end: text.length });
      openTitle = undefined;
    } else if (unit.length === 1 && unit.charCodeAt(0) > codeBase && unit.charCodeAt(0) <= codeBase + 7) {
      if (top) top.decoration = decodeName(unit.charCodeAt(0) - codeBase);
    } else {
      text.push(unit);
    }
  }
  return { units: text, spans };
}

function decodeName(bits: number): NameDecoration {
  return { owner: (bits & 1) !== 0, equal: (bits & 2) !== 0, corresponding: (bits & 4) !== 0 };
}
