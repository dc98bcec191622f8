/**
 * The one-line comment form a page wrote a hidden item or text in (`<!-- {hidden} -->`): its spaces inside the
 * markers, read off the page by import-page and kept in a page section's `hiddenForm`.
 */

export const hiddenPlaceholder = '{hidden}';

/** `<!--`, the placeholder and `-->`, with at most spaces or tabs between: nothing else may stand in the comment. */
export const hiddenFormPattern = /^<!--[ \t]*\{hidden\}[ \t]*-->$/;

export const defaultHiddenForm = '<!-- {hidden} -->';

/** The form of a comment as written on the page, or undefined when it is not one comment of that form. */
export function hiddenFormOf(comment: string): string | undefined {
  const text = comment.trim();
  if (!text.startsWith('<!--') || !text.endsWith('-->') || text.length < 8) return undefined;
  const inner = text.slice(4, -3);
  // Loops, not a regular expression: a run of spaces inside must cost its length once, not its square.
  let start = 0;
  while (inner[start] === ' ' || inner[start] === '\t') start++;
  let end = inner.length;
  while (end > start && (inner[end - 1] === ' ' || inner[end - 1] === '\t')) end--;
  const hidden = inner.slice(start, end);
  if (hidden === '' || /^\s/.test(hidden) || hidden.includes('-->')) return undefined;
  return `<!--${inner.slice(0, start)}${hiddenPlaceholder}${inner.slice(end)}-->`;
}

/** The inner text of a comment written in its one-line form, or undefined when it is not one such comment. */
export function commentInner(comment: string): { form: string; inner: string } | undefined {
  const form = hiddenFormOf(comment);
  if (form === undefined) return undefined;
  const at = form.indexOf(hiddenPlaceholder);
  return {
    form,
    inner: comment.trim().slice(at, comment.trim().length - (form.length - at - hiddenPlaceholder.length)),
  };
}
