/** One academicpages talk: `_talks/YYYY-MM-DD-<slug>.md`, every talk with its date (the upstream generator drops it). */
import type { TalkItem } from '../../model/items.js';
import type { TalkFields } from '../../model/schema.js';
import { markdownLink } from '../../render/markdownText.js';
import type { GeneratedFile } from '../generatedFile.js';
import { frontMatterDocument } from './frontMatterDocument.js';
import { siteFile } from './siteFiles.js';
import { datedStem, itemStem, jekyllMarkdownTitle, jekyllText } from './siteItems.js';

const talkTypeLabels: Readonly<Record<NonNullable<TalkFields['type']>, string>> = {
  talk: 'Talk',
  'invited-talk': 'Invited talk',
  keynote: 'Keynote',
  tutorial: 'Tutorial',
  poster: 'Poster',
  seminar: 'Seminar',
  panel: 'Panel',
};

/** `date` is the file's date (`datesInProfileOrder`). */
export function academicpagesTalkFile(
  item: TalkItem,
  date: string | undefined,
  markdown: (text: string) => string,
): GeneratedFile {
  const f = item.fields;
  const { venue, location } = venueAndLocation(f);
  const name = datedStem(f.date, itemStem(item));
  const label = talkTypeLabels[f.type ?? 'talk'];
  const frontMatter = {
    title: jekyllMarkdownTitle(f.title),
    collection: 'talks',
    // talks.py writes `type`; the theme's talk layouts print `talk_type` ("Invited talk at venue, location").
    type: label,
    talk_type: label,
    permalink: `/talks/${name}`,
    venue: venue === undefined ? undefined : jekyllText(venue),
    date,
    location: location === undefined ? undefined : jekyllText(location),
  };
  const links = [
    f.url === undefined ? '' : markdownLink('More information here', f.url),
    f.slides === undefined ? '' : markdownLink('Slides', f.slides),
    f.video === undefined ? '' : markdownLink('Video', f.video),
  ].filter((link) => link !== '');
  const body = [links.join(' | '), markdown(item.body)].filter((part) => part.trim() !== '').join('\n\n');
  return siteFile(`_talks/${name}.md`, frontMatterDocument(frontMatter, body));
}

/**
 * The talks list prints `{{ post.talk_type }} at {{ post.venue }},  {{ post.location }}`, so a talk without a location
 * would end in a comma. Its venue's last part then becomes the location (`Dept. of CS, University of Cambridge` reads
 * the same); a venue of one part is kept whole, and the comma stays (docs/sites.md).
 */
function venueAndLocation(f: TalkFields): { venue: string | undefined; location: string | undefined } {
  if (f.location !== undefined || f.venue === undefined) return { venue: f.venue, location: f.location };
  const cut = f.venue.lastIndexOf(', ');
  if (cut <= 0) return { venue: f.venue, location: undefined };
  return { venue: f.venue.slice(0, cut), location: f.venue.slice(cut + 2) };
}
