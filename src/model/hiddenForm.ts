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
  const match = /^<!--([ \t]*)(\S[\s\S]*?)([ \t]*)-->$/.exec(comment.trim());
  if (match === null || (match[2] ?? '').includes('-->')) return undefined;
  return `<!--${match[1]}${hiddenPlaceholder}${match[3]}-->`;
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
