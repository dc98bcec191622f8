/** A one-line description of an item, for tables and reports. */
import type { CvItem, Item } from './items.js';
import type { PartialDate } from './partialDate.js';

export function itemDate(item: Item): PartialDate | undefined {
  switch (item.kind) {
    case 'section':
      return undefined;
    case 'education':
    case 'position':
    case 'student':
    case 'grant':
      return item.fields.start ?? item.fields.end;
    default:
      return item.fields.date;
  }
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
    default:
      return cvItemSummary(item);
  }
}

/** `PhD in Computer Science, Zhejiang University`, `Researcher, Tongyi Lab`. */
export function cvItemSummary(item: CvItem): string {
  const joined = (...parts: (string | undefined)[]) => parts.filter((part) => part?.trim()).join(', ');
  switch (item.kind) {
    case 'education': {
      const { degree, field, institution } = item.fields;
      return joined(field ? `${degree} in ${field}` : degree, institution);
    }
    case 'position':
      return joined(item.fields.title, item.fields.organisation);
    case 'award':
      return joined(item.fields.name, item.fields.by);
    case 'teaching':
      return joined(item.fields.course, item.fields.role, item.fields.term);
    case 'student':
      return joined(item.fields.name, item.fields.level);
    case 'grant':
      return joined(item.fields.title, item.fields.funder);
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
