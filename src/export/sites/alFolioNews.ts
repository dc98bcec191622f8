/** al-folio's `_news/<stem>.md`: one inline announcement per visible news item. */
import type { NewsItem } from '../../model/items.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { dayDate, itemStem } from './siteItems.js';

/**
 * The news files, newest first as the page lists them. `date` is the day without an offset (`15:59:00-0400` would be
 * shown in the site's time zone and could move the news to the day before); al-folio prints it as `%b %d, %Y`, so an
 * item known only to its month is dated the 1st, which the export's note says. Jekyll orders news of one day by
 * file name, so items that share a day get seconds after midnight, the first on the page the latest.
 */
export function alFolioNewsFiles(items: readonly NewsItem[], markdown: (text: string) => string): GeneratedFile[] {
  const sameDay = new Map<string, number>();
  for (const item of items) sameDay.set(dayDate(item.fields.date), (sameDay.get(dayDate(item.fields.date)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return items.map((item) => {
    const day = dayDate(item.fields.date);
    const count = sameDay.get(day) ?? 1;
    const index = seen.get(day) ?? 0;
    seen.set(day, index + 1);
    const date = count === 1 ? day : `${day} ${secondsAfterMidnight(count - 1 - index)}`;
    const frontMatter = { layout: 'post', date, inline: true, related_posts: false };
    return siteFile(`_news/${itemStem(item)}.md`, frontMatterDocument(frontMatter, markdown(item.body)));
  });
}

function secondsAfterMidnight(seconds: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
