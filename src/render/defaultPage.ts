/** The page layout used when `profile.md` does not list its sections. */
import type { Owner, PageSection } from '../model/schema.js';

export function defaultPageSections(owner: Owner): PageSection[] {
  return [
    { kind: 'bio' },
    ...(owner.contact?.length ? [{ kind: 'contact' as const, title: 'Contact' }] : []),
    { kind: 'news', title: 'News' },
    { kind: 'publications', title: 'Publications' },
    { kind: 'talks', title: 'Talks' },
    { kind: 'service', title: 'Service' },
  ];
}
