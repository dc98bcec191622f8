/** changeItems: checked before the first write, unchanged files left alone, and undone when a write fails. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { ProfileError, UsageError } from '../../../src/errors.js';
import { applyFieldChanges, parseFieldAssignment } from '../../../src/model/fieldChanges.js';
import { replaceItemFileUndoably } from '../../../src/store/itemFiles.js';
import { changeItems, type ItemEdit } from '../../../src/useCases/changeItems.js';
import { rejectionOf as errorOf } from '../../support/caughtErrors.js';
import { snapshot, useTempProfiles } from './tempProfile.js';

vi.mock('../../../src/store/itemFiles.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/itemFiles.js')>();
  return { ...actual, replaceItemFileUndoably: vi.fn(actual.replaceItemFileUndoably) };
});

const tempProfile = useTempProfiles();
const hide: ItemEdit = (data, body) => ({ data: { ...data, hidden: true }, body });
const set =
  (...assignments: string[]): ItemEdit =>
  (data, body, ref) =>
    applyFieldChanges(ref.kind, data, body, assignments.map(parseFieldAssignment));

const files = {
  'news/2025-07-a.md': '---\ndate: 2025.07 # a comment\nzzUnknown: kept\n---\n\nA.\n',
  'news/2025-06-b.md': '---\ndate: "2025-06"\nhidden: true\n---\n\nB.\n',
  'publications/wang2024wise.md':
    '---\nkey: wang2024wise\ntitle: "WISE: Memory"\nauthors:\n  - { family: Wang, given: Peng }\ndate: "2024"\n---\n',
};

describe('changeItems', () => {
  test('rewrites the changed file with its unknown fields, its comment and a canonical date; reports the item as it is now', async () => {
    const dir = await tempProfile(files);
    const [update] = await changeItems(dir, ['2025-07-a'], hide);
    expect(update?.changed).toBe(true);
    expect(update?.item.fields).toEqual({ date: { year: 2025, month: 7 }, hidden: true });
    expect(await readFile(path.join(dir, 'news/2025-07-a.md'), 'utf8')).toBe(
      '---\ndate: "2025-07" # a comment\nzzUnknown: kept\nhidden: true\n---\n\nA.\n',
    );
  });

  test('a file that would not change is not written (its formatting and comments stay)', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const [update] = await changeItems(dir, ['news/2025-06-b'], hide);
    expect(update?.changed).toBe(false);
    expect(update?.after).toBe(update?.before);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('one id named twice is changed once', async () => {
    const dir = await tempProfile(files);
    const updates = await changeItems(dir, ['2025-07-a', 'news/2025-07-a', 'news/2025-07-a.md'], hide);
    expect(updates).toHaveLength(1);
  });

  test('--dry-run returns the new text and writes nothing', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const [update] = await changeItems(dir, ['wang2024'], set('selected=true', 'order=1'), { dryRun: true });
    expect(update?.after).toBe(
      '---\nkey: wang2024wise\ntitle: "WISE: Memory"\nauthors:\n  - { family: Wang, given: Peng }\ndate: "2024"\nselected: true\norder: 1\n---\n',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test('a change the format refuses: exit 2, naming the item, nothing written', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const error = await errorOf(changeItems(dir, ['2025-07-a', 'wang2024'], set('order=1.5')));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('news/2025-07-a: "order" must be a whole number');
    const unset = await errorOf(
      changeItems(dir, ['wang2024'], (data, body) => ({ data: { ...data, title: undefined }, body })),
    );
    expect(unset.message).toBe('pub/wang2024wise: "title" is required');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('the second of two ids unknown: nothing written, exit 1', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const error = await errorOf(changeItems(dir, ['2025-07-a', 'nope'], hide));
    expect(error.exitCode).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('kinds: select takes publications only', async () => {
    const dir = await tempProfile(files);
    const error = await errorOf(changeItems(dir, ['2025-07-a'], hide, { kinds: ['publication'] }));
    expect(error.message).toBe('news/2025-07-a is a news item; this command takes publications');
  });

  test('a file that was already invalid: exit 1 at its line, unless the change mends it', async () => {
    const dir = await tempProfile({
      ...files,
      'news/2025-02-bad.md': '---\nhidden: false\ndate: 2025.02.30\n---\nBad.\n',
    });
    const error = await errorOf(changeItems(dir, ['2025-02-bad'], hide));
    expect(error.exitCode).toBe(1);
    expect(error.file).toBe(path.join(dir, 'news/2025-02-bad.md'));
    expect(error.line).toBe(3);
    expect(error.message).toBe('"date" "2025.02.30" has an impossible day (2025-02 has 28 days)');
    const [mended] = await changeItems(dir, ['2025-02-bad'], set('date=2025.02.28'));
    expect(mended?.changed).toBe(true);
    expect(await readFile(path.join(dir, 'news/2025-02-bad.md'), 'utf8')).toBe(
      '---\nhidden: false\ndate: "2025-02-28"\n---\n\nBad.\n',
    );
  });

  test('when the second write fails, the first file gets its old text back', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const real = vi.mocked(replaceItemFileUndoably).getMockImplementation();
    vi.mocked(replaceItemFileUndoably)
      .mockImplementationOnce(real as typeof replaceItemFileUndoably)
      .mockRejectedValueOnce(new ProfileError('cannot write (ENOSPC)'));
    const error = await errorOf(changeItems(dir, ['2025-07-a', 'wang2024'], set('hidden=true')));
    expect(error.message).toBe('cannot write (ENOSPC)');
    expect(await snapshot(dir)).toEqual(before);
  });
});
