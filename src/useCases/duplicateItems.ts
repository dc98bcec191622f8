/** Whether a new news item, talk or service entry is already in the profile: same date, same text or title. */
import { ProfileError } from '../errors.js';
import type { Item, ItemKind, Profile } from '../model/items.js';
import { formatIsoDate, type PartialDate } from '../model/partialDate.js';

/** Adding it again would put the same line on the page twice. */
export class DuplicateItemError extends ProfileError {
  readonly existingId: string;

  constructor(existingId: string, what: string) {
    super(`${existingId} has the same ${what}; not added again`, {
      hint: 'pass --force to add it anyway (a terminal asks instead)',
    });
    this.name = 'DuplicateItemError';
    this.existingId = existingId;
  }
}

interface NewItem {
  kind: ItemKind;
  /** The checked fields. */
  fields: Record<string, unknown>;
  body: string;
}

/** Throws DuplicateItemError when `item` repeats one of the profile's: news and service by text, talks by title. */
export function assertNotDuplicate(item: NewItem, profile: Profile): void {
  const same = (existing: readonly Item[], key: (fields: Record<string, unknown>, body: string) => string) => {
    const wanted = key(item.fields, item.body);
    return existing.find((other) => key(other.fields as Record<string, unknown>, other.body) === wanted);
  };
  const byText = (fields: Record<string, unknown>, body: string) => `${dateKey(fields.date)}\n${normalized(body)}`;
  const byTitle = (fields: Record<string, unknown>) => `${dateKey(fields.date)}\n${normalized(String(fields.title))}`;
  const found =
    item.kind === 'news'
      ? same(profile.news, byText)
      : item.kind === 'service'
        ? same(profile.service, byText)
        : item.kind === 'talk'
          ? same(profile.talks, byTitle)
          : undefined;
  if (found) throw new DuplicateItemError(found.id, item.kind === 'talk' ? 'date and title' : 'date and text');
}

function dateKey(date: unknown): string {
  return date === undefined ? '' : formatIsoDate(date as PartialDate);
}

/** Case, spacing and a final full stop do not make another item. */
function normalized(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!。]$/, '')
    .toLowerCase();
}
