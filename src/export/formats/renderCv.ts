/**
 * `rendercv`: a RenderCV 2.8 input file (`rendercv render cv.yaml`). Every CV section with its visible items;
 * publications newest first with the owner in bold and the bare DOI or the URL. Text is written so that
 * RenderCV prints it as it is (docs/rendercv.md lists the traps: `#` before a letter, `<…>`, `$$`, Markdown marks).
 */
import { stringify } from 'yaml';
import { markdownToPlainText } from '../../markdown/plainText.js';
import { displayName, ownerMatcher } from '../../model/authorNames.js';
import { creditedNames, editorsMark } from '../../model/creditedNames.js';
import type {
  AwardItem,
  EducationItem,
  GrantItem,
  PositionItem,
  Profile,
  PublicationItem,
  ServiceItem,
  StudentItem,
  TalkItem,
  TeachingItem,
} from '../../model/items.js';
import { formatIsoDate, type PartialDate } from '../../model/partialDate.js';
import type { Author, Owner } from '../../model/schema.js';
import { cvContent } from './cvContent.js';
import { socialProfiles } from './socialProfiles.js';

export function renderRenderCv(profile: Profile): string {
  const content = cvContent(profile);
  const isOwner = ownerMatcher(profile.owner.nameVariants ?? [profile.owner.name]);
  const summary = markdownToPlainText(profile.bio);
  const sections: Record<string, unknown[]> = {};
  const add = (title: string, entries: unknown[]) => {
    if (entries.length > 0) sections[title] = entries;
  };
  add('Summary', summary === '' ? [] : summary.split('\n\n').map(cvText));
  add('Experience', content.positions.map(positionEntry));
  add('Education', content.education.map(educationEntry));
  add(
    'Publications',
    content.publications.map((item) => publicationEntry(item, isOwner)),
  );
  add('Awards', content.awards.map(awardEntry));
  add('Grants', content.grants.map(grantEntry));
  add('Talks', content.talks.map(talkEntry));
  add('Teaching', content.teaching.map(teachingEntry));
  add('Students', content.students.map(studentEntry));
  add('Service', content.service.map(serviceEntry));
  const document = { cv: { ...header(profile.owner), ...(Object.keys(sections).length ? { sections } : {}) } };
  return `# RenderCV 2.8 input written by \`profile export --format rendercv\`; render it with \`rendercv render\`.\n${stringify(document, { lineWidth: 0 })}`;
}

/**
 * Text that RenderCV prints as written: Markdown marks escaped, `#` before a letter (raw Typst to RenderCV)
 * and `$$` (Typst math) broken up, and a zero-width space after `<` so that `<tag>` is not dropped as HTML.
 */
export function cvText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\*_`[\]]/g, (character) => `\\${character}`)
    .replace(/#(?=\p{L})/gu, '#sym.hash#h(0pt)')
    .replace(/\$(?=\$)/g, '$\u200b')
    .replace(/<(?=[\p{L}/!?])/gu, '<\u200b')
    .trim();
}

/** Optional text: undefined when empty, so the key is left out. */
function optionalText(text: string | undefined): string | undefined {
  const cleaned = text === undefined ? '' : cvText(text);
  return cleaned === '' ? undefined : cleaned;
}

/** An entry made from the item's fields, whose highlights are the lines of the item's body, after its own fields. */
function withBodyLines<Fields, T extends Record<string, unknown>>(
  item: { fields: Fields; body: string },
  entry: (fields: Fields) => T,
) {
  return defined({ ...entry(item.fields), highlights: bodyLines(item.body) });
}

function defined<T extends Record<string, unknown>>(entry: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}

/** RenderCV reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`; a year it cannot hold is left out. */
function cvDate(date: PartialDate | undefined): string | undefined {
  return date === undefined || date.year < 1 || date.year > 9999 ? undefined : formatIsoDate(date);
}

function period(fields: {
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
  current?: boolean | undefined;
}) {
  let start = cvDate(fields.start);
  const end = fields.current ? 'present' : cvDate(fields.end);
  // `present` needs a start; an end alone is the entry's one date.
  if (start === undefined) return end === undefined || end === 'present' ? {} : { date: end };
  if (
    end !== undefined &&
    end !== 'present' &&
    fields.start &&
    fields.end &&
    startsAfterEnd(fields.start, fields.end)
  ) {
    // RenderCV reads `2020` as 2020-01-01 and refuses a start after the end: `2020-09` to `2020` is written at the
    // end's precision (`2020` to `2020`); a period that really runs backwards is written as text, as it stands.
    const startAtEndPrecision = {
      year: fields.start.year,
      ...(fields.end.month === undefined ? {} : { month: fields.start.month }),
    };
    if (cvDate(startAtEndPrecision) !== end) return { date: `${start} – ${end}` };
    start = end;
  }
  return { start_date: start, ...(end === undefined ? {} : { end_date: end }) };
}

