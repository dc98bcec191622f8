/** The $EDITOR flow's core: the edited text checked like `validate`, dates made canonical, a newer file never overwritten. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProfileError } from '../../../src/errors.js';
import {
  checkItemText,
  readItemForEditing,
  replaceItemText,
  withCanonicalDate,
} from '../../../src/useCases/editItemText.js';
import { useTempProfiles } from './tempProfile.js';

const tempProfile = useTempProfiles();
const original = '---\ndate: "2025-07"\n---\n\nA.\n';

describe('checkItemText', () => {
  const ref = { kind: 'news' as const, id: 'news/2025-07-a', file: 'news/2025-07-a.md', stem: '2025-07-a' };

  test('a valid text has no problems', () => {
    expect(checkItemText(ref, original, 'profile')).toEqual([]);
  });

  test('an impossible date is an error at its line; an unknown field a warning', () => {
    expect(checkItemText(ref, '---\nhiden: true\ndate: 2025.13\n---\nA.\n', 'profile')).toEqual([
      {
        severity: 'warning',
        file: 'profile/news/2025-07-a.md',
        line: 2,
        message: 'unknown field "hiden" — did you mean "hidden"?',
        hint: 'it is ignored until renamed; the fields are listed in https://unpkg.com/academic-profile-cli/docs/format.md',
      },
      {
        severity: 'error',
        file: 'profile/news/2025-07-a.md',
        line: 3,
        message: '"date" "2025.13" has an impossible month (13)',
      },
    ]);
  });

  test('broken YAML and a missing closing line are errors', () => {
    expect(checkItemText(ref, '---\ndate: [2025\n---\n', 'profile')[0]?.severity).toBe('error');
    expect(checkItemText(ref, '---\ndate: "2025-07"\n', 'profile')).toEqual([
      {
        severity: 'error',
        file: 'profile/news/2025-07-a.md',
        line: 1,
        message: 'the front matter is not closed',
        hint: 'add a line "---" after the last YAML field',
      },
    ]);
  });
});

describe('withCanonicalDate', () => {
  test.each([
    ['---\ndate: 2025.7\n---\nA.\n', '---\ndate: "2025-07"\n---\nA.\n'],
    ["---\ntitle: T\ndate: '2025/07/30'\n---\n", '---\ntitle: T\ndate: "2025-07-30"\n---\n'],
    ['---\r\ndate: 2025.07\r\n---\r\nA.\r\n', '---\r\ndate: "2025-07"\r\n---\r\nA.\r\n'],
  ])('rewrites only the date line of %j', (text, expected) => {
    expect(withCanonicalDate(text)).toBe(expected);
  });

  test.each([
    '---\ndate: "2025-07"\n---\n',
    '---\ndate: 2025.07 # keep my comment\n---\n',
    '---\ntitle: No date\n---\n',
  ])('leaves %j as it is', (text) => {
    expect(withCanonicalDate(text)).toBe(text);
  });
});

describe('replaceItemText', () => {
  test('writes the edited text, its date made canonical', async () => {
    const dir = await tempProfile({ 'news/2025-07-a.md': original });
    const { ref, text } = await readItemForEditing(dir, '2025-07-a');
    const item = await replaceItemText(dir, ref, text, '---\ndate: 2025.8 # moved\nhidden: true\n---\n\nB.\n');
    expect(item.fields).toEqual({ date: { year: 2025, month: 8 }, hidden: true });
    expect(await readFile(path.join(dir, 'news/2025-07-a.md'), 'utf8')).toBe(
      '---\ndate: 2025.8 # moved\nhidden: true\n---\n\nB.\n',
    );
  });

  test('refuses an invalid text and leaves the file alone', async () => {
    const dir = await tempProfile({ 'news/2025-07-a.md': original });
    const { ref, text } = await readItemForEditing(dir, '2025-07-a');
    const error = await replaceItemText(dir, ref, text, '---\n---\nNo date.\n').catch((caught: unknown) => caught);
    expect((error as ProfileError).message).toBe('"date" is required');
    expect(await readFile(path.join(dir, 'news/2025-07-a.md'), 'utf8')).toBe(original);
  });

  test('refuses when the file changed while it was being edited', async () => {
    const dir = await tempProfile({ 'news/2025-07-a.md': original });
    const { ref, text } = await readItemForEditing(dir, '2025-07-a');
    await writeFile(path.join(dir, 'news/2025-07-a.md'), '---\ndate: "2025-07"\n---\n\nChanged by someone else.\n');
    const error = (await replaceItemText(dir, ref, text, '---\ndate: "2025-06"\n---\nMine.\n').catch(
      (caught: unknown) => caught,
    )) as ProfileError;
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.message).toBe('the file was changed by something else while you edited it; nothing was written');
    expect(await readFile(path.join(dir, 'news/2025-07-a.md'), 'utf8')).toContain('Changed by someone else.');
  });
});
