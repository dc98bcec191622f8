/** How often a publication is cited, as a page or a list shows it: the count the user wrote, else the highest count a source gave. */
import type { PublicationFields } from './schema.js';

export function citationCount(fields: Pick<PublicationFields, 'citations' | 'citedBy'>): number | undefined {
  if (fields.citations !== undefined) return fields.citations;
  const counts = (fields.citedBy ?? []).map((snapshot) => snapshot.count);
  return counts.length === 0 ? undefined : Math.max(...counts);
}
