/**
 * News written as an HTML list (`<ul><li><b>Oct 2025</b>: text</li></ul>`), also inside `<details>`: one item per
 * `<li>` on a line of its own, its bold and italics read as Markdown's. A `<li>` inside `<!-- -->` is hidden.
 * The block is kept as written (a Markdown list would not render the same HTML); its items are imported as data.
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
const wrapperLine =
  /^[ \t]{0,12}(?:<\/?(?:ul|ol|details)(?:[ \t][^>]{0,200})?>|<summary(?:[ \t][^>]{0,200})?>.{0,200}<\/summary>)[ \t]*$/i;

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
    const entry = parseNewsEntry(inlineHtmlAsMarkdown(item[2] ?? ''));
    if (!entry) return undefined;
    found.push({ entry, offset, hidden });
  }
  return found.length > 0 ? found : undefined;
}

/** `<b>`/`<strong>` as `**`, `<i>`/`<em>` as `*`: what the date reader knows (`**Oct 2025**:`). */
function inlineHtmlAsMarkdown(html: string): string {
  return html
    .replace(/<\/?(?:b|strong)>/gi, '**')
    .replace(/<\/?(?:i|em)>/gi, '*')
    .trim();
}
