/** The page layout used when `profile.md` does not list its sections. */
import type { Profile } from '../model/items.js';
import type { Owner, PageSection } from '../model/schema.js';

/** The sections `profile.md` lists, or the shipped ones. */
export function pageSectionsOf(profile: Profile): PageSection[] {
  return profile.owner.page?.sections ?? defaultPageSections(profile.owner);
}

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
