/** New items as front matter, body and file name, built from what a person typed; pure, no I/O. */
import { UsageError } from '../errors.js';
import { markdownLink } from '../render/markdownText.js';
import { parsePersonName } from './authorNames.js';
import { citationKey } from './citationKey.js';
import { cvKindSpec } from './cvItemSpecs.js';
import { checkItemFields, knownFields } from './itemSchemas.js';
import { cvItemSummary, itemSummary, markdownSummary } from './itemSummary.js';
import type { CvItem, CvItemKind, ItemKind, NewsItem, Profile, PublicationItem, TalkItem } from './items.js';
import { isSafeLinkTarget, unsafeLinkHint } from './linkSafety.js';
import { comparePartialDates, formatIsoDate, type PartialDate, parsePartialDate } from './partialDate.js';
import type { Author } from './schema.js';
import { slugFromText, stemFromCitationKey } from './slug.js';

export { citationKey };

export interface ItemDraft {
  kind: ItemKind;
  /** The file name wanted, without `.md`; `-2`, `-3`, … are added when it is taken. */
  stem: string;
  /** The front matter, in the order it is written. */
  data: Record<string, unknown>;
  body: string;
  /** A publication whose key was made up here, so another may be chosen when it is taken. */
  generatedKey?: boolean;
}

export interface NewsInput {
  text: string;
  date: PartialDate;
  hidden?: boolean;
  /** Appended to the text as ` \[[link](URL)\]`, the way the seed page links a paper. */
  link?: string;
}

export function newsDraft(input: NewsInput): ItemDraft {
  const text = requireText(input.text, 'the news text');
  const body =
    input.link === undefined ? text : `${text} \\[${markdownLink('link', checkUrl(input.link, '--link'))}\\]`;
  const date = formatIsoDate(input.date);
  return {
    kind: 'news',
    stem: `${date}-${slugFromText(markdownSummary(text))}`,
    data: { date, ...flag('hidden', input.hidden) },
    body,
  };
}

export interface TalkInput {
  title: string;
  date: PartialDate;
  venue?: string;
  location?: string;
  type?: string;
  url?: string;
  slides?: string;
  video?: string;
  lang?: string;
  hidden?: boolean;
  abstract?: string;
}

export function talkDraft(input: TalkInput): ItemDraft {
  const title = requireText(input.title, 'the talk title');
  const date = formatIsoDate(input.date);
  return {
    kind: 'talk',
    stem: `${date}-${slugFromText(title)}`,
    data: {
      date,
      title,
      ...optional('venue', input.venue),
      ...optional('location', input.location),
      ...optional('type', input.type),
      ...optional('url', input.url && checkUrl(input.url, '--url')),
      ...optional('slides', input.slides && checkUrl(input.slides, '--slides')),
      ...optional('video', input.video && checkUrl(input.video, '--video')),
      ...optional('lang', input.lang),
      ...flag('hidden', input.hidden),
    },
    body: input.abstract?.trim() ?? '',
  };
}

export interface ServiceInput {
  text: string;
  role?: string;
  date?: PartialDate;
  order?: number;
  hidden?: boolean;
}

export function serviceDraft(input: ServiceInput): ItemDraft {
  const text = requireText(input.text, 'the service text');
  return {
    kind: 'service',
    stem: slugFromText(markdownSummary(text)),
    data: {
      ...(input.order === undefined ? {} : { order: input.order }),
      ...optional('role', input.role),
      ...optional('date', input.date && formatIsoDate(input.date)),
      ...flag('hidden', input.hidden),
    },
    body: text,
  };
}

export interface PublicationInput {
  key?: string;
  title: string;
  /** Names as typed: `Zexi Li*`, `Li, Zexi#`; see parseAuthor. */
  authors: readonly string[];
  date?: PartialDate;
  venue?: string;
  publisher?: string;
  label?: string;
  url?: string;
  doi?: string;
  arxiv?: string;
  type?: string;
  category?: string;
  status?: string;
  /** `code=https://…`: a link type and its URL. */
  links?: readonly string[];
  award?: string;
  selected?: boolean;
  order?: number;
  hidden?: boolean;
  abstract?: string;
}

