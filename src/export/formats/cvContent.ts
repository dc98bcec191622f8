/** What a CV lists, shared by the RenderCV, JSON Resume and Typst exports: the visible items of each kind, in CV order. */
import { compareChronological, compareRanked, compareText, newestFirst } from '../../model/itemOrder.js';
import type { Profile, PublicationItem } from '../../model/items.js';
import type { PartialDate } from '../../model/partialDate.js';

/** Each section's item type follows from the profile's lists, so it is not spelt out a second time here. */
export type CvContent = ReturnType<typeof cvContent>;

export function cvContent(profile: Profile) {
  return {
    education: visible(profile.education).sort(newestPeriodFirst),
    positions: visible(profile.positions).sort(newestPeriodFirst),
    awards: visible(profile.awards).sort(newestPeriodFirst),
    teaching: visible(profile.teaching).sort(newestPeriodFirst),
    students: visible(profile.students).sort(newestPeriodFirst),
    grants: visible(profile.grants).sort(newestPeriodFirst),
    // Every visible publication, newest first.
    publications: visible(profile.publications).sort(newestPublicationFirst),
    talks: visible(profile.talks).sort(compareChronological),
    service: visible(profile.service).sort(compareRanked),
  };
}

export function isVisible(item: { fields: { hidden?: boolean | undefined } }): boolean {
  return item.fields.hidden !== true;
}

function visible<T extends { fields: { hidden?: boolean | undefined } }>(items: readonly T[] | undefined): T[] {
  return (items ?? []).filter(isVisible);
}

type CvDated = {
  id: string;
  fields: {
    order?: number | undefined;
    start?: PartialDate | undefined;
    end?: PartialDate | undefined;
    current?: boolean | undefined;
    date?: PartialDate | undefined;
  };
};

const ongoing: PartialDate = { year: Number.POSITIVE_INFINITY };

/** What a CV sorts an entry by: still going on first, then the end, the start, or the one date. */
function sortDate(fields: CvDated['fields']): PartialDate | undefined {
  if (fields.current) return ongoing;
  return fields.end ?? fields.start ?? fields.date;
}

/** An `order` puts an entry first; then newest first; undated entries last, then by id. */
export function newestPeriodFirst(a: CvDated, b: CvDated): number {
  const orderA = a.fields.order ?? Number.POSITIVE_INFINITY;
  const orderB = b.fields.order ?? Number.POSITIVE_INFINITY;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return newestFirst(sortDate(a.fields), sortDate(b.fields)) || compareText(a.id, b.id);
}

/** A CV lists publications newest first (not in the page's curated `order`); undated last, then by id. */
export function newestPublicationFirst(a: PublicationItem, b: PublicationItem): number {
  return newestFirst(a.fields.date, b.fields.date) || compareText(a.id, b.id);
}
