/**
 * `csl-json`: every publication as a CSL-JSON item, hidden ones included (`custom.hidden`), in the page's order;
 * the same items as the `publications` of the `json` export, our own fields under `custom`.
 */
import { compareRanked } from '../../model/itemOrder.js';
import type { Profile } from '../../model/items.js';
import { publicationToCsl } from '../../model/publicationCsl.js';

export function renderCslJson(profile: Profile): string {
  const items = [...profile.publications].sort(compareRanked).map(publicationToCsl);
  return `${JSON.stringify(items, null, 2)}\n`;
}
