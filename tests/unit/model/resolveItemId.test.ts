/** Ids as people type them: exact, a file path, a unique start with or without the kind; and the refusals. */
import { describe, expect, test } from 'vitest';
import { ProfileError } from '../../../src/errors.js';
import { type ItemKind, itemFolders } from '../../../src/model/items.js';
import { type ItemRef, resolveItemId } from '../../../src/model/resolveItemId.js';
import { thrownBy } from '../../support/caughtErrors.js';

function ref(kind: ItemKind, id: string): ItemRef {
  const folder = itemFolders[kind].folder;
  return { kind, id, file: `${folder}/${id.slice(id.indexOf('/') + 1)}.md` };
}

const items = [
  ref('news', 'news/2025-07-joined-lab'),
  ref('news', 'news/2025-09-parallel-1'),
  ref('news', 'news/2025-09-parallel-10'),
  ref('publication', 'pub/wang2024wise'),
  ref('publication', 'pub/li2025editing'),
  ref('publication', 'pub/li2025fedgucci'),
  ref('talk', 'talk/2025-04-28-xtra-lab'),
  ref('service', 'service/session-chair'),
  ref('section', 'section/session-chair'),
];

const errorOf = (run: () => unknown) => thrownBy(run, ProfileError);

describe('resolveItemId finds', () => {
  test.each([
    ['pub/wang2024wise', 'pub/wang2024wise'],
    ['publications/wang2024wise.md', 'pub/wang2024wise'],
    ['publications/wang2024wise', 'pub/wang2024wise'],
    ['./talks/2025-04-28-xtra-lab.md', 'talk/2025-04-28-xtra-lab'],
    ['wang2024', 'pub/wang2024wise'],
    ['pub/wang', 'pub/wang2024wise'],
    ['li2025e', 'pub/li2025editing'],
    ['2025-07', 'news/2025-07-joined-lab'],
    ['  news/2025-07-joined-lab  ', 'news/2025-07-joined-lab'],
    // Any unique part, not only a start.
    ['fedgucci', 'pub/li2025fedgucci'],
    ['2024wise', 'pub/wang2024wise'],
    ['joined-lab', 'news/2025-07-joined-lab'],
    ['pub/editing', 'pub/li2025editing'],
  ])('%s → %s', (query, id) => {
    expect(resolveItemId(items, query).id).toBe(id);
  });

  test('a whole file name wins over longer names that start with it', () => {
    expect(resolveItemId(items, '2025-09-parallel-1').id).toBe('news/2025-09-parallel-1');
    expect(resolveItemId(items, 'news/2025-09-parallel-1').id).toBe('news/2025-09-parallel-1');
  });
});

describe('resolveItemId refuses, with exit 1 and the candidates', () => {
  test('an ambiguous start lists every id it matches, sorted', () => {
    const error = errorOf(() => resolveItemId(items, 'li2025'));
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe('"li2025" is ambiguous: it matches 2 items: pub/li2025editing, pub/li2025fedgucci');
  });

  test('the same file name in two kinds is ambiguous without the kind', () => {
    expect(errorOf(() => resolveItemId(items, 'session-chair')).message).toBe(
      '"session-chair" is ambiguous: it matches 2 items: section/session-chair, service/session-chair',
    );
    expect(resolveItemId(items, 'service/session-chair').id).toBe('service/session-chair');
  });

  test('an ambiguous part found inside lists every id that contains it', () => {
    expect(errorOf(() => resolveItemId(items, 'parallel')).message).toBe(
      '"parallel" is ambiguous: it matches 2 items: news/2025-09-parallel-1, news/2025-09-parallel-10',
    );
    expect(errorOf(() => resolveItemId(items, 'pub/2025')).message).toBe(
      '"pub/2025" is ambiguous: it matches 2 items: pub/li2025editing, pub/li2025fedgucci',
    );
  });

  test('an unknown id with the wrong kind suggests ids of that kind that contain the rest', () => {
    const error = errorOf(() => resolveItemId(items, 'news/fedgucci'));
    expect(error.message).toBe('no item "news/fedgucci"; did you mean pub/li2025fedgucci?');
    expect(error.hint).toContain('profile list --all');
  });

  test('an unknown id with nothing like it', () => {
    expect(errorOf(() => resolveItemId(items, 'zzz')).message).toBe('no item "zzz"');
  });

  test('an item of another kind is named as such', () => {
    const error = errorOf(() => resolveItemId(items, 'news/2025-07-joined-lab', ['publication']));
    expect(error.message).toBe('news/2025-07-joined-lab is a news item; this command takes publications');
    expect(error.exitCode).toBe(1);
  });

  test('an empty query matches nothing', () => {
    expect(errorOf(() => resolveItemId(items, '')).message).toBe('no item ""');
  });
});
