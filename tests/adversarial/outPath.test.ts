/**
 * Where `export --out` may write: never inside the profile folder (a page written over `profile.md` leaves a profile
 * that no longer loads), and through no symbolic link, whichever part of the path it is: one rule, for a file and a
 * site folder, with and without `--check` (which would otherwise print a file outside in its diff).
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { contentHash } from '../../src/export/siteSync/siteManifest.js';
import { finishedCleanly, ownerFile, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const clean = { timedOut: false, trace: false };
const outsideHint = 'choose a path outside the profile folder, e.g. --out _pages/about.md or --out ../my-site';
const linkHint = 'no part of --out may be a link (it could lead anywhere); remove the link or give the real path';

describe.concurrent('--out inside the profile folder is refused: exit 2, nothing written', () => {
  test.for([
    ['--format md onto profile.md', ['--format', 'md', '--out', 'profile/profile.md'], 'profile/profile.md'],
    [
      '--format bib into an item folder',
      ['--format', 'bib', '--out', 'profile/publications/x.bib'],
      'profile/publications/x.bib',
    ],
    ['--format md, spelt with ..', ['--out', 'site/../profile/./profile.md'], 'profile/profile.md'],
    ['--format md --check', ['--out', 'profile/profile.md', '--check'], 'profile/profile.md'],
    ['--site into the profile folder', ['--site', 'academicpages', '--out', 'profile'], 'profile'],
    ['--site into a folder below it', ['--site', 'hugo-blox', '--out', 'profile/site'], 'profile/site'],
  ] as const)('%s', async ([, args, shown], { expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await cli(['export', ...args, '--dir', 'profile'], { cwd: where.root });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `error: --out ${shown} is inside the profile folder profile; an export there would overwrite the profile's own files, so nothing was written\n  hint: ${outsideHint}\n`,
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });

  test('a profile reached through a link is the same folder: still refused', async ({ expect }) => {
    const where = scene();
    symlinkSync('profile', path.join(where.root, 'linked-profile'));
    const before = snapshotFolder(where.root);
    const result = await cli(['export', '--dir', 'linked-profile', '--out', 'profile/profile.md'], {
      cwd: where.root,
    });
    expect(result.stderr).toBe(
      `error: --out profile/profile.md is inside the profile folder linked-profile; an export there would overwrite the profile's own files, so nothing was written\n  hint: ${outsideHint}\n`,
    );
    expect(result.status).toBe(2);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });

  test('a site around the profile is fine, but a manifest entry inside the profile is refused whole', async ({
    expect,
  }) => {
    const where = scene();
    const manifest = {
      format: 'profile-export/1',
      generator: 'profile',
      targets: { academicpages: { 'profile/profile.md': contentHash(ownerFile) } },
    };
    const withManifest = scene({ '.profile-export.json': `${JSON.stringify(manifest, null, 2)}\n` });
    const before = snapshotFolder(withManifest.root);
    const refused = await cli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'], {
      cwd: withManifest.root,
    });
    expect(finishedCleanly(refused)).toEqual(clean);
    expect(refused.stderr).toBe(
      `${path.join(withManifest.root, '.profile-export.json')}: error: the export's manifest lists the path "profile/profile.md", which is inside the profile folder; nothing was changed\n  hint: an export never writes into the profile, so someone edited this file; restore it (e.g. with git checkout) or delete that entry\n`,
    );
    expect(refused.status).toBe(1);
    expect(changedPaths(before, snapshotFolder(withManifest.root))).toEqual([]);
    const fine = await cli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'], {
      cwd: where.root,
    });
    expect(fine.status).toBe(0);
  });
});

describe.concurrent('one rule for links in --out: no part of the path may be one', () => {
  test.for([
    ['the file itself (--format)', 'site/about.md', ['--out', 'site/about.md'], 'site/about.md'],
    ['a folder before it (--format)', 'site', ['--out', 'site/about.md'], 'site'],
    ['a folder before it (--format --check)', 'site', ['--out', 'site/about.md', '--check'], 'site'],
    ['the site folder (--site)', 'site', ['--site', 'academicpages', '--out', 'site'], 'site'],
    ['the site folder (--site --check)', 'site', ['--site', 'academicpages', '--out', 'site', '--check'], 'site'],
    ['a folder above the site (--site)', 'sites', ['--site', 'academicpages', '--out', 'sites/mine'], 'sites'],
  ] as const)(
    '%s is a link: refused, the place it leads to untouched and not shown',
    async ([, link, args, shown], { expect }) => {
      const where = scene({
        'outside/about.md': 'Not yours: never read, shown or replaced.\n',
        'outside/mine/.keep': '',
      });
      const leadsTo = link.endsWith('.md') ? '../outside/about.md' : 'outside';
      mkdirSync(path.dirname(path.join(where.root, link)), { recursive: true });
      symlinkSync(leadsTo, path.join(where.root, link));
      const before = snapshotFolder(where.root);
      const result = await cli(['export', ...args, '--dir', 'profile'], { cwd: where.root });
      expect(finishedCleanly(result)).toEqual(clean);
      expect(result.stderr).toBe(
        `${path.join(where.root, shown)}: error: is a symbolic link; profile does not write through links\n  hint: ${linkHint}\n`,
      );
      expect(result.stdout).toBe('');
      expect(result.status).toBe(1);
      expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
    },
  );
});
