/**
 * Two things in a file that would publish what the owner did not mean to are errors with the file, the line and a
 * hint, never a warning the export goes past:
 * - a YAML merge key (`<<: { hidden: true }`), which Jekyll would merge but our safe schema would ignore, so the
 *   item meant to be hidden would be published;
 * - a NUL character, which is never text (a damaged or binary file) and which would be copied into the page.
 */
import { describe, expect, test } from 'vitest';
import { stackTraceLine, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();

const mergeKeyError = [
  'profile/news/2025-02-secret.md:4: error: a YAML merge key ("<<") is not read: the fields it would merge in (such as hidden: true) would be lost',
  '  hint: write the fields themselves instead of merging them in with "<<"',
];
const nulError = [
  'profile/news/2025-02-nul.md:5: error: the file holds a NUL character (byte 0), which is never text',
  '  hint: remove it; the file may be damaged, or not a text file at all',
];

const commands: Record<string, string[]> = {
  validate: ['validate', '--dir', 'profile'],
  list: ['list', '--dir', 'profile'],
  'export --format md': ['export', '--format', 'md', '--dir', 'profile'],
  'export --site academicpages': ['export', '--site', 'academicpages', '--dir', 'profile', '--out', 'site'],
};

describe('a YAML merge key is an error, so an item meant to be hidden is never published', () => {
  test.each(Object.entries(commands))('%s exits 1 naming the file, the line and a hint', async (_name, args) => {
    const { root } = scene({
      'profile/news/2025-02-secret.md':
        '---\ndate: "2025-02"\n# hidden through a merge key\n<<: { hidden: true }\n---\nSECRET news.\n',
    });
    const before = snapshotFolder(root);
    const run = await cli(args, { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual(mergeKeyError);
    expect(run.stderr).not.toMatch(stackTraceLine);
    expect(run.stdout).not.toContain('SECRET');
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });

  test('in a nested map too, and quoted or not', async () => {
    const { root } = scene({
      'profile/profile.md': '---\nname: Ada Lovelace\npage:\n  "<<": { liquid: true }\n---\nBio.\n',
    });
    const run = await cli(['validate', '--dir', 'profile'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('profile/profile.md:4: error: a YAML merge key ("<<") is not read');
  });
});

describe('a NUL character in a file is refused with its line', () => {
  test.each(Object.entries(commands))('%s exits 1 naming the file and the line', async (_name, args) => {
    const { root } = scene({ 'profile/news/2025-02-nul.md': '---\ndate: "2025-02"\n---\n\nText\u0000 after a NUL.\n' });
    const before = snapshotFolder(root);
    const run = await cli(args, { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual(nulError);
    expect(run.stdout).not.toContain('\u0000');
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });

  test('import-page refuses a page holding a NUL (as a binary file), and makes no folder', async () => {
    const { root } = scene({ 'about.md': '---\ntitle: About\n---\n\nI am **Ada Lovelace**.\u0000\n' });
    const before = snapshotFolder(root);
    const run = await cli(['import-page', 'about.md', '--dir', 'imported'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'about.md: error: this is a binary file, not a home page; nothing was imported\n  hint: pass the Markdown source of your page, e.g. _pages/about.md\n',
    );
    expect(changedPaths(before, snapshotFolder(root))).toEqual([]);
  });
});
