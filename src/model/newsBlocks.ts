/**
 * How a news section writes its list in HTML, as pages do (`<ul>` … `</ul>`, a scroll box), and the block the
 * older items go to (`<details><summary>Older news</summary>` … `</details>`): the page's own HTML around the lines.
 */
import * as v from 'valibot';
import { parsePageLayout } from './pageLayouts.js';

const html = v.string('must be text');

const newsLayout = v.pipe(
  v.string('must be text'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const parsed = parsePageLayout('news', dataset.value);
    if (!parsed.ok) addIssue({ message: `is not a news layout: ${parsed.reason}` });
  }),
);

/** The HTML written on the lines before the first item's line and after the last one's. */
export const htmlWrapSchema = v.object({ before: html, after: html });

/**
 * The older items: all but the `newest` visible ones go to a block of their own, written by `layout` between
 * `before` and `after` (a blank line is an empty line at the start of `before`). Without older items, no block.
 */
export const olderNewsSchema = v.object({
  newest: v.pipe(
    v.number('must be a whole number'),
    v.integer('must be a whole number'),
    v.minValue(0, 'must be 0 or more'),
  ),
  layout: newsLayout,
  before: html,
  after: html,
});

export type HtmlWrap = v.InferOutput<typeof htmlWrapSchema>;
export type OlderNews = v.InferOutput<typeof olderNewsSchema>;
