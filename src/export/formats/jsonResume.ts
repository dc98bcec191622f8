/**
 * `jsonresume`: a `resume.json` in the JSON Resume schema. `basics` from profile.md; positions as `work`;
 * `education`; awards, then the publications' `award`; service and teaching as `volunteer`; publications; talks
 * as `projects` of their talk type. Hidden items are left out, and a value the schema would refuse (a relative
 * URL, an e-mail without a domain) is not written.
 */

import { markdownToPlainText } from '../../markdown/plainText.js';
import { compareChronological, compareRanked, compareText, newestFirst } from '../../model/itemOrder.js';
import type {
  AwardItem,
  EducationItem,
  PositionItem,
  Profile,
  PublicationItem,
  ServiceItem,
  TalkItem,
  TeachingItem,
} from '../../model/items.js';
import { formatIsoDate, type PartialDate } from '../../model/partialDate.js';
import type { Owner } from '../../model/schema.js';
import { cvContent } from './cvContent.js';
import { paperLinks } from './paperLinks.js';

export function renderJsonResume(profile: Profile): string {
  const publications = profile.publications.filter(isVisible).sort(newestPublicationFirst);
  const service = profile.service.filter(isVisible).sort(compareRanked);
  const talks = profile.talks.filter(isVisible).sort(compareChronological);
  const awards = publications.filter((item) => item.fields.award !== undefined);
  const cv = cvContent(profile);
  const resume = {
    basics: basics(profile.owner, profile.bio),
    // In the schema's own order of sections.
    ...listed('work', cv.positions.map(workEntry)),
    ...listed('volunteer', [...service.map(serviceEntry), ...cv.teaching.map(teachingEntry)]),
    ...listed('education', cv.education.map(educationEntry)),
    ...listed('awards', [...cv.awards.map(cvAwardEntry), ...awards.map(awardEntry)]),
    ...listed('publications', publications.map(publicationEntry)),
    ...listed('projects', talks.map(talkEntry)),
  };
  return `${JSON.stringify(resume, null, 2)}\n`;
}

function isVisible(item: { fields: { hidden?: boolean | undefined } }): boolean {
  return item.fields.hidden !== true;
}

/** A CV lists publications newest first (not in the page's curated `order`); undated last, then by id. */
function newestPublicationFirst(a: PublicationItem, b: PublicationItem): number {
  return newestFirst(a.fields.date, b.fields.date) || compareText(a.id, b.id);
}

function listed<K extends string, T>(key: K, entries: T[]): Partial<Record<K, T[]>> {
  return entries.length === 0 ? {} : ({ [key]: entries } as Record<K, T[]>);
}

/** Only what is set: JSON Resume themes print an empty string as an empty line. */
function defined<T extends Record<string, unknown>>(entry: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

function basics(owner: Owner, bio: string) {
  const profiles = (owner.links ?? [])
    .filter((link) => isAbsoluteUri(link.url))
    .map((link) => ({ network: link.name, url: link.url }));
  return defined({
    name: owner.name,
    label: owner.label,
    email: (owner.email ?? []).find(isEmailAddress),
    phone: owner.phone,
    summary: markdownToPlainText(bio),
    profiles: profiles.length === 0 ? undefined : profiles,
  });
}

function publicationEntry(item: PublicationItem) {
  const { fields } = item;
  return defined({
    name: fields.title,
    publisher: fields.venue ?? fields.publisher,
    releaseDate: resumeDate(fields.date),
    url: paperLinks(fields).find(isAbsoluteUri),
    summary: markdownToPlainText(item.body),
  });
}

function awardEntry(item: PublicationItem) {
  const { fields } = item;
  return defined({
    title: fields.award,
    date: resumeDate(fields.date),
    awarder: fields.label ?? fields.venue,
    summary: fields.title,
  });
}

function workEntry(item: PositionItem) {
  const { fields } = item;
  return defined({
    name: fields.organisation,
    position: fields.title,
    location: fields.location,
    url: absoluteUri(fields.url),
    ...resumePeriod(fields),
    summary: markdownToPlainText(item.body),
  });
}

function educationEntry(item: EducationItem) {
  const { fields } = item;
  const notes = [
    ...(fields.thesis ? [`Thesis: ${fields.thesis}`] : []),
    ...(fields.advisor ? [`Advisor: ${fields.advisor}`] : []),
  ];
  return defined({
    institution: fields.institution,
    url: absoluteUri(fields.url),
    area: fields.field,
    studyType: fields.degree,
    ...resumePeriod(fields),
    courses: notes.length === 0 ? undefined : notes,
  });
}

function cvAwardEntry(item: AwardItem) {
  const { fields } = item;
  return defined({
    title: fields.name,
    date: resumeDate(fields.date),
    awarder: fields.by,
    summary: markdownToPlainText(item.body),
  });
}

function teachingEntry(item: TeachingItem) {
  const { fields } = item;
  return defined({
    organization: fields.institution,
    position: fields.role ?? 'Teaching',
    url: absoluteUri(fields.url),
    startDate: resumeDate(fields.date),
    summary: [fields.course, fields.term].filter(Boolean).join(', '),
    highlights: item.body.trim() === '' ? undefined : [markdownToPlainText(item.body)],
  });
}

function serviceEntry(item: ServiceItem) {
  const role = item.fields.role;
  return defined({
    position: role === undefined || role === 'other' ? undefined : `${role[0]?.toUpperCase() ?? ''}${role.slice(1)}`,
    startDate: resumeDate(item.fields.date),
    summary: markdownToPlainText(item.body),
  });
}

function talkEntry(item: TalkItem) {
  const { fields } = item;
  return defined({
    name: fields.title,
    type: fields.type ?? 'talk',
    entity: fields.venue,
    startDate: resumeDate(fields.date),
    url: [fields.url, fields.slides, fields.video].find(isAbsoluteUri),
    description: markdownToPlainText(item.body),
  });
}

/** The schema's `iso8601` pattern, at the date's own precision; it only knows the years 1000 to 2999. */
function resumeDate(date: PartialDate | undefined): string | undefined {
  return date === undefined || date.year >= 3000 ? undefined : formatIsoDate(date);
}

/** From when to when; an ongoing one (a position, studies) has no end date in JSON Resume. */
function resumePeriod(fields: {
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
  current?: boolean | undefined;
}) {
  return { startDate: resumeDate(fields.start), endDate: fields.current ? undefined : resumeDate(fields.end) };
}

/** The URL when the schema takes it (see isAbsoluteUri), else none. */
function absoluteUri(url: string | undefined): string | undefined {
  return isAbsoluteUri(url) ? url : undefined;
}

/** The schema's `uri` format: a scheme, then no whitespace. */
function isAbsoluteUri(url: string | undefined): url is string {
  return url !== undefined && /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/.test(url);
}

/** Stricter than the schema's `email` format, so that what passes here passes there. */
function isEmailAddress(email: string): boolean {
  const atom = "[\\w!#$%&'*+/=?^`{|}~-]+";
  const label = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
  return new RegExp(`^${atom}(?:\\.${atom})*@${label}(?:\\.${label})+$`).test(email);
}
