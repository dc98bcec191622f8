/** An author list as the seed page writes it: the owner in bold, `\*` equal contribution, `\#` corresponding. */
import { displayName } from '../model/authorNames.js';
import type { Author } from '../model/schema.js';
import { escapeMarkdownText } from './markdownText.js';

export function authorMarkers(author: Author): string {
  return `${author.equal ? '\\*' : ''}${author.corresponding ? '\\#' : ''}`;
}

export function renderAuthorList(authors: readonly Author[], isOwner: (author: Author) => boolean): string {
  const names = authors.map((author) => {
    const name = `${escapeMarkdownText(displayName(author))}${authorMarkers(author)}`;
    return isOwner(author) ? `**${name}**` : name;
  });
  return joinWithAnd(names);
}

/** `A`, `A and B`, `A, B, and C`. */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}
