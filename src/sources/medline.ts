/**
 * PubMed's MEDLINE format (`.nbib`, "Send to: Citation manager") read as work records: tagged lines (`PMID- `,
 * `FAU - `), continuation lines indented by six spaces, records apart by a blank line. Read here, as citation-js
 * has no maintained MEDLINE reader for its current core.
 */

import { monthFromName } from '../model/partialDate.js';
import { bareDoi, bareOrcid, optional, partialDateText, personFromName } from './sourceValues.js';
import type { SourceReading, WorkPerson, WorkRecord } from './workRecord.js';

interface Field {
  tag: string;
  value: string;
}

/** Each record's fields in order, with the line it starts on. */
function splitRecords(text: string): { line: number; fields: Field[] }[] {
  const records: { line: number; fields: Field[] }[] = [];
  let current: { line: number; fields: Field[] } | undefined;
  text.split(/\r\n?|\n/).forEach((line, index) => {
    const tagged = /^([A-Z][A-Z0-9]{0,3}) {0,3}- (.*)$/.exec(line);
    if (tagged) {
      const [, tag, value] = tagged as unknown as [string, string, string];
      if (tag === 'PMID' || current === undefined) {
        current = { line: index + 1, fields: [] };
        records.push(current);
      }
      current.fields.push({ tag, value: value.trim() });
    } else if (/^ {6}\S/.test(line) && current !== undefined) {
      const last = current.fields.at(-1);
      if (last !== undefined) last.value = `${last.value} ${line.trim()}`;
    } else if (line.trim() === '') {
      current = undefined;
    }
  });
  return records;
}

export function readMedline(text: string, file: string): SourceReading {
  const works: WorkRecord[] = [];
  const unread: SourceReading['unread'] = [];
  for (const record of splitRecords(text)) {
    const values = (tag: string) => record.fields.filter((field) => field.tag === tag).map((field) => field.value);
    const first = (tag: string) => values(tag)[0];
    const pmid = first('PMID');
    const title = first('TI') ?? first('BTI');
    if (title === undefined) {
      unread.push({ file, line: record.line, ...optional('key', pmid), reason: 'has no title (TI)' });
      continue;
    }
    const authors = peopleOf(record.fields, 'FAU', 'AU');
    const editors = peopleOf(record.fields, 'FED', 'ED');
    const ids = [...values('LID'), ...values('AID')];
    const doi = ids
      .filter((id) => /\[doi\]/.test(id))
      .map((id) => bareDoi(id.replace(/\s*\[doi\]$/, '')))
      .find(Boolean);
    const types = values('PT').map((type) => type.toLowerCase());
    const isPreprint = types.includes('preprint');
    const book = first('BTI') !== undefined;
    works.push({
      file,
      line: record.line,
      ...optional('key', pmid === undefined ? undefined : `pmid:${pmid}`),
      type: book ? (first('TI') === undefined ? 'book' : 'chapter') : isPreprint ? 'article' : 'article-journal',
      title: title.replace(/\.$/, ''),
      authors,
      ...(editors.length > 0 ? { editors } : {}),
      ...optional('date', dateOf(first('DP'))),
      ...optional('venue', first('JT') ?? first('TA')),
      ...optional('publisher', first('PB')),
      ...optional('volume', first('VI')),
      ...optional('issue', first('IP')),
      ...optional('pages', first('PG')),
      ...optional('isbn', first('ISBN')),
      ...optional('issn', first('IS')?.replace(/\s*\(.*\)$/, '')),
      ...optional('abstract', first('AB')),
      ids: { ...optional('doi', doi), ...optional('pmid', pmid) },
      ...(isPreprint ? { isPreprint: true } : {}),
    });
  }
  return { works, unread };
}

/** Full names (`FAU - Piwowar, Heather A`) with their `AUID - ORCID: …`, else the short ones (`AU - Piwowar HA`). */
function peopleOf(fields: readonly Field[], full: string, short: string): WorkPerson[] {
  const people: WorkPerson[] = [];
  const useFull = fields.some((field) => field.tag === full);
  for (const field of fields) {
    if (field.tag === (useFull ? full : short)) {
      people.push(useFull ? personFromName(field.value) : shortName(field.value));
    } else if (field.tag === 'AUID' && people.length > 0) {
      const orcid = /ORCID/i.test(field.value) ? bareOrcid(field.value) : undefined;
      const last = people.at(-1) as WorkPerson;
      if (orcid !== undefined) last.orcid = orcid;
    }
  }
  return people;
}

/** `Piwowar HA` → family Piwowar, given H. A. */
function shortName(value: string): WorkPerson {
  const match = /^(.*\S)\s+([A-Z]+)$/.exec(value);
  if (!match) return { literal: value };
  return { family: match[1] as string, given: [...(match[2] as string)].map((initial) => `${initial}.`).join(' ') };
}

/** `2018`, `2018 Feb`, `2018 Feb 13`, `2018 Feb-Mar`. */
function dateOf(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^(\d{4})(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?)?/.exec(value);
  if (!match) return undefined;
  const month = match[2] === undefined ? undefined : monthFromName(match[2]);
  return partialDateText(match[1], month, month === undefined ? undefined : match[3]);
}
