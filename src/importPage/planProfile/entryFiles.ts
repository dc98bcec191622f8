/**
 * Entries read from the page as item files (front matter and body), the items the loader will make of those
 * files, and the Markdown the export writes for them: the importer checks its work with the real renderer.
 */

import { parseFrontMatterFile } from '../../frontMatter/frontMatter.js';
import { serializeItemFile } from '../../frontMatter/itemFile.js';
import { citationKey } from '../../model/itemDrafts.js';
import { checkItemFields } from '../../model/itemSchemas.js';
import { markdownSummary } from '../../model/itemSummary.js';
import type { Item, ItemKind, Profile } from '../../model/items.js';
import { type DateStyle, formatIsoDate } from '../../model/partialDate.js';
import type { PageSection } from '../../model/schema.js';
import { slugFromText, stemFromCitationKey } from '../../model/slug.js';
import { renderAboutPage } from '../../render/aboutPage.js';
import type { AuthorListStyle } from '../../render/authorList.js';
import { cvEntryDraft } from '../readEntries/cvEntries.js';
import type { PageEntry } from '../readEntries/importedItems.js';

export interface ItemDraft {
  kind: ItemKind;
  /** The front matter, in the order it is written; `order` and a publication's `key` are added later. */
  data: Record<string, unknown>;
  body: string;
  /** The file name wanted, without `.md`; `-2`, `-3`… when it is taken. */
  stem: string;
}

export function entryDraft(entry: PageEntry, hidden: boolean): ItemDraft {
  const hiddenFlag = hidden ? { hidden: true } : {};
  switch (entry.kind) {
    case 'news': {
      const date = formatIsoDate(entry.date.date);
      return {
        kind: 'news',
        data: { date, ...hiddenFlag },
        body: entry.body,
        stem: `${date}-${slugFromText(markdownSummary(entry.body))}`,
      };
    }
    case 'talk': {
      const date = formatIsoDate(entry.date.date);
      return {
        kind: 'talk',
        data: {
          date,
          title: entry.title,
          ...optional({ venue: entry.venue, type: entry.type, url: entry.url, slides: entry.slides }),
          ...optional({ video: entry.video, lang: entry.lang }),
          ...hiddenFlag,
        },
        body: '',
        stem: `${date}-${slugFromText(entry.title)}`,
      };
    }
    case 'service':
      return {
        kind: 'service',
        data: {
          ...optional({ role: entry.role, date: entry.date && formatIsoDate(entry.date) }),
          ...hiddenFlag,
        },
        body: entry.body,
        stem: slugFromText(markdownSummary(entry.body)),
      };
    case 'publication': {
      const key = citationKey(entry.authors, entry.date, entry.title);
      return {
        kind: 'publication',
        data: {
          key,
          ...optional({ type: entry.type }),
          title: entry.title,
          ...(entry.namesAreEditors ? { editors: entry.authors } : { authors: entry.authors }),
          ...optional({ date: entry.date && formatIsoDate(entry.date), venue: entry.venue }),
          ...optional({ volume: entry.volume, issue: entry.issue, pages: entry.pages, arxiv: entry.arxiv }),
          ...optional({ doi: entry.doi, url: entry.url, label: entry.label, status: entry.status }),
          ...optional({ category: entry.category }),
          ...(entry.selected ? { selected: true } : {}),
          ...hiddenFlag,
          ...(entry.links.length > 0 ? { links: entry.links } : {}),
          ...optional({ award: entry.award }),
        },
        body: entry.notes ?? '',
        stem: stemFromCitationKey(key),
      };
    }
    case 'cv':
      return cvEntryDraft(entry, hidden);
  }
}

/** `order` where the files of each kind keep it: first for service entries, before `hidden` for the others. */
export function withOrder(draft: ItemDraft, order: number | undefined): ItemDraft {
  if (order === undefined) return draft;
  const { hidden, links, award, ...rest } = draft.data;
  const data =
    draft.kind === 'service'
      ? { order, ...draft.data }
      : {
          ...rest,
          order,
          ...(hidden === undefined ? {} : { hidden }),
          ...(links === undefined ? {} : { links }),
          ...(award === undefined ? {} : { award }),
        };
  return { ...draft, data };
}

function optional(fields: Record<string, string | undefined>): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== '') present[name] = value;
  return present;
}

/** The file's text, and the item the loader will read from it. A draft the format refuses is a bug here. */
export function draftAsFile(
  kind: ItemKind,
  stem: string,
  data: Readonly<Record<string, unknown>>,
  body: string,
): { text: string; item: Item } {
  const text = serializeItemFile(data, body);
  const folder = kind === 'publication' ? 'publications' : kind === 'section' ? 'sections' : kind;
  const file = `${folder}/${stem}.md`;
  const parsed = parseFrontMatterFile(text, file);
  const checked = checkItemFields(kind, parsed.data);
  if (!checked.ok) {
    throw new Error(`import-page made an invalid ${file}: ${checked.issues.map((issue) => issue.message).join('; ')}`);
  }
  const idPrefix = kind === 'publication' ? 'pub' : kind;
  return {
    text,
    item: { kind, id: `${idPrefix}/${stem}`, file, body: parsed.body.trim(), fields: checked.fields } as Item,
  };
}

export interface RenderSettings {
  dateStyle: DateStyle;
  liquid: boolean;
  nameVariants: readonly string[];
  /** How the page writes author lists, once read off its publications. */
  authorList?: AuthorListStyle;
  /** How the page writes link buttons (`[[PDF]](…)`), once read off its publications. */
  links?: LinkStyle;
}

export interface LinkStyle {
  layout: string;
  separator: string;
}

const sectionKindOf = { news: 'news', publication: 'publications', talk: 'talks', service: 'service' } as const;

/** The Markdown the export writes for `items` (one kind, shown as visible), without a heading. */
export function renderedItems(items: readonly Item[], settings: RenderSettings): string {
  const first = items[0];
  if (!first || first.kind === 'section') return '';
  const section: PageSection = { kind: sectionKindOf[first.kind as keyof typeof sectionKindOf] };
  const visible = items.map((item) => ({ ...item, fields: { ...item.fields, hidden: false } }) as Item);
  const ofKind = (kind: ItemKind) => visible.filter((item) => item.kind === kind) as never[];
  const profile: Profile = {
    owner: {
      name: settings.nameVariants[0] ?? 'Owner',
      nameVariants: [...settings.nameVariants],
      page: { frontMatter: {}, dateStyle: settings.dateStyle, liquid: settings.liquid, sections: [section] },
    },
    bio: '',
    news: ofKind('news'),
    publications: ofKind('publication'),
    talks: ofKind('talk'),
    service: ofKind('service'),
    sections: [],
  };
  const page = renderAboutPage(profile);
  return page.slice(page.indexOf('\n---\n', 3) + '\n---\n'.length);
}
