/** One academicpages talk: `_talks/YYYY-MM-DD-<slug>.md`, every talk with its date (the upstream generator drops it). */
import type { TalkItem } from '../../model/items.js';
import type { TalkFields } from '../../model/schema.js';
import { markdownLink } from '../../render/markdownText.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { datedStem, dayDate, itemStem, jekyllText } from './siteItems.js';

const talkTypeLabels: Readonly<Record<NonNullable<TalkFields['type']>, string>> = {
  talk: 'Talk',
  'invited-talk': 'Invited talk',
  keynote: 'Keynote',
  tutorial: 'Tutorial',
  poster: 'Poster',
  seminar: 'Seminar',
  panel: 'Panel',
};

export function academicpagesTalkFile(item: TalkItem, markdown: (text: string) => string): GeneratedFile {
  const f = item.fields;
  const name = datedStem(f.date, itemStem(item));
  const label = talkTypeLabels[f.type ?? 'talk'];
  const frontMatter = {
    title: jekyllText(f.title),
    collection: 'talks',
    // talks.py writes `type`; the theme's talk layouts print `talk_type` ("Invited talk at venue, location").
    type: label,
    talk_type: label,
    permalink: `/talks/${name}`,
    venue: f.venue === undefined ? undefined : jekyllText(f.venue),
    date: dayDate(f.date),
    location: f.location === undefined ? undefined : jekyllText(f.location),
  };
  const links = [
    f.url === undefined ? '' : markdownLink('More information here', f.url),
    f.slides === undefined ? '' : markdownLink('Slides', f.slides),
    f.video === undefined ? '' : markdownLink('Video', f.video),
  ].filter((link) => link !== '');
  const body = [links.join(' | '), markdown(item.body)].filter((part) => part.trim() !== '').join('\n\n');
  return siteFile(`_talks/${name}.md`, frontMatterDocument(frontMatter, body));
}
