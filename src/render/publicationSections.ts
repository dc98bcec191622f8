/** Which publications a page section shows, in which order and groups: `only`, `sort`, `group`, and the newest ones while none is selected. */
import { compareRanked, newestFirst } from '../model/itemOrder.js';
import type { Profile, PublicationItem } from '../model/items.js';
import { type PageSection, type PublicationFields, yearRangePattern } from '../model/schema.js';

/** How many of the newest publications a selected-only section shows while none is selected. */
export const defaultNewestWhenNoneSelected = 10;

export interface PublicationGroup {
  /** The group's heading text (plain), or `undefined` for a flat section. */
  title: string | undefined;
  items: PublicationItem[];
}

export interface SectionPublications {
  groups: PublicationGroup[];
  /** Set when the section asks for selected publications, none is selected, and it shows the newest instead. */
  fallback?: { shown: number };
}

type Filter = Exclude<PageSection['only'], undefined | 'selected'>;

function filterOf(section: PageSection): Filter {
  return section.only === 'selected' ? { selected: true } : (section.only ?? {});
}

/** A publications section that shows selected publications only. */
export function asksForSelected(section: PageSection): boolean {
  return section.kind === 'publications' && filterOf(section).selected === true;
}

export function sectionPublications(section: PageSection, profile: Profile): SectionPublications {
  const filter = filterOf(section);
  const noneSelected = !profile.publications.some((item) => item.fields.selected === true);
  const fallingBack = filter.selected === true && noneSelected;
  let items = profile.publications.filter((item) => meets(item.fields, filter, fallingBack));
  if (fallingBack) {
    const limit = section.whenNoneSelected ?? defaultNewestWhenNoneSelected;
    items = items
      .filter((item) => item.fields.hidden !== true)
      .sort(compareNewest)
      .slice(0, limit);
  } else {
    items.sort(section.sort === 'newest' ? compareNewest : compareRanked);
  }
  const groups = groupsOf(items, section);
  return fallingBack ? { groups, fallback: { shown: items.length } } : { groups };
}

function meets(fields: PublicationFields, filter: Filter, ignoreSelected: boolean): boolean {
  if (filter.selected === true && !ignoreSelected && fields.selected !== true) return false;
  if (filter.category !== undefined && !filter.category.includes(fields.category ?? typeOf(fields))) return false;
  if (filter.status !== undefined && !filter.status.includes(fields.status ?? 'published')) return false;
  if (filter.years !== undefined) {
    const range = yearRange(filter.years);
    const year = fields.date?.year;
    if (year === undefined || year < range.from || year > range.to) return false;
  }
  return true;
}

function yearRange(text: string): { from: number; to: number } {
  const match = yearRangePattern.exec(text);
  const first = match?.[1] === undefined ? undefined : Number(match[1]);
  if (match?.[4] !== undefined) return { from: Number.NEGATIVE_INFINITY, to: Number(match[4]) };
  if (match?.[2] === undefined) return { from: first ?? 0, to: first ?? 0 };
  return { from: first ?? 0, to: match[3] === undefined ? Number.POSITIVE_INFINITY : Number(match[3]) };
}

/** Newest first; the same date (or none) by `order`, then as `compareRanked` goes on. */
export function compareNewest(a: PublicationItem, b: PublicationItem): number {
  return newestFirst(a.fields.date, b.fields.date) || compareRanked(a, b);
}

/** The groups of `group: type`, in this order, with their shipped headings. */
export const typeGroups = [
  ['journal', 'Journal Articles'],
  ['conference', 'Conference Papers'],
  ['workshop', 'Workshop Papers'],
  ['preprint', 'Preprints'],
  ['book', 'Books'],
  ['chapter', 'Book Chapters'],
  ['thesis', 'Theses'],
  ['report', 'Reports'],
  ['other', 'Other'],
] as const;

type TypeGroup = (typeof typeGroups)[number][0];

/** A preprint or a paper under review is a preprint whatever its venue will be; else its category, else its CSL type's. */
export function typeOf(fields: PublicationFields): TypeGroup {
  if (fields.status === 'preprint' || fields.status === 'under-review') return 'preprint';
  if (fields.category !== undefined) return fields.category;
  switch (fields.type) {
    case 'article-journal':
      return 'journal';
    case 'paper-conference':
      return 'conference';
    case 'article':
      return 'preprint';
    case 'book':
    case 'chapter':
    case 'thesis':
    case 'report':
      return fields.type;
    default:
      return 'other';
  }
}

function groupsOf(items: PublicationItem[], section: PageSection): PublicationGroup[] {
  const titles = section.groupTitles ?? {};
  if (section.group === 'type') {
    return typeGroups
      .map(([key, title]) => ({
        title: titles[key] ?? title,
        items: items.filter((item) => typeOf(item.fields) === key),
      }))
      .filter((group) => group.items.length > 0);
  }
  if (section.group === 'year') {
    const years = [...new Set(items.map((item) => item.fields.date?.year))].sort(
      (a, b) => (b ?? Number.NEGATIVE_INFINITY) - (a ?? Number.NEGATIVE_INFINITY),
    );
    return years.map((year) => {
      const key = year === undefined ? 'undated' : String(year);
      return {
        title: titles[key] ?? (year === undefined ? 'Undated' : key),
        items: items.filter((item) => item.fields.date?.year === year),
      };
    });
  }
  return [{ title: undefined, items }];
}

/** The sections that show the newest publications because none is selected, for the message `export` prints. */
/** A selected-only section that shows the newest publications because none is selected. */
export interface NewestShown {
  /** The section's title, when it has one. */
  title?: string;
  shown: number;
}

export function sectionsShowingNewest(profile: Profile, sections: readonly PageSection[]): NewestShown[] {
  return sections.flatMap((section) => {
    if (section.kind !== 'publications') return [];
    const { fallback } = sectionPublications(section, profile);
    return fallback === undefined
      ? []
      : [{ ...(section.title === undefined ? {} : { title: section.title }), shown: fallback.shown }];
  });
}
