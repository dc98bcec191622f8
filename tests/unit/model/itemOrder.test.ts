/** The order items are listed in: news and talks newest first; publications and service by `order`, then newest first. */
import { describe, expect, test } from 'vitest';
import { compareChronological, compareRanked } from '../../../src/model/itemOrder.js';
import type { NewsItem, PublicationItem, ServiceItem } from '../../../src/model/items.js';
import { type PartialDate, parsePartialDate } from '../../../src/model/partialDate.js';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

function news(stem: string, written: string, order?: number): NewsItem {
  return {
    kind: 'news',
    id: `news/${stem}`,
    file: `news/${stem}.md`,
    body: '',
    fields: { date: date(written), order },
  };
}

function publication(stem: string, written?: string, order?: number): PublicationItem {
  return {
    kind: 'publication',
    id: `pub/${stem}`,
    file: `publications/${stem}.md`,
    body: '',
    fields: {
      key: stem,
      title: stem,
      authors: [{ family: 'Li' }],
      date: written === undefined ? undefined : date(written),
      order,
    },
  };
}

function service(stem: string, written?: string, order?: number): ServiceItem {
  return {
    kind: 'service',
    id: `service/${stem}`,
    file: `service/${stem}.md`,
    body: '',
    fields: { date: written === undefined ? undefined : date(written), order },
  };
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('compareChronological', () => {
  test('lists the newest first', () => {
    const items = [news('b', '2024-05'), news('a', '2025-07-30'), news('c', '2025-01')];
    expect(ids(items.sort(compareChronological))).toEqual(['news/a', 'news/c', 'news/b']);
  });

  test('puts a month before the bare year it falls in', () => {
    const items = [news('year', '2025'), news('month', '2025-07')];
    expect(ids(items.sort(compareChronological))).toEqual(['news/month', 'news/year']);
  });

  test('orders the same date by order, none counting as 0, then by id', () => {
    const items = [news('b', '2025-07', 1), news('d', '2025-07', 0), news('a', '2025-07'), news('c', '2025-07', -1)];
    expect(ids(items.sort(compareChronological))).toEqual(['news/c', 'news/a', 'news/d', 'news/b']);
  });

  test('lets the date win over order', () => {
    const items = [news('old', '2024-01', -5), news('new', '2025-01', 5)];
    expect(ids(items.sort(compareChronological))).toEqual(['news/new', 'news/old']);
  });
});

describe('compareRanked', () => {
  test('lists items with an order first, smaller first, whatever their dates', () => {
    const items = [publication('x', '2020', 2), publication('y', '2019', 1), publication('z', '2025')];
    expect(ids(items.sort(compareRanked))).toEqual(['pub/y', 'pub/x', 'pub/z']);
  });

  test('lists items without an order newest first, undated last', () => {
    const items = [publication('undated'), publication('old', '2023'), publication('new', '2025-03')];
    expect(ids(items.sort(compareRanked))).toEqual(['pub/new', 'pub/old', 'pub/undated']);
  });

  test('breaks a tie of order and date by id', () => {
    const items = [
      publication('b', '2025', 1),
      publication('a', '2025', 1),
      publication('d', '2024'),
      publication('c', '2024'),
    ];
    expect(ids(items.sort(compareRanked))).toEqual(['pub/a', 'pub/b', 'pub/c', 'pub/d']);
  });

  test('orders service entries the same way', () => {
    const items = [service('reviewer', '2024'), service('chair', '2025'), service('keynote', undefined, 1)];
    expect(ids(items.sort(compareRanked))).toEqual(['service/keynote', 'service/chair', 'service/reviewer']);
  });
});
