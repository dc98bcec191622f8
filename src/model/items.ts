/** The items of a profile, what a loaded profile holds, and how ids are made from file names. */
import type * as v from 'valibot';
import type { itemSchemas } from './itemSchemas.js';
import type { NewsFields, Owner, PublicationFields, ServiceFields, TalkFields, TextSectionFields } from './schema.js';

export type ItemKind = 'news' | 'publication' | 'talk' | 'service' | 'section' | CvItemKind;

/** The kinds a CV has besides publications, talks and service. */
export const cvItemKinds = ['education', 'position', 'award', 'teaching', 'student', 'grant'] as const;
export type CvItemKind = (typeof cvItemKinds)[number];

/** The folder that holds each kind, and the prefix of its ids. */
export const itemFolders: Readonly<Record<ItemKind, { folder: string; idPrefix: string }>> = {
  news: { folder: 'news', idPrefix: 'news' },
  publication: { folder: 'publications', idPrefix: 'pub' },
  talk: { folder: 'talks', idPrefix: 'talk' },
  service: { folder: 'service', idPrefix: 'service' },
  section: { folder: 'sections', idPrefix: 'section' },
  education: { folder: 'education', idPrefix: 'education' },
  position: { folder: 'positions', idPrefix: 'position' },
  award: { folder: 'awards', idPrefix: 'award' },
  teaching: { folder: 'teaching', idPrefix: 'teaching' },
  student: { folder: 'students', idPrefix: 'student' },
  grant: { folder: 'grants', idPrefix: 'grant' },
};

/** File names are lower-case ASCII so that they mean the same file on every file system. */
export const safeFileStem = /^[a-z0-9][a-z0-9-]{0,99}$/;

interface ItemBase {
  /** `news/2025-07-joined-tongyi-lab`, `pub/wang2024wise`. */
  readonly id: string;
  /** Path relative to the profile folder, with `/` separators. */
  readonly file: string;
  /** The Markdown body, trimmed. */
  readonly body: string;
}

export interface NewsItem extends ItemBase {
  readonly kind: 'news';
  readonly fields: NewsFields;
}
export interface PublicationItem extends ItemBase {
  readonly kind: 'publication';
  readonly fields: PublicationFields;
}
export interface TalkItem extends ItemBase {
  readonly kind: 'talk';
  readonly fields: TalkFields;
}
export interface ServiceItem extends ItemBase {
  readonly kind: 'service';
  readonly fields: ServiceFields;
}
export interface TextSectionItem extends ItemBase {
  readonly kind: 'section';
  readonly fields: TextSectionFields;
}

/** A CV item of `kind`: its fields are what that kind's schema reads. */
export interface CvItemOf<K extends CvItemKind> extends ItemBase {
  readonly kind: K;
  readonly fields: v.InferOutput<(typeof itemSchemas)[K]>;
}
export type EducationItem = CvItemOf<'education'>;
export type PositionItem = CvItemOf<'position'>;
export type AwardItem = CvItemOf<'award'>;
export type TeachingItem = CvItemOf<'teaching'>;
export type StudentItem = CvItemOf<'student'>;
export type GrantItem = CvItemOf<'grant'>;
export type CvItem = EducationItem | PositionItem | AwardItem | TeachingItem | StudentItem | GrantItem;

export type Item = NewsItem | PublicationItem | TalkItem | ServiceItem | TextSectionItem | CvItem;

export interface Profile {
  readonly owner: Owner;
  /** The body of profile.md, trimmed. */
  readonly bio: string;
  readonly news: readonly NewsItem[];
  readonly publications: readonly PublicationItem[];
  readonly talks: readonly TalkItem[];
  readonly service: readonly ServiceItem[];
  readonly sections: readonly TextSectionItem[];
  // The CV kinds are optional so that a profile built in memory (an import plan, a test) need not name them;
  // loadProfile always fills them.
  readonly education?: readonly EducationItem[];
  readonly positions?: readonly PositionItem[];
  readonly awards?: readonly AwardItem[];
  readonly teaching?: readonly TeachingItem[];
  readonly students?: readonly StudentItem[];
  readonly grants?: readonly GrantItem[];
}

export function itemId(kind: ItemKind, fileStem: string): string {
  return `${itemFolders[kind].idPrefix}/${fileStem}`;
}

export function allItems(profile: Profile): Item[] {
  return [
    ...profile.news,
    ...profile.publications,
    ...profile.talks,
    ...profile.service,
    ...profile.sections,
    ...(profile.education ?? []),
    ...(profile.positions ?? []),
    ...(profile.awards ?? []),
    ...(profile.teaching ?? []),
    ...(profile.students ?? []),
    ...(profile.grants ?? []),
  ];
}