/** True when RenderCV, which reads a missing month or day as the first, would find the start after the end. */
function startsAfterEnd(start: PartialDate, end: PartialDate): boolean {
  const key = (date: PartialDate) => date.year * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1);
  return key(start) > key(end);
}

function bodyLines(body: string): string[] {
  const text = markdownToPlainText(body);
  return text === '' ? [] : text.split('\n\n').map(cvText);
}

function header(owner: Owner) {
  const { email, phone, website, networks } = socialProfiles(owner);
  return defined({
    name: cvText(owner.name),
    headline: optionalText(owner.label),
    email,
    // RenderCV takes international numbers only (`+86 188 …`).
    phone: phone !== undefined && /^\+\d[\d ()-]{5,}\d$/.test(phone) ? phone : undefined,
    website,
    social_networks: networks.length ? networks : undefined,
  });
}

function educationEntry(item: EducationItem) {
  const f = item.fields;
  return defined({
    institution: cvText(f.institution),
    // `area` is required: the field, or the degree when there is none.
    area: cvText(f.field ?? f.degree),
    degree: f.field === undefined ? undefined : cvText(f.degree),
    location: optionalText(f.location),
    ...period(f),
    highlights: [
      ...(f.thesis ? [`Thesis: ${cvText(f.thesis)}`] : []),
      ...(f.advisor ? [`Advisor: ${cvText(f.advisor)}`] : []),
      ...bodyLines(item.body),
    ],
  });
}

function positionEntry(item: PositionItem) {
  return withBodyLines(item, (f) => ({
    company: cvText(f.organisation),
    position: cvText(f.title),
    location: optionalText(f.location),
    ...period(f),
  }));
}

function publicationEntry(item: PublicationItem, isOwner: (author: Author) => boolean) {
  const f = item.fields;
  const doi = f.doi?.replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '');
  const url = [
    f.url,
    f.arxiv === undefined ? undefined : `https://arxiv.org/abs/${f.arxiv.replace(/^arxiv:\s*/i, '')}`,
  ].find((candidate) => candidate !== undefined && /^https?:\/\/\S+$/.test(candidate));
  return defined({
    title: cvText(f.title),
    authors: creditedAuthorNames(f, isOwner),
    ...(doi?.includes('10.') ? { doi } : url === undefined ? {} : { url }),
    journal: optionalText(f.label ?? f.venue ?? f.publisher),
    date: cvDate(f.date),
    summary: optionalText(f.award),
  });
}

/** The authors, or an edited volume's editors with `(eds.)` after the last, as the page writes them. */
function creditedAuthorNames(f: PublicationItem['fields'], isOwner: (author: Author) => boolean): string[] {
  const { names, editors } = creditedNames(f);
  const written = names.map((author) => authorName(author, isOwner(author)));
  if (editors) written[written.length - 1] += ` ${editorsMark(names.length)}`;
  return written;
}

/** The owner in bold; `*` equal contribution and `#` corresponding, as on the page. */
function authorName(author: Author, owner: boolean): string {
  const marks = `${author.equal ? '\\*' : ''}${author.corresponding ? '\\#' : ''}`;
  const name = `${cvText(displayName(author))}${marks}`;
  return owner ? `**${name}**` : name;
}

function awardEntry(item: AwardItem) {
  return withBodyLines(item, (f) => ({
    name: cvText(f.name),
    date: cvDate(f.date),
    location: optionalText(f.by),
  }));
}

/** The parts that have text, joined; none when no part has. */
function joinedParts(parts: (string | undefined)[], separator = ', '): string | undefined {
  const present = parts.filter((part): part is string => Boolean(part?.trim()));
  return present.length ? cvText(present.join(separator)) : undefined;
}

function grantEntry(item: GrantItem) {
  return withBodyLines(item, (f) => ({
    name: cvText(f.title),
    ...period(f),
    summary: joinedParts([f.funder, f.role, f.amount]),
  }));
}

function talkEntry(item: TalkItem) {
  const f = item.fields;
  return defined({
    name: cvText(f.title),
    date: cvDate(f.date),
    location: joinedParts([f.venue, f.location]),
  });
}

function teachingEntry(item: TeachingItem) {
  return withBodyLines(item, (f) => ({
    name: cvText(f.course),
    // A term is free text, which RenderCV prints as given.
    date: optionalText(f.term) ?? cvDate(f.date),
    summary: joinedParts([f.role, f.institution]),
  }));
}

function studentEntry(item: StudentItem) {
  return withBodyLines(item, (f) => ({
    name: cvText(f.name),
    ...period(f),
    summary: joinedParts([f.level, f.now], '; '),
  }));
}

function serviceEntry(item: ServiceItem) {
  return { bullet: cvText(markdownToPlainText(item.body)) || '-' };
}
