/** `page.news.limit`: the N newest visible news stay on the page; older visible ones join the hidden archive comment. */

import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import type { NewsItem, Profile } from '../../../src/model/items.js';
import type { PageSettings } from '../../../src/model/schema.js';
import { ownerSchema } from '../../../src/model/schema.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';

function news(stem: string, month: number, hidden = false): NewsItem {
  return {
    kind: 'news',
    id: `news/${stem}`,
    file: `news/${stem}.md`,
    body: `News ${stem}.`,
    fields: { date: { year: 2025, month }, ...(hidden ? { hidden: true } : {}) },
  };
}

function page(items: NewsItem[], settings: PageSettings): string {
  const profile: Profile = {
    owner: {
      name: 'Ada',
      page: { frontMatter: { title: 'About' }, sections: [{ kind: 'news', title: 'News' }], ...settings },
    },
    bio: '',
    news: items,
    publications: [],
    talks: [],
    service: [],
    sections: [],
  };
  return renderAboutPage(profile);
}

const items = [news('e', 5), news('d', 4, true), news('c', 3), news('b', 2), news('a', 1, true)];

describe('page.news.limit', () => {
  test('2: the two newest visible items stay; the rest, hidden or not, go into one comment', () => {
    expect(page(items, { news: { limit: 2 } })).toBe(
      [
        '---',
        'title: About',
        '---',
        '',
        '## News',
        '* **\\[2025.05\\]** News e.',
        '<!--',
        '* **\\[2025.04\\]** News d.',
        '-->',
        '* **\\[2025.03\\]** News c.',
        '<!--',
        '* **\\[2025.02\\]** News b.',
        '* **\\[2025.01\\]** News a.',
        '-->',
        '',
      ].join('\n'),
    );
  });

  test('no limit, or one above the visible count, changes nothing', () => {
    expect(page(items, { news: { limit: 3 } })).toBe(page(items, {}));
    expect(page(items, { news: {} })).toBe(page(items, {}));
  });

  test('0: every item in the comment, and no heading over an empty list', () => {
    expect(page(items, { news: { limit: 0 } })).toBe(
      [
        '---',
        'title: About',
        '---',
        '',
        '<!--',
        '* **\\[2025.05\\]** News e.',
        '* **\\[2025.04\\]** News d.',
        '* **\\[2025.03\\]** News c.',
        '* **\\[2025.02\\]** News b.',
        '* **\\[2025.01\\]** News a.',
        '-->',
        '',
      ].join('\n'),
    );
  });

  test('the schema takes a whole number from 0 and refuses anything else', () => {
    const check = (limit: unknown) => v.safeParse(ownerSchema, { name: 'Ada', page: { news: { limit } } });
    expect(check(10).success).toBe(true);
    expect(check(0).success).toBe(true);
    expect(check(-1).issues?.[0]?.message).toBe('must be 0 or more');
    expect(check(2.5).issues?.[0]?.message).toBe('must be a whole number');
    expect(check('10').issues?.[0]?.message).toBe('must be a whole number');
  });
});
