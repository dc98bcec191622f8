/** One Hugo Blox event bundle, `content/events/<stem>/index.md`, for a talk given by the owner. */

import type { TalkItem } from '../../model/items.js';
import { neutraliseUnsafeLinks } from '../../render/markdownLinks.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { dayDate, itemStem, singleLine } from './siteItems.js';

/** The profile keeps a talk's day, not its hours: the event is all-day, dated the 1st when only the month is known. */
export function hugoBloxEventFile(item: TalkItem): GeneratedFile {
  const f = item.fields;
  // The kit's own event example writes links as `{ icon, name, url }` (its publications use `{ type, url }`).
  const links = [
    ...(f.slides === undefined ? [] : [{ icon: 'presentation-chart-bar', name: 'Slides', url: f.slides }]),
    ...(f.video === undefined ? [] : [{ icon: 'video-camera', name: 'Video', url: f.video }]),
  ];
  const frontMatter = {
    title: singleLine(f.title),
    event_name: f.venue === undefined ? undefined : singleLine(f.venue),
    event_url: f.url,
    location: f.location === undefined ? undefined : singleLine(f.location),
    date: dayDate(f.date),
    event_all_day: true,
    authors: ['me'],
    // Hugo renders the abstract as Markdown: a link the link rule refuses stays text.
    abstract: item.body === '' ? undefined : neutraliseUnsafeLinks(item.body),
    links: links.length === 0 ? undefined : links,
  };
  return siteFile(`content/events/${itemStem(item)}/index.md`, frontMatterDocument(frontMatter));
}
