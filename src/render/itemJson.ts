/** One item as JSON for scripts (`list --json`): id, kind, file, date, and every field. */
import type { Item } from '../model/items.js';
import { formatIsoDate } from '../model/partialDate.js';

export function itemJson(item: Item): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...item.fields };
  const date = 'date' in item.fields ? item.fields.date : undefined;
  const isoDate = date === undefined ? null : formatIsoDate(date);
  if (isoDate !== null) fields.date = isoDate;
  return {
    id: item.id,
    kind: item.kind,
    file: item.file,
    date: isoDate,
    hidden: 'hidden' in item.fields ? item.fields.hidden === true : false,
    fields,
    body: item.body,
  };
}
