/** Small in-memory profiles for the format tests: each test says exactly which items it needs. */
import {
  type CvItem,
  itemFolders,
  type Profile,
  type PublicationItem,
  type ServiceItem,
  type TalkItem,
} from '../../../../src/model/items.js';
import { type PartialDate, parsePartialDate } from '../../../../src/model/partialDate.js';
import type { Owner, PublicationFields, ServiceFields, TalkFields } from '../../../../src/model/schema.js';

export function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

type WithTextDate<T> = Omit<T, 'date'> & { date?: string };

export function publication(
  stem: string,
  fields: WithTextDate<Omit<PublicationFields, 'key'>> & { key?: string },
  body = '',
): PublicationItem {
  const { date: written, ...rest } = fields;
  return {
    kind: 'publication',
    id: `pub/${stem}`,
    file: `publications/${stem}.md`,
    body,
    fields: { key: stem, ...rest, ...(written === undefined ? {} : { date: date(written) }) },
  };
}

export function talk(stem: string, fields: WithTextDate<TalkFields> & { date: string }, body = ''): TalkItem {
  return {
    kind: 'talk',
    id: `talk/${stem}`,
    file: `talks/${stem}.md`,
    body,
    fields: { ...fields, date: date(fields.date) },
  };
}

export function service(stem: string, fields: WithTextDate<ServiceFields>, body: string): ServiceItem {
  const { date: written, ...rest } = fields;
  return {
    kind: 'service',
    id: `service/${stem}`,
    file: `service/${stem}.md`,
    body,
    fields: { ...rest, ...(written === undefined ? {} : { date: date(written) }) },
  };
}

export function profileOf(owner: Owner, items: Partial<Omit<Profile, 'owner'>> = {}): Profile {
  return { owner, bio: '', news: [], publications: [], talks: [], service: [], sections: [], ...items };
}

/** A CV item (education, position, award, …) with its dates written as text. */
export function cvItem<K extends CvItem['kind']>(
  kind: K,
  stem: string,
  fields: Record<string, unknown>,
  body = '',
): Extract<CvItem, { kind: K }> {
  const read = Object.fromEntries(
    Object.entries(fields).map(([name, value]) =>
      ['date', 'start', 'end'].includes(name) && typeof value === 'string' ? [name, date(value)] : [name, value],
    ),
  );
  return {
    kind,
    id: `${itemFolders[kind].idPrefix}/${stem}`,
    file: `${itemFolders[kind].folder}/${stem}.md`,
    body,
    fields: read,
  } as Extract<CvItem, { kind: K }>;
}
