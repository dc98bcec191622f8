/** What a section of a home page holds, told from its heading: `## Recent News`, `# 📝 Publications`, `**Talks**`. */
import { cvHeadingKind, type PageCvKind } from '../readEntries/cvHeadings.js';
import type { PublicationCategory, TalkType } from '../readEntries/importedItems.js';
import { markdownToPlain, unwrapEmphasis } from './inlineMarkdown.js';

/** The kinds a page section can be read as; `text` is a known section the profile keeps as Markdown. */
export type HeadingKind = 'bio' | 'contact' | 'news' | 'publications' | 'talks' | 'service' | 'text';

export interface RecognisedHeading {
  kind: HeadingKind;
  /** `Selected Publications`: the items shown are the selected ones. */
  selected?: boolean;
  /** `Preprints`, `Journal Papers`: what the items of this section are. */
  category?: PublicationCategory;
  talkType?: TalkType;
  /** `Education`, `Honors and Awards`: a section kept as written whose lines are also read as CV items. */
  cv?: PageCvKind;
}

const optionalAdjective =
  '(?:(?:selected|recent|latest|featured|representative|highlighted|all|full list of|list of) )?';

const headingPatterns: readonly [RegExp, (words: string) => RecognisedHeading][] = [
  [/^(?:about|about me|bio|biography|short bio|who am i)$/, () => ({ kind: 'bio' })],
  [/^(?:contact|contacts|contact me|contact information|contact info|get in touch)$/, () => ({ kind: 'contact' })],
  [
    new RegExp(`^${optionalAdjective}(?:news|updates|announcements|what s new|news and updates|updates and news)$`),
    () => ({ kind: 'news' }),
  ],
  [
    new RegExp(
      `^${optionalAdjective}(?:peer reviewed |refereed |research )?(?:publications?|papers|preprints|manuscripts|working papers|articles|journal (?:papers|articles|publications)|conference (?:papers|publications|proceedings)|workshop (?:papers|publications)|publications and preprints|preprints and publications|papers and preprints|under review|submitted papers|manuscripts under review)$`,
    ),
    publicationHeading,
  ],
  [
    new RegExp(
      `^${optionalAdjective}(?:invited )?(?:talks|presentations|seminars|keynotes|keynote talks|lectures|tutorials|talks and presentations|invited talks and presentations)$`,
    ),
    talkHeading,
  ],
  [
    /^(?:(?:academic|professional|community|university|departmental) )?(?:service|services|activities|service and activities|reviewing|reviewer|program committees?|professional activities)$/,
    () => ({ kind: 'service' }),
  ],
  [cvHeadingKind.pattern, (words) => ({ kind: 'text', cv: cvHeadingKind.of(words) })],
  [
    /^(?:honou?rs?|awards?|honou?rs and awards|awards and honou?rs|selected awards|scholarships|grants|fellowships|grants and awards|awards and grants|teaching|teaching experience|education|educations|experience|experiences|work experience|research experience|internships?|research interests?|research|interests|projects|selected projects|students|mentoring|advising|skills|misc|miscellaneous|cv)$/,
    () => ({ kind: 'text' }),
  ],
];

/** The kind of section a heading names, or undefined when it is not one the importer knows. */
export function recogniseHeading(heading: string): RecognisedHeading | undefined {
  const words = headingWords(heading);
  for (const [pattern, describe] of headingPatterns) if (pattern.test(words)) return describe(words);
  return undefined;
}

/** `📝 Publications:` → `publications`; `What's New` → `what s new`; `News & Updates` → `news and updates`. */
export function headingWords(heading: string): string {
  return markdownToPlain(heading)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^(?:\d+\.|[ivx]+\.)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The value of the first pattern that the heading's words match, in the table's order. */
function firstMatch<Value>(words: string, table: readonly (readonly [RegExp, Value])[]): Value | undefined {
  return table.find(([pattern]) => pattern.test(words))?.[1];
}

const publicationCategoryWords: readonly (readonly [RegExp, PublicationCategory])[] = [
  [/journal/, 'journal'],
  [/conference/, 'conference'],
  [/workshop/, 'workshop'],
  [
    /^(?:\w+ )?(?:preprints|manuscripts|working papers|under review|submitted papers|manuscripts under review)$/,
    'preprint',
  ],
];

const talkTypeWords: readonly (readonly [RegExp, TalkType])[] = [
  [/keynote/, 'keynote'],
  [/tutorial/, 'tutorial'],
  [/seminar/, 'seminar'],
  [/invited/, 'invited-talk'],
];

function publicationHeading(words: string): RecognisedHeading {
  const selected = /^(?:selected|featured|representative|highlighted) /.test(words);
  const category = firstMatch(words, publicationCategoryWords);
  return { kind: 'publications', ...(selected ? { selected } : {}), ...(category ? { category } : {}) };
}

function talkHeading(words: string): RecognisedHeading {
  const talkType = firstMatch(words, talkTypeWords);
  return { kind: 'talks', ...(talkType ? { talkType } : {}) };
}

/**
 * A paragraph that is one bold line naming a known section (`**News**`, `__Publications:__`, `<b>Teaching</b>`)
 * is a heading on many hand-written pages. Only names the importer knows count: other bold lines are text.
 */
export function boldLineHeading(paragraph: string): { text: string; recognised: RecognisedHeading } | undefined {
  const trimmed = paragraph.trim();
  if (trimmed.includes('\n')) return undefined;
  const emphasis = unwrapEmphasis(trimmed.replace(/:$/, '')) ?? unwrapEmphasis(trimmed);
  if (!emphasis?.strong) return undefined;
  const text = emphasis.inner.replace(/:$/, '').trim();
  const recognised = recogniseHeading(text);
  if (!recognised || recognised.kind === 'bio') return undefined;
  return { text: emphasis.inner.trim(), recognised };
}

/**
 * A paragraph that is one short line naming a list section, with nothing else (`🔥 News`, `📝 Publications:`),
 * is the heading of pages that write none. Only the list kinds count: a line "Teaching" could be a sentence's start.
 */
export function plainLineHeading(paragraph: string): { text: string; recognised: RecognisedHeading } | undefined {
  const text = paragraph.trim();
  if (text.includes('\n') || text.length > 60 || /[*_<>[\]`]/.test(text)) return undefined;
  const recognised = recogniseHeading(text.replace(/:$/, ''));
  if (!recognised || !['news', 'publications', 'talks', 'service'].includes(recognised.kind)) return undefined;
  return { text, recognised };
}
