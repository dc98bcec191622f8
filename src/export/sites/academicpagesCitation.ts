/**
 * academicpages' `citation`: an HTML string the site prints after "Recommended citation:", with the owner in
 * `<b>`, `*` after equal contributors and `#` after corresponding authors, as the seed page marks them.
 */
import { displayName } from '../../model/authorNames.js';
import { creditedNames, editorsMark } from '../../model/creditedNames.js';
import type { Author, PublicationFields } from '../../model/schema.js';
import { joinWithAnd } from '../../render/authorList.js';

/** `<b>Zexi Li*</b>, Peng Wang*, and Chao Wu#. (2024). &quot;Title.&quot; <i>Venue</i>. 3(2), 10–20.` */
export function academicpagesCitation(fields: PublicationFields, isOwner: (author: Author) => boolean): string {
  const { names, editors } = creditedNames(fields);
  const listed = joinWithAnd(
    names.map((author) => {
      const name = `${htmlText(displayName(author))}${author.equal ? '*' : ''}${author.corresponding ? '#' : ''}`;
      return isOwner(author) ? `<b>${name}</b>` : name;
    }),
  );
  const authors = editors ? `${listed} ${editorsMark(names.length)}` : listed;
  const year = fields.date === undefined ? 'n.d.' : String(fields.date.year);
  const title = htmlText(fields.title);
  const stop = /[.?!]$/.test(title) ? '' : '.';
  const volume =
    fields.volume === undefined ? '' : `${fields.volume}${fields.issue === undefined ? '' : `(${fields.issue})`}`;
  const details = [volume, fields.pages ?? ''].filter((part) => part !== '').map(htmlText);
  return [
    `${authors}. (${year}). &quot;${title}${stop}&quot;`,
    ...(fields.venue === undefined ? [] : [`<i>${htmlText(fields.venue)}</i>.`]),
    ...(details.length === 0 ? [] : [`${details.join(', ')}.`]),
  ].join(' ');
}

/**
 * Plain text as HTML on one line. The site prints the string as it is, so `<`, `&` and `"` become entities, and
 * the `{` of `{{` or `{%` becomes `&#123;`, which shows the same and can never start Liquid.
 */
export function htmlText(text: string): string {
  return text
    .replace(/(?<!\s)\s*\n\s*/g, ' ')
    .trim()
    .replace(/[&<>"]/g, (char) => htmlEntities[char] ?? char)
    .replace(/\{(?=[{%])/g, '&#123;');
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
