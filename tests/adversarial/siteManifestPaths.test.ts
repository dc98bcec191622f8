/**
 * The site manifest (`SITE/.profile-export.json`) lies in a folder others may write, so its paths are untrusted: one
 * that leaves the site (absolute, `..`, a backslash or drive letter, a device name, a folder that is a symbolic link)
 * makes `export --site`, with or without `--force` or `--check`, refuse the whole manifest before any file is read,
 * compared, printed or removed. Each case holds a hash of the file outside, which is what made the export delete it.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { contentHash } from '../../src/export/siteSync/siteManifest.js';
import { finishedCleanly, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const clean = { timedOut: false, trace: false };
const secret = 'A file outside the profile: no command may touch it.\n';

function manifestListing(paths: readonly string[]): string {
  const files = Object.fromEntries(paths.map((file) => [file, contentHash(secret)]));
  return `${JSON.stringify({ format: 'profile-export/1', generator: 'profile', targets: { academicpages: files } }, null, 2)}\n`;
}

const modes = [
  ['export --site', []],
  ['export --site --force', ['--force']],
  ['export --site --check', ['--check']],
  ['export --site --check --json', ['--check', '--json']],
] as const;

const badPaths = [
  ['../outside/secret.txt', 'has a ".." segment'],
  ['_pages/../../outside/secret.txt', 'has a ".." segment'],
  ['/etc/passwd', 'is absolute'],
  ['C:/outside/secret.txt', 'is absolute'],
  ['..\\outside\\secret.txt', 'contains a backslash'],
  ['_pages//about.md', 'has a "" segment'],
  ['./_pages/about.md', 'has a "." segment'],
  ['_pages/.env', 'has the unsafe segment ".env"'],
  ['.git/config', 'has the unsafe segment ".git"'],
  ['_pages/nul.md', 'names the device "nul.md"'],
  ['', 'is empty'],
] as const;

describe.concurrent('a manifest path that leaves the site folder', () => {
  for (const [mode, extra] of modes) {
    test.for(badPaths)(
      `${mode}: %j is refused with the whole manifest; nothing outside is read or touched`,
      async ([bad, reason], { expect }) => {
        const where = scene({
          'site/.profile-export.json': manifestListing(['_pages/about.md', bad]),
          'site/.git/config': secret,
          'site/_pages/.env': secret,
        });
        const before = snapshotFolder(where.root);
        const result = await cli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', 'site', ...extra], {
          cwd: where.root,
        });
        expect(finishedCleanly(result)).toEqual(clean);
        expect(result.stderr).toBe(
          `${path.join(where.root, 'site/.profile-export.json')}: error: the export's manifest lists the path ${JSON.stringify(bad)}, which ${reason}; nothing was changed\n  hint: an export only ever writes paths inside the site folder, so someone edited this file; restore it (e.g. with git checkout) or delete that entry\n`,
        );
        expect(result.stdout).toBe('');
        expect(result.status).toBe(1);
        expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
      },
    );
  }

  test.for(modes)(
    '%s: a manifest path through a linked folder is refused; the file behind the link stays',
    async ([, extra], { expect }) => {
      const where = scene({ 'site/.profile-export.json': manifestListing(['_pages/about.md', 'linked/secret.txt']) });
      symlinkSync('../outside', path.join(where.root, 'site/linked'));
      const before = snapshotFolder(where.root);
      const result = await cli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', 'site', ...extra], {
        cwd: where.root,
      });
      expect(finishedCleanly(result)).toEqual(clean);
      expect(result.stderr).toBe(
        `${path.join(where.root, 'site/.profile-export.json')}: error: the export's manifest lists the path "linked/secret.txt", which passes through the symbolic link "linked"; nothing was changed\n  hint: profile never reads or removes a file through a link (it may lead outside the site); replace the link with a real folder, or delete that entry\n`,
      );
      expect(result.stdout).toBe('');
      expect(result.status).toBe(1);
      expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
    },
  );

  test('a manifest of safe paths still works: the file it owns and no longer makes is removed', async ({ expect }) => {
    const where = scene({
      'site/.profile-export.json': manifestListing(['_pages/old.md']),
      'site/_pages/old.md': secret,
    });
    const result = await cli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', 'site'], {
      cwd: where.root,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'created _pages/about.md\nremoved _pages/old.md\ncreated _publications/2024-01-01-kept.md\ncreated files/bibtex/kept.bib\nacademicpages: 3 created, 0 updated, 1 removed, 0 unchanged in site\n' +
        "note: academicpages prints a publication's page date and a talk's date as a day (January 01, 2025) and offers no other form: 1 item known only to its month or year shows the 1st (the publications list shows only the year).\n",
    );
    expect(snapshotFolder(path.join(where.root, 'site'))['_pages/old.md']).toBeUndefined();
  });
});
