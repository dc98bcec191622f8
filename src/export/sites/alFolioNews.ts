/** al-folio's `_news/<stem>.md`: one inline announcement per visible news item. */
import type { NewsItem } from '../../model/items.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { dayDate, itemStem } from './siteItems.js';

/**
 * `date` is the day only: a time with an offset (`15:59:00-0400`) would be shown in the site's time zone and
 * could move the news to the day before. A month-precision item is dated the 1st.
 */
export function alFolioNewsFile(item: NewsItem, markdown: (text: string) => string): GeneratedFile {
  const frontMatter = { layout: 'post', date: dayDate(item.fields.date), inline: true, related_posts: false };
  return siteFile(`_news/${itemStem(item)}.md`, frontMatterDocument(frontMatter, markdown(item.body)));
}