export function publicationDraft(input: PublicationInput): ItemDraft {
  const title = requireText(input.title, 'the title');
  const authors = input.authors.flatMap(splitAuthorList).map(parseAuthor);
  if (authors.length === 0) throw new UsageError('a publication needs at least one author: --author "Ada Lovelace"');
  const givenKey = input.key?.trim();
  const key = givenKey || citationKey(authors, input.date, title);
  return {
    kind: 'publication',
    stem: stemFromCitationKey(key),
    data: {
      key,
      ...optional('type', input.type),
      title,
      authors,
      ...optional('date', input.date && formatIsoDate(input.date)),
      ...optional('venue', input.venue),
      ...optional('publisher', input.publisher),
      ...optional('doi', input.doi?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')),
      ...optional('arxiv', input.arxiv),
      ...optional('url', input.url && checkUrl(input.url, '--url')),
      ...optional('label', input.label),
      ...optional('status', input.status),
      ...optional('category', input.category),
      ...flag('selected', input.selected),
      ...(input.order === undefined ? {} : { order: input.order }),
      ...(input.links?.length ? { links: input.links.map(parseLink) } : {}),
      ...optional('award', input.award),
      ...flag('hidden', input.hidden),
    },
    body: input.abstract?.trim() ?? '',
    ...(givenKey ? {} : { generatedKey: true }),
  };
}

/**
 * `Zexi Li`, `Li, Zexi`, `Z. Li`; a trailing `*` marks equal contribution and `#` the corresponding
 * author, as on the page: `Zexi Li*#`.
 */
export function parseAuthor(written: string): Author {
  const marks = /(?<![*#])[*#]+$/.exec(written.trim())?.[0] ?? '';
  const name = written
    .trim()
    .slice(0, written.trim().length - marks.length)
    .trim();
  if (name === '')
    throw new UsageError(`"${written}" is not an author's name`, 'write "Given Family" or "Family, Given"');
  const { family, given } = parsePersonName(name);
  return {
    family,
    ...(given ? { given } : {}),
    ...(marks.includes('*') ? { equal: true } : {}),
    ...(marks.includes('#') ? { corresponding: true } : {}),
  };
}

/**
 * `A; B`, `A and B` (BibTeX's way), or `Ada Lovelace, Alan Turing` when neither separator is used. One comma
 * after a lone family name (`Lovelace, Ada`, `van der Berg, Jan`) is one author written `Family, Given`, as the
 * README promises for `--author`.
 */
export function splitAuthorList(text: string): string[] {
  const separator = /(?<!\s)\s*;\s*|(?<!\s)\s+and\s+/;
  const parts = separator.test(text) ? text.split(separator) : commaSeparatedNames(text);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function commaSeparatedNames(text: string): string[] {
  const parts = text.split(',');
  if (parts.length === 2 && isFamilyNameAlone(parts[0] ?? '') && (parts[1] ?? '').trim() !== '') return [text];
  return parts;
}

/** `Lovelace`, `van der Berg`, `de la Cruz`: a family name, with lower-case particles before it. */
function isFamilyNameAlone(written: string): boolean {
  const words = written.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return last !== '' && words.every((word) => /^\p{Ll}/u.test(word));
}

/**
 * The last decisions, taken while the profile is locked: a news item or talk goes first among the items
 * of its date (`order` one less than theirs), and a made-up citation key that is taken gets a letter.
 */
export function finishDraft(draft: ItemDraft, profile: Profile): ItemDraft {
  switch (draft.kind) {
    case 'news':
      return placeFirstOnItsDate(draft, profile.news);
    case 'talk':
      return placeFirstOnItsDate(draft, profile.talks);
    case 'publication':
      return withFreeKey(draft, profile.publications);
    default:
      return draft;
  }
}

function placeFirstOnItsDate(draft: ItemDraft, existing: readonly (NewsItem | TalkItem)[]): ItemDraft {
  const parsed = parsePartialDate(String(draft.data.date));
  if (!parsed.ok || draft.data.order !== undefined) return draft;
  const sameDate = existing.filter((item) => comparePartialDates(item.fields.date, parsed.date) === 0);
  if (sameDate.length === 0) return draft;
  const smallest = Math.min(...sameDate.map((item) => item.fields.order ?? 0));
  return { ...draft, data: { ...draft.data, order: smallest - 1 } };
}

function withFreeKey(draft: ItemDraft, publications: readonly PublicationItem[]): ItemDraft {
  const key = String(draft.data.key);
  const taken = new Map(publications.map((item) => [item.fields.key, item]));
  const holder = taken.get(key);
  if (!holder) return draft;
  if (!draft.generatedKey) {
    throw new UsageError(
      `the citation key "${key}" is already used by ${holder.id} (${itemSummary(holder)})`,
      'pass another --key, or edit the existing publication',
    );
  }
  for (let letter = 98; ; letter++) {
    const candidate = letter <= 122 ? `${key}${String.fromCharCode(letter)}` : `${key}-${letter - 121}`;
    if (!taken.has(candidate)) {
      return { ...draft, stem: stemFromCitationKey(candidate), data: { ...draft.data, key: candidate } };
    }
  }
}

function parseLink(written: string): { type: string; url: string } {
  const equals = written.indexOf('=');
  if (equals <= 0)
    throw new UsageError(`--link needs type=URL, not "${written}"`, 'example: --link code=https://github.com/…');
  return { type: written.slice(0, equals).trim(), url: checkUrl(written.slice(equals + 1).trim(), '--link') };
}

function checkUrl(url: string, option: string): string {
  const trimmed = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(trimmed)) {
    throw new UsageError(
      `${option}: "${url}" is not a URL`,
      'write the whole address, such as https://arxiv.org/abs/2405.14768',
    );
  }
  if (!isSafeLinkTarget(trimmed)) {
    throw new UsageError(`${option}: "${url}" would never be published as a link`, unsafeLinkHint);
  }
  return trimmed;
}

function requireText(text: string, what: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new UsageError(`${what} is empty`);
  return trimmed;
}

function optional(field: string, value: string | undefined): Record<string, string> {
  const trimmed = value?.trim();
  return trimmed ? { [field]: trimmed } : {};
}

function flag(field: string, value: boolean | undefined): Record<string, true> {
  return value ? { [field]: true } : {};
}

/** A CV item (education, position, award, …) from its fields by name; dates already read. */
export interface CvInput {
  kind: CvItemKind;
  values: Readonly<Record<string, string | PartialDate | boolean | undefined>>;
  notes?: string;
  hidden?: boolean;
}

export function cvDraft(input: CvInput): ItemDraft {
  const spec = cvKindSpec(input.kind);
  const data: Record<string, unknown> = {};
  // The schema's order, so every file of a kind reads the same way.
  for (const field of knownFields(input.kind)) {
    const fieldSpec = field === spec.argument.field ? spec.argument : spec.options.find((one) => one.field === field);
    const value = input.values[field];
    if (!fieldSpec || value === undefined || value === false) continue;
    if (fieldSpec.type === 'date') data[field] = formatIsoDate(value as PartialDate);
    else if (fieldSpec.type === 'flag') data[field] = true;
    else if (fieldSpec.type === 'url') data[field] = checkUrl(String(value), `--${fieldSpec.flag}`);
    else if (String(value).trim()) data[field] = String(value).trim();
  }
  for (const needed of [spec.argument, ...spec.options.filter((one) => one.required)]) {
    if (data[needed.field] === undefined) throw new UsageError(`${spec.command} needs --${needed.flag}`);
  }
  if (data.current === true && data.end !== undefined) {
    throw new UsageError(`${spec.command}: --current and --end contradict each other`, 'give one of them');
  }
  if (input.hidden) data.hidden = true;
  const check = checkItemFields(input.kind, data);
  if (!check.ok) throw new UsageError(`${spec.command}: ${check.issues.map((issue) => issue.message).join('; ')}`);
  const when = (data.start ?? data.date ?? data.end) as string | undefined;
  const summary = cvItemSummary({ kind: input.kind, fields: check.fields } as CvItem);
  return {
    kind: input.kind,
    stem: `${when ? `${when.slice(0, 4)}-` : ''}${slugFromText(summary, 8)}`,
    data,
    body: input.notes?.trim() ?? '',
  };
}
