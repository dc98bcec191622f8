/**
 * A hidden item or text written in the one-line comment form its page used (`<!-- {hidden} -->`, a section's
 * `hiddenForm`), on the line right after the one before it, where kramdown and CommonMark both still hide it.
 */
import { hiddenPlaceholder } from '../model/hiddenForm.js';

/**
 * A line that could start a block of its own (a list item, a heading, a quote, HTML, a fence, a table, a definition,
 * a rule or setext underline) or a blank line: inside the comment, kramdown would end the paragraph there and show
 * the rest as text. Conservative on purpose: such a comment is written in its own lines instead.
 */
const blockStart =
  /^(?:$|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[>#<|`~=:{]|\$\$|\[\^|\*\[|[-*_](?:[ \t]*[-*_]){2,}[ \t]*$)/;

/**
 * `markdown` in `form`, or undefined where the form would not hide it on both engines: a line after the first that
 * could start a block, or a text starting `>` or `->` right after `<!--` (`<!-->` is a whole, empty comment in HTML).
 * `-->` inside is broken up, as in every comment the page writes.
 */
export function writeInHiddenForm(markdown: string, form: string): string | undefined {
  const safe = markdown.trim().replace(/--!?>/g, (match) => match.replace('--', '- -'));
  if (safe === '') return undefined;
  const [first, ...rest] = safe.split('\n');
  if (rest.some((line) => blockStart.test(line.trim()))) return undefined;
  if (form.startsWith(`<!--${hiddenPlaceholder}`) && /^-?>/.test(first ?? '')) return undefined;
  const at = form.indexOf(hiddenPlaceholder);
  return `${form.slice(0, at)}${safe}${form.slice(at + hiddenPlaceholder.length)}`;
}
