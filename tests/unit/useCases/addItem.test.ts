/** addItem: the file it writes, --dry-run, refusals that leave the folder alone, and concurrent adds in one process. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProfileError } from '../../../src/errors.js';
import { newsDraft, publicationDraft } from '../../../src/model/itemDrafts.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { addItem } from '../../../src/useCases/addItem.js';
import { DuplicateItemError } from '../../../src/useCases/duplicateItems.js';
import { snapshot, useTempProfiles } from './tempProfile.js';

const tempProfile = useTempProfiles();
const july = { year: 2025, month: 7 };

describe('addItem', () => {
  test('writes news/YYYY-MM-slug.md with the canonical date, first among its date', async () => {
    const dir = await tempProfile({ 'news/2025-07-older.md': '---\ndate: 2025.07\n---\nOlder.\n' });
    const added = await addItem(dir, newsDraft({ text: 'Newer *news*.', date: july }));
    expect(added.item.id).toBe('news/2025-07-newer-news');
    expect(added.item.file).toBe('news/2025-07-newer-news.md');
    expect(added.text).toBe('---\ndate: "2025-07"\norder: -1\n---\n\nNewer *news*.\n');
    expect(await readFile(path.join(dir, 'news/2025-07-newer-news.md'), 'utf8')).toBe(added.text);
    expect(added.item.fields).toEqual({ date: july, order: -1 });
    const { profile } = await loadValidProfile(dir);
    expect(profile.news.map((item) => item.id).sort()).toEqual(['news/2025-07-newer-news', 'news/2025-07-older']);
  });

  test('a taken file name gets -2', async () => {
    // Another text under the same name: a name taken, not the same news.
    const dir = await tempProfile({ 'news/2025-07-same.md': '---\ndate: "2025-07"\n---\nSame name, other news.\n' });
    const added = await addItem(dir, newsDraft({ text: 'Same', date: july }));
    expect(added.item.id).toBe('news/2025-07-same-2');
  });

  test('the same news again (same date, same text but for case, spacing and a full stop) is refused unless allowed', async () => {
    const dir = await tempProfile({ 'news/2025-07-same.md': '---\ndate: "2025-07"\n---\nSame  news.\n' });
    const before = await snapshot(dir);
    const error = await addItem(dir, newsDraft({ text: 'same news', date: july })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DuplicateItemError);
    expect((error as DuplicateItemError).message).toBe('news/2025-07-same has the same date and text; not added again');
    expect((error as DuplicateItemError).exitCode).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
    const added = await addItem(dir, newsDraft({ text: 'same news', date: july }), { allowDuplicate: true });
    expect(added.item.id).toBe('news/2025-07-same-news');
  });

  test('--dry-run decides the same file and writes nothing, not even the lock', async () => {
    const dir = await tempProfile({ 'news/2025-07-same.md': '---\ndate: "2025-07"\n---\nSame name, other news.\n' });
    const before = await snapshot(dir);
    const preview = await addItem(dir, newsDraft({ text: 'Same', date: july }), { dryRun: true });
    expect(preview.item.file).toBe('news/2025-07-same-2.md');
    expect(preview.text).toBe('---\ndate: "2025-07"\norder: -1\n---\n\nSame\n');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('a folder without profile.md: exit 1, nothing created', async () => {
    const dir = path.join(await tempProfile({}), 'missing');
    const error = await addItem(dir, newsDraft({ text: 'x', date: july })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).message).toBe('there is no profile here (profile.md is missing)');
    expect((error as ProfileError).exitCode).toBe(1);
  });

  test('a value the format refuses: exit 2 before anything is written', async () => {
    const dir = await tempProfile({});
    const before = await snapshot(dir);
    const draft = publicationDraft({ title: 'T', authors: ['A B'], type: 'not-a-type' });
    const error = (await addItem(dir, draft).catch((caught: unknown) => caught)) as ProfileError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('"type" must be a CSL item type such as paper-conference or article-journal');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('20 concurrent adds of the same text: 20 files, 20 distinct orders, the lock released', async () => {
    const dir = await tempProfile({});
    const added = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        addItem(dir, newsDraft({ text: 'Same text', date: july, link: `https://example.org/${index}` })),
      ),
    );
    const ids = added.map((entry) => entry.item.id);
    expect(new Set(ids).size).toBe(20);
    const { profile } = await loadValidProfile(dir);
    expect(profile.news).toHaveLength(20);
    const orders = profile.news.map((item) => item.fields.order ?? 0).sort((a, b) => a - b);
    expect(orders).toEqual(Array.from({ length: 20 }, (_, index) => index - 19));
    const bodies = new Set(profile.news.map((item) => item.body));
    expect(bodies.size).toBe(20);
    expect(Object.keys(await snapshot(dir)).filter((file) => !file.startsWith('news/'))).toEqual(['profile.md']);
  });
});
