/**
 * A list section's `notesAfter`: comments of the owner's own (`<!-- TODO: … -->`) the page wrote right under an item,
 * written there again where kramdown and CommonMark both hide them; else, and when the item is gone or hidden, in a
 * comment of their own lines after the list.
 */
import { commentInner } from '../model/hiddenForm.js';
import { hideInComment } from './hiddenComment.js';
import { writeInHiddenForm } from './hiddenForm.js';

export interface NoteAfterItem {
  readonly item: string;
  readonly comment: string;
}

/** The comment as it stands when that is safe right under a line; undefined otherwise. */
export function noteUnderLine(comment: string): string | undefined {
  const read = commentInner(comment);
  return read === undefined ? undefined : writeInHiddenForm(read.inner, read.form);
}

/** The comment in a form of its own lines, for after the list (a blank line before it). */
export function noteAfterList(comment: string): string {
  const read = commentInner(comment);
  return hideInComment(read === undefined ? comment : read.inner);
}
