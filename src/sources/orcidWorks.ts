/**
 * ORCID public API v3.0 works read as work records: the works summary (`group[]` of `work-summary[]`, one group per
 * work, the version with the highest `display-index` preferred, as ORCID shows it), a bulk response (`bulk[].work`)
 * and a full work (with `contributors`).
 */

import type { WorkIdentifiers } from '../model/workIdentifiers.js';
import { bareArxiv, bareDoi, bareOrcid, optional, partialDateText, personFromName, textOf } from './sourceValues.js';
import type { WorkPerson, WorkRecord } from './workRecord.js';

type Json = Record<string, unknown>;

const cslTypeOfOrcidType: Readonly<Record<string, string>> = {
  'journal-article': 'article-journal',
  'conference-paper': 'paper-conference',
  'book-chapter': 'chapter',
  book: 'book',
  'edited-book': 'book',
  'dissertation-thesis': 'thesis',
  dissertation: 'thesis',
  report: 'report',
  'working-paper': 'report',
  preprint: 'article',
  'data-set': 'dataset',
  software: 'software',
  patent: 'patent',
  'magazine-article': 'article-magazine',
  'newspaper-article': 'article-newspaper',
  website: 'webpage',
  'conference-poster': 'paper-conference',
  'conference-abstract': 'paper-conference',
};

/** The works of a summary: one per group, its preferred version. */
export function orcidSummaryWorks(document: Json, file: string): WorkRecord[] {
  const owner = bareOrcid(document.path);
  const groups = Array.isArray(document.group) ? (document.group as Json[]) : [];
  const works: WorkRecord[] = [];
  groups.forEach((group, index) => {
    const versions = Array.isArray(group['work-summary']) ? (group['work-summary'] as Json[]) : [];
    const preferred = preferredVersion(versions);
    if (preferred !== undefined) works.push(orcidWork(preferred, file, index + 1, owner));
  });
  return works;
}

/** ORCID shows the version of a group with the highest display index; ties keep the first listed. */
function preferredVersion(versions: readonly Json[]): Json | undefined {
  let best: Json | undefined;
  let bestIndex = Number.NEGATIVE_INFINITY;
  for (const version of versions) {
    const index = Number(version['display-index'] ?? 0);
    const value = Number.isFinite(index) ? index : 0;
    if (best === undefined || value > bestIndex) {
      best = version;
      bestIndex = value;
    }
  }
  return best;
}

/** One work (a summary or a full work); `owner` is the ORCID iD of the record listing it. */
export function orcidWork(work: Json, file: string, line: number, owner?: string): WorkRecord {
  const putCode = textOf(work['put-code']);
  const recordOwner = owner ?? bareOrcid(work.path);
  const ids = identifiersOf(work['external-ids'] as Json | undefined);
  const titleGroup = (work.title ?? {}) as Json;
  const title = textOf((titleGroup.title as Json | undefined)?.value);
  const subtitle = textOf((titleGroup.subtitle as Json | undefined)?.value);
  // API 2.x wrote the enum's names (`JOURNAL_ARTICLE`); 3.0 writes `journal-article`.
  const orcidType = (textOf(work.type) ?? '').toLowerCase().replaceAll('_', '-');
  const published = (work['publication-date'] ?? {}) as Json;
  const part = (name: string) => (published[name] as Json | undefined)?.value;
  const date = partialDateText(part('year'), part('month'), part('day'));
  const contributors = ((work.contributors as Json | undefined)?.contributor ?? []) as Json[];
  const authors: WorkPerson[] = [];
  const editors: WorkPerson[] = [];
  for (const contributor of Array.isArray(contributors) ? contributors : []) {
    const name = textOf((contributor['credit-name'] as Json | undefined)?.value);
    if (name === undefined) continue;
    const orcid = bareOrcid((contributor['contributor-orcid'] as Json | undefined)?.path);
    const role = textOf((contributor['contributor-attributes'] as Json | undefined)?.['contributor-role']) ?? '';
    const person = { ...personFromName(name), ...optional('orcid', orcid) };
    if (/editor/i.test(role)) editors.push(person);
    else authors.push(person);
  }
  const url = textOf((work.url as Json | undefined)?.value);
  return {
    file,
    line,
    ...(putCode === undefined ? {} : { key: `orcid:${recordOwner === undefined ? '' : `${recordOwner}:`}${putCode}` }),
    type: cslTypeOfOrcidType[orcidType] ?? 'document',
    ...optional('title', title === undefined ? undefined : subtitle === undefined ? title : `${title}: ${subtitle}`),
    authors,
    ...(editors.length > 0 ? { editors } : {}),
    ...optional('date', date),
    ...optional('venue', textOf((work['journal-title'] as Json | undefined)?.value)),
    ...optional('url', url),
    ...optional('abstract', textOf(work['short-description'])),
    ids: { ...ids, ...optional('orcidPutCode', putCode) },
    ...(orcidType === 'preprint' || (ids.arxiv !== undefined && ids.doi === undefined) ? { isPreprint: true } : {}),
    ...(recordOwner === undefined ? {} : { listedBy: { orcid: recordOwner } }),
  };
}

/** The work's own identifiers (`relationship: self`): a DOI of the journal or a part-of ISBN is another work's. */
function identifiersOf(external: Json | undefined): WorkIdentifiers {
  const list = (external?.['external-id'] ?? []) as Json[];
  const ids: WorkIdentifiers = {};
  for (const id of Array.isArray(list) ? list : []) {
    const relationship = id['external-id-relationship'];
    if (relationship != null && String(relationship).toLowerCase() !== 'self') continue;
    const type = String(id['external-id-type'] ?? '').toLowerCase();
    const value = textOf((id['external-id-normalized'] as Json | undefined)?.value) ?? textOf(id['external-id-value']);
    if (value === undefined) continue;
    if (type === 'doi') ids.doi ??= bareDoi(value);
    else if (type === 'arxiv') ids.arxiv ??= bareArxiv(value) ?? bareArxiv(`arxiv:${value}`);
    else if (type === 'pmid') ids.pmid ??= /\d+/.exec(value)?.[0];
  }
  return ids;
}
