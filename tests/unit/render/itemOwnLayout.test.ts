// Proves an item's own `layout` (the one entry a page wrote otherwise than its list) and `{authors:JOIN}`: the item is
// written by its layout, its neighbours by the section's; a bad item layout is refused when the profile is read.

import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { newsSchema } from '../../../src/model/itemFieldSchemas.js';
import type { NewsItem, Profile, PublicationItem } from '../../../src/model/items.js';
import { parsePageLayout } from '../../../src/model/pageLayouts.js';
import { type PartialDate, parsePartialDate } from '../../../src/model/partialDate.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

function news(stem: string, when: string, body: string, layout?: string): NewsItem {
  return {
    kind: 'news',
    id: `news/${stem}`,
    file: `news/${stem}.md`,
    body,
    fields: { date: date(when), ...(layout === undefined ? {} : { layout }) },
  };
}

function publication(stem: string, order: number, authors: string[], layout?: string): PublicationItem {
  return {
    kind: 'publication',
    id: `publication/${stem}`,
    file: `publications/${stem}.md`,
    body: '',
    fields: {
      key: stem,
      title: `Paper ${stem}`,
      order,
      authors: authors.map((family) => ({ family })),
      ...(layout === undefined ? {} : { layout }),
    },
  } as PublicationItem;
}

function page(items: { news?: NewsItem[]; publications?: PublicationItem[] }, sectionLayout: string): Profile {
  const kind = items.news ? 'news' : 'publications';
  return {
    owner: { name: 'Park', page: { sections: [{ kind, title: 'List', layout: sectionLayout }] } },
    bio: '',
    news: items.news ?? [],
    publications: items.publications ?? [],
    talks: [],
    service: [],
    sections: [],
  };
}

const body = (profile: Profile) => renderAboutPage(profile).split('---\n').pop()?.trim();

describe('an item with its own layout', () => {
  test('is written by it; the others by the section layout, in one list', () => {
    const profile = page(
      {
        news: [
          news('a', '2025-07', 'Accepted.'),
          news('b', '2025-06', 'Gave a tutorial.', '- ({date:%m/%Y}) {text}'),
          news('c', '2025-05-01', 'Started.', '- {date:%Y-%m-%d}: {text}'),
        ],
      },
      '- [{date:%Y.%m}] {text}',
    );
    expect(body(profile)).toBe(
      ['## List', '- [2025.07] Accepted.', '- (06/2025) Gave a tutorial.', '- 2025-05-01: Started.'].join('\n'),
    );
  });

  test('{authors:commas} joins one entry otherwise than the page', () => {
    const profile = page(
      {
        publications: [
          publication('one', 1, ['Lee', 'Park', 'Wu']),
          publication('two', 2, ['Park', 'Wu'], '- {title}  \n  {authors:commas}'),
        ],
      },
      '- {title}  \n  {authors}',
    );
    expect(body(profile)).toBe(
      ['## List', '- Paper one  ', '  Lee, **Park**, and Wu', '- Paper two  ', '  **Park**, Wu'].join('\n'),
    );
  });
});

describe('a publication without authors (a standard, a data set, an ORCID work without contributors)', () => {
  test('has no empty authors line, with or without link buttons after it', () => {
    const profile = page(
      {
        publications: [
          publication('spec', 1, []),
          {
            ...publication('data', 2, []),
            fields: { ...publication('data', 2, []).fields, links: [{ type: 'code', url: 'https://x.org/d' }] },
          } as PublicationItem,
          publication('paper', 3, ['Park']),
        ],
      },
      '- {title}  \n  {authors}{?  \n  {links}}',
    );
    expect(body(profile)).toBe(
      ['## List', '- Paper spec', '- Paper data  ', '  [Code](https://x.org/d)', '- Paper paper  ', '  **Park**'].join(
        '\n',
      ),
    );
  });
});

describe('item layouts are checked', () => {
  test('an unknown join is refused with the words it takes', () => {
    expect(parsePageLayout('publications', '- {authors:semicolons}')).toEqual({
      ok: false,
      reason: '{authors:semicolons}: "semicolons" is not one of oxford, and, commas',
    });
  });

  test('a bad layout in an item is a validation issue', () => {
    const result = v.safeParse(newsSchema, { date: '2025-07', layout: '- {title}' });
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe(
      'is not a news layout: unknown placeholder {title}; this layout knows {date} {text} {number}',
    );
  });
});
