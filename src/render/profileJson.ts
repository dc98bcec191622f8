/** The whole profile as one JSON document: publications in CSL-JSON, our own fields beside them. */

import { compareChronological, compareRanked } from '../model/itemOrder.js';
import type { NewsItem, Profile, ServiceItem, TalkItem, TextSectionItem } from '../model/items.js';
import { formatIsoDate } from '../model/partialDate.js';
import { publicationToCsl } from '../model/publicationCsl.js';

export const profileJsonFormat = 'profile-json/1';

export function renderProfileJson(profile: Profile): string {
  const { page, ...owner } = profile.owner;
  const document = {
    format: profileJsonFormat,
    owner,
    page: page ?? {},
    bio: profile.bio,
    sections: profile.sections.map(textSectionJson),
    news: [...profile.news].sort(compareChronological).map(newsJson),
    publications: [...profile.publications].sort(compareRanked).map(publicationToCsl),
    talks: [...profile.talks].sort(compareChronological).map(talkJson),
    service: [...profile.service].sort(compareRanked).map(serviceJson),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function newsJson(item: NewsItem) {
  const { date, ...rest } = item.fields;
  return { id: item.id, date: formatIsoDate(date), ...rest, text: item.body };
}

export function talkJson(item: TalkItem) {
  const { date, ...rest } = item.fields;
  return { id: item.id, date: formatIsoDate(date), ...rest, abstract: item.body };
}

export function serviceJson(item: ServiceItem) {
  const { date, ...rest } = item.fields;
  return { id: item.id, ...(date === undefined ? {} : { date: formatIsoDate(date) }), ...rest, text: item.body };
}

export function textSectionJson(item: TextSectionItem) {
  return { id: item.id, ...item.fields, text: item.body };
}
