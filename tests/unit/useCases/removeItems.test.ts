/** removeItems: every id resolved before the first file goes; sections the page uses are kept. */
import { describe, expect, test } from 'vitest';
import { removeItems } from '../../../src/useCases/removeItems.js';
import { rejectionOf as errorOf } from '../../support/caughtErrors.js';
import { snapshot, useTempProfiles } from './tempProfile.js';

const tempProfile = useTempProfiles();
const files = {
  'news/2025-07-a.md': '---\ndate: "2025-07"\n---\nA.\n',
  'news/2025-06-b.md': '---\ndate: 2025-13\n---\nAn invalid file can be removed too.\n',
  'sections/interests.md': '---\ntitle: Interests\n---\nML.\n',
};

describe('removeItems', () => {
  test('removes the files the ids name, valid or not', async () => {
    const dir = await tempProfile(files);
    const removed = await removeItems(dir, ['2025-07-a', 'news/2025-06-b']);
    expect(removed.map((ref) => ref.id)).toEqual(['news/2025-07-a', 'news/2025-06-b']);
    expect(Object.keys(await snapshot(dir)).sort()).toEqual(['profile.md', 'sections/interests.md']);
  });

  test('--dry-run names them and removes nothing', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    expect((await removeItems(dir, ['2025-07'], { dryRun: true })).map((ref) => ref.file)).toEqual([
      'news/2025-07-a.md',
    ]);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('one unknown id: nothing removed, exit 1', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    expect((await errorOf(removeItems(dir, ['2025-07-a', 'nope']))).exitCode).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('a text section that profile.md places on the page is refused; an unused one goes', async () => {
    const used = await tempProfile({
      ...files,
      'profile.md': '---\nname: Ada\npage:\n  sections:\n    - { kind: text, section: interests }\n---\n',
    });
    const before = await snapshot(used);
    const error = await errorOf(removeItems(used, ['section/interests']));
    expect(error.message).toBe('section/interests is placed on the page by profile.md');
    expect(await snapshot(used)).toEqual(before);
    const unused = await tempProfile(files);
    expect((await removeItems(unused, ['section/interests'])).map((ref) => ref.id)).toEqual(['section/interests']);
  });
});
