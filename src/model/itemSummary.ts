/** A one-line description of an item, for tables and reports. */
import type { Item } from './items.js';
import type { PartialDate } from './partialDate.js';

export function itemDate(item: Item): PartialDate | undefined {
  return item.kind === 'section' ? undefined : item.fields.date;
}

export function itemSummary(item: Item): string {
  switch (item.kind) {
    case 'publication':
    case 'talk':
      return item.fields.title;
    case 'section':
      return item.fields.title ?? markdownToPlainLine(item.body);
    case 'news':
    case 'service':
      return markdownToPlainLine(item.body);
  }
}

/** Links become their text, emphasis and escapes go, lines are joined. */
export function markdownToPlainLine(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
