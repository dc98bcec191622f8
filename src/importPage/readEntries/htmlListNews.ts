/**
 * News written as an HTML list (`<ul><li><b>Oct 2025</b>: text</li></ul>`), also inside `<details>`: one item per
 * `<li>` on a line of its own, between lines of `<ul>`, `<ol>`, `<details>`, `<summary>` and `<div>` (a scroll
 * box); its date read with its bold and italics as Markdown's, its text kept as the HTML it is (it is written back
 * inside the same HTML). A `<li>` inside `<!-- -->` on its line is hidden.
 */
import type { NewsEntry } from './importedItems.js';
import { parseNewsEntry } from './newsEntry.js';

export interface HtmlListNews {
  entry: NewsEntry;
  /** The `<li>`'s line within the block, 0 for its first. */
  offset: number;
  hidden: boolean;
}

// One `<li>` on its line, with at most a comment's opening and closing around it: bounded, no nested quantifiers.
const listItemLine = /^[ \t]{0,12}(<!--[ \t]{0,4})?<li(?:[ \t][^>]{0,200})?>(.{1,2000}?)<\/li>[ \t]{0,4}(-->)?[ \t]*$/i;
// Up to four wrapper tags on one line (`<details><summary>Older news</summary>`), each bounded.
const wrapperLine =
  /^[ \t]{0,12}(?:(?:<\/?(?:ul|ol|details|div)(?:[ \t][^>]{0,200})?>|<summary(?:[ \t][^>]{0,200})?>.{0,200}?<\/summary>)[ \t]*){1,4}$/i;

/** The news of an HTML block that is such a list and nothing else; undefined for any other HTML. */
export function parseHtmlListNews(raw: string): HtmlListNews[] | undefined {
  if (!/<li[\s>]/i.test(raw)) return undefined;
  const found: HtmlListNews[] = [];
  const lines = raw.split('\n');
  for (const [offset, line] of lines.entries()) {
    if (line.trim() === '' || wrapperLine.test(line)) continue;
    const item = listItemLine.exec(line);
    if (!item) return undefined;
    const hidden = item[1] !== undefined;
    if (hidden !== (item[3] !== undefined)) return undefined;
    const html = item[2] ?? '';
    const entry = parseNewsEntry(inlineHtmlAsMarkdown(html).text);
    if (!entry) return undefined;
    found.push({ entry: { ...entry, body: bodyAsWritten(html, entry.body) }, offset, hidden });
  }
  return found.length > 0 ? found : undefined;
}

const emphasisTag = /<\/?(?:(b|strong)|i|em)>/gi;

/**
 * `<b>`/`<strong>` as `**`, `<i>`/`<em>` as `*`: what the date reader knows (`**Oct 2025**:`); with, for each
 * character written, where it stands in the HTML.
 */
function inlineHtmlAsMarkdown(html: string): { text: string; from: number[] } {
  let text = '';
  const from: number[] = [];
  let done = 0;
  const copy = (end: number) => {
    for (let index = done; index < end; index++) from.push(index);
    text += html.slice(done, end);
  };
  for (const tag of html.matchAll(emphasisTag)) {
    copy(tag.index);
    const mark = tag[1] === undefined ? '*' : '**';
    text += mark;
    for (const _ of mark) from.push(tag.index);
    done = tag.index + tag[0].length;
  }
  copy(html.length);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return { text: text.slice(start, end), from: from.slice(start, end) };
}

/** The news text as the HTML wrote it: the part of the line the date reader left as its text. */
function bodyAsWritten(html: string, body: string): string {
  const { text, from } = inlineHtmlAsMarkdown(html);
  if (!text.endsWith(body)) return body;
  const start = from[text.length - body.length];
  return start === undefined ? body : html.slice(start).trimEnd();
}
