/** An imported page in a few readable lines per item and section, so that tests can state exactly what it became. */
import type { ImportPageReport } from '../../../src/importPage/planProfile/pageReport.js';
import type { Profile, PublicationItem, TalkItem } from '../../../src/model/items.js';
import { formatIsoDate } from '../../../src/model/partialDate.js';
import type { Author } from '../../../src/model/schema.js';

export interface ImportDescription {
  sections: string[];
  kept: string[];
  news: string[];
  publications: string[];
  talks: string[];
  service: string[];
  textSections: string[];
  /** The CV items read from Education, Experience, Awards and Teaching sections; present when there are some. */
  cv?: string[];
}

/** `line heading kind page`, the lines kept as written, and each item's fields on one line. */
export function describeFolder(report: ImportPageReport, profile: Profile): ImportDescription {
  const hidden = (item: { fields: { hidden?: boolean | undefined } }) => (item.fields.hidden ? ' (hidden)' : '');
  const order = (item: { fields: { order?: number | undefined } }) =>
    item.fields.order === undefined ? '' : ` #${item.fields.order}`;
  return {
    sections: report.sections.map(
      (section) => `${section.line} ${section.heading ?? '(bio)'}: ${section.kind}, ${section.page}`,
    ),
    kept: report.sections.flatMap((section) =>
      section.kept.map((kept) => `${kept.line}-${kept.endLine} ${kept.file}${kept.hidden ? ' (hidden)' : ''}`),
    ),
    news: sortedById(profile.news).map(
      (item) => `${formatIsoDate(item.fields.date)}${order(item)}${hidden(item)}: ${item.body}`,
    ),
    publications: sortedById(profile.publications).map(describePublication),
    talks: sortedById(profile.talks).map(describeTalk),
    service: sortedById(profile.service).map(
      (item) =>
        `${item.fields.role ?? '-'} ${item.fields.date ? formatIsoDate(item.fields.date) : '-'}${order(item)}${hidden(item)}: ${item.body}`,
    ),
    textSections: sortedById(profile.sections).map(
      (item) => `${item.id}${item.fields.title ? ` "${item.fields.title}"` : ''}${hidden(item)}`,
    ),
    ...cvDescription(profile),
  };
}

/** Each CV item as its id and its fields in the file's order, dates as the file writes them. */
function cvDescription(profile: Profile): { cv?: string[] } {
  const items = [
    ...(profile.education ?? []),
    ...(profile.positions ?? []),
    ...(profile.awards ?? []),
    ...(profile.teaching ?? []),
  ];
  if (items.length === 0) return {};
  const value = (field: unknown) =>
    field !== null && typeof field === 'object'
      ? formatIsoDate(field as Parameters<typeof formatIsoDate>[0])
      : String(field);
  return {
    cv: sortedById(items).map((item) => {
      const fields = Object.entries(item.fields).map(([name, field]) => `${name}: ${value(field)}`);
      return [item.id, ...fields, ...(item.body ? [`notes: ${item.body}`] : [])].join(' | ');
    }),
  };
}

function sortedById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function authorText(author: Author): string {
  const name = author.literal ?? [author.given, author.family].filter(Boolean).join(' ');
  return `${name}${author.equal ? '*' : ''}${author.corresponding ? '#' : ''}`;
}

function describePublication(item: PublicationItem): string {
  const { fields } = item;
  const parts = [
    `${fields.key}${fields.order === undefined ? '' : ` #${fields.order}`}${fields.hidden ? ' (hidden)' : ''}${fields.selected ? ' selected' : ''}`,
    `"${fields.title}"`,
    fields.authors.map(authorText).join(', '),
    ...(fields.label ? [`label: ${fields.label}`] : []),
    ...(fields.venue ? [`venue: ${fields.venue}`] : []),
    ...(fields.volume ? [`volume: ${fields.volume}`] : []),
    ...(fields.issue ? [`issue: ${fields.issue}`] : []),
    ...(fields.pages ? [`pages: ${fields.pages}`] : []),
    ...(fields.date ? [`date: ${formatIsoDate(fields.date)}`] : []),
    ...(fields.url ? [`url: ${fields.url}`] : []),
    ...(fields.links ?? []).map((link) => `${link.name ?? link.type}: ${link.url}`),
    ...(fields.arxiv ? [`arxiv: ${fields.arxiv}`] : []),
    ...(fields.doi ? [`doi: ${fields.doi}`] : []),
    [fields.type, fields.status, fields.category].filter(Boolean).join('/'),
  ];
  return parts.filter((part) => part !== '').join(' | ');
}

function describeTalk(item: TalkItem): string {
  const { fields } = item;
  return [
    `${formatIsoDate(fields.date)}${fields.order === undefined ? '' : ` #${fields.order}`}${fields.hidden ? ' (hidden)' : ''}`,
    fields.venue ?? '-',
    `"${fields.title}"`,
    ...(fields.url ? [`url: ${fields.url}`] : []),
    ...(fields.slides ? [`slides: ${fields.slides}`] : []),
    ...(fields.video ? [`video: ${fields.video}`] : []),
    ...(fields.type ? [fields.type] : []),
    ...(fields.lang ? [fields.lang] : []),
  ].join(' | ');
}
