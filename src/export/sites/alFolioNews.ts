/** al-folio's `_news/<stem>.md`: one inline announcement per visible news item. */
import type { NewsItem } from '../../model/items.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { datesInProfileOrder, itemStem } from './siteItems.js';

/**
 * The news files, newest first as the page lists them. `date` is the day without an offset (`15:59:00-0400` would be
 * shown in the site's time zone and could move the news to the day before); al-folio prints it as `%b %d, %Y`, so an
 * item known only to its month is dated the 1st, which the export's note says. News of one day keep the page's order.
 */
export function alFolioNewsFiles(items: readonly NewsItem[], markdown: (text: string) => string): GeneratedFile[] {
  const dates = datesInProfileOrder(items);
  return items.map((item) => {
    const frontMatter = { layout: 'post', date: dates.get(item), inline: true, related_posts: false };
    return siteFile(`_news/${itemStem(item)}.md`, frontMatterDocument(frontMatter, markdown(item.body)));
  });
}
