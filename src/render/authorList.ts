/** An author list as the seed page writes it: the owner in bold, `\*` equal contribution, `\#` corresponding. */
import { displayName } from '../model/authorNames.js';
import { creditedNames, editorsMark } from '../model/creditedNames.js';
import type { Author, AuthorJoin } from '../model/schema.js';
import { escapeMarkdownText } from './markdownText.js';

/** `page.authorList`: how a page writes its author lists; every part has the seed page's default. */
export interface AuthorListStyle {
  join?: AuthorJoin | undefined;
  equalMark?: string | undefined;
  correspondingMark?: string | undefined;
  /** `**Name**\*` rather than `**Name\***`. */
  markAfterBold?: boolean | undefined;
}

export function authorMarkers(author: Author, style: AuthorListStyle = {}): string {
  const equal = author.equal ? (style.equalMark ?? '\\*') : '';
  return `${equal}${author.corresponding ? (style.correspondingMark ?? '\\#') : ''}`;
}

export function renderAuthorList(
  authors: readonly Author[],
  isOwner: (author: Author) => boolean,
  style: AuthorListStyle = {},
): string {
  const names = authors.map((author) => {
    const name = escapeMarkdownText(displayName(author));
    const marks = authorMarkers(author, style);
    if (!isOwner(author)) return `${name}${marks}`;
    return style.markAfterBold ? `**${name}**${marks}` : `**${name}${marks}**`;
  });
  if (style.join === 'commas') return names.join(', ');
  if (style.join === 'and' && names.length > 2)
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return joinWithAnd(names);
}

/** A publication's `{authors}`: its authors, or an edited volume's editors followed by `(ed.)` or `(eds.)`. */
export function renderCreditedNames(
  fields: { readonly authors: readonly Author[]; readonly editors?: readonly Author[] | undefined },
  isOwner: (author: Author) => boolean,
  style: AuthorListStyle = {},
): string {
  const { names, editors } = creditedNames(fields);
  const list = renderAuthorList(names, isOwner, style);
  return editors ? `${list} ${editorsMark(names.length)}` : list;
}

/** `A`, `A and B`, `A, B, and C`. */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}
