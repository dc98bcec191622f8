/**
 * `export --site` as a process: it owns only the files it wrote (the manifest), rewrites and removes them as the
 * profile changes, reports instead of touching a file it did not write or one the user edited, and `--check`
 * tells CI whether the site is up to date without writing anything.
 */
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();

/** Every file under `dir` (relative path → content), to prove what a run did or did not change. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isSymbolicLink()) files[path.relative(dir, full)] = '<link>';
      else files[path.relative(dir, full)] = await readFile(full, 'utf8');
    }
  };
  await walk(dir);
  return files;
}

async function setUp(): Promise<{ root: string; profile: string; site: string }> {
  const root = await fresh();
  const profile = await copyBundledProfile(root);
  const site = path.join(root, 'site');
  return { root, profile, site };
}

const exportSite = (name: string, profile: string, site: string, extra: string[] = []) =>
  runCli(['export', '--site', name, '--dir', profile, '--out', site, ...extra], { cwd: path.dirname(site) });

describe.concurrent('export --site', () => {
  test('a first export writes the files and the manifest; a second one changes nothing', async ({ expect }) => {
    const { profile, site } = await setUp();
    const first = await exportSite('academicpages', profile, site);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/academicpages: \d+ created, 0 updated, 0 removed, 0 unchanged in site\n/);
    const written = await snapshot(site);
    expect(Object.keys(written)).toContain('.profile-export.json');
    expect(Object.keys(written)).toContain('_pages/about.md');
    const page = await runCli(['export', '--format', 'md', '--dir', profile], { cwd: path.dirname(site) });
    expect(written['_pages/about.md']).toBe(page.stdout);
    const manifest = JSON.parse(written['.profile-export.json'] ?? '');
    expect(Object.keys(manifest.targets.academicpages).sort()).toEqual(
      Object.keys(written)
        .filter((file) => file !== '.profile-export.json')
        .sort(),
    );

    const second = await exportSite('academicpages', profile, site);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/academicpages: 0 created, 0 updated, 0 removed, \d+ unchanged in site\n/);
    expect(await snapshot(site)).toEqual(written);
  });

  test('--check: 0 when up to date; 1 with the file and a diff when the profile changed; writes nothing', async ({
    expect,
  }) => {
    const { profile, site } = await setUp();
    expect((await exportSite('academicpages', profile, site)).status).toBe(0);
    const upToDate = await exportSite('academicpages', profile, site, ['--check']);
    expect(upToDate.status).toBe(0);
    expect(upToDate.stdout).toMatch(/^up to date: academicpages in site \(\d+ files\)\n$/);

    const added = await runCli(['add-news', 'We won the test of time award.', '--date', '2026.01', '--dir', profile], {
      cwd: path.dirname(site),
    });
    expect(added.status, added.stderr).toBe(0);
    const before = await snapshot(site);
    const stale = await exportSite('academicpages', profile, site, ['--check']);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('out of date: 1 of ');
    expect(stale.stdout).toContain('  update  _pages/about.md\n');
    expect(stale.stdout).toContain('+* **\\[2026.01\\]** We won the test of time award.');
    expect(stale.stderr).toContain('hint: run the same command without --check');
    expect(await snapshot(site)).toEqual(before);

    const json = await exportSite('academicpages', profile, site, ['--check', '--json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ site: 'academicpages', check: true, upToDate: false, wrote: false });
    expect(report.files).toContainEqual({ path: '_pages/about.md', action: 'update' });
  });

  test('a generated file the user edited is reported, not overwritten; --force overwrites it', async ({ expect }) => {
    const { profile, site } = await setUp();
    expect((await exportSite('academicpages', profile, site)).status).toBe(0);
    const about = path.join(site, '_pages/about.md');
    await writeFile(about, `${await readFile(about, 'utf8')}\nMy hand edit.\n`);
    await runCli(['add-news', 'Another award.', '--date', '2026.02', '--dir', profile], { cwd: path.dirname(site) });
    const before = await snapshot(site);

    const blocked = await exportSite('academicpages', profile, site);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain(
      `${path.join('site', '_pages/about.md')}: error: edited since profile wrote it, and the profile gives other content\n`,
    );
    expect(blocked.stderr).toContain('run again with --force to overwrite it');
    expect(blocked.stderr).toContain('nothing was written to site\n');
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshot(site)).toEqual(before);

    // --check points to what would make the site up to date, which a plain run would refuse to do here.
    const checked = await exportSite('academicpages', profile, site, ['--check']);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toBe(
      'hint: move your edits into the profile, or run the same command without --check and with --force to overwrite them\n',
    );

    const forced = await exportSite('academicpages', profile, site, ['--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('updated _pages/about.md\n');
    const page = await readFile(about, 'utf8');
    expect(page).not.toContain('My hand edit.');
    expect(page).toContain('Another award.');
  });

  test('a file it did not write is never touched, even with --force; other files of the site stay as they are', async ({
    expect,
  }) => {
    const { profile, site } = await setUp();
    await mkdir(path.join(site, '_pages'), { recursive: true });
    await writeFile(path.join(site, '_pages/about.md'), 'the template sample\n');
    await writeFile(path.join(site, '_config.yml'), 'title: My site\n');
    const before = await snapshot(site);
    for (const extra of [[], ['--force']]) {
      const result = await exportSite('academicpages', profile, site, extra);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `${path.join('site', '_pages/about.md')}: error: a file this export did not write; profile only replaces files it wrote\n`,
      );
      expect(result.stderr).toContain('move or delete it');
      expect(await snapshot(site)).toEqual(before);
    }
    const checked = await exportSite('academicpages', profile, site, ['--check']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('_pages/about.md (a file this export did not write)');
    expect(checked.stderr).toBe(
      'hint: move or delete the files profile did not write (marked above), then run the same command without --check\n',
    );
    await rm(path.join(site, '_pages/about.md'));
    const result = await exportSite('academicpages', profile, site);
    expect(result.status, result.stderr).toBe(0);
    expect(await readFile(path.join(site, '_config.yml'), 'utf8')).toBe('title: My site\n');
  });

  test('removes the files of items that are gone, and only those', async ({ expect }) => {
    const { profile, site } = await setUp();
    expect((await exportSite('hugo-blox', profile, site)).status).toBe(0);
    const bundle = path.join(site, 'content/publications/wang2024wise');
    expect((await stat(bundle)).isDirectory()).toBe(true);
    await writeFile(path.join(site, 'content/publications/mine.md'), 'my own page\n');

    const removed = await runCli(['remove', 'pub/wang2024wise', '--yes', '--dir', profile], {
      cwd: path.dirname(site),
    });
    expect(removed.status, removed.stderr).toBe(0);
    const result = await exportSite('hugo-blox', profile, site);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('removed content/publications/wang2024wise/index.md\n');
    await expect(stat(bundle)).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(site, 'content/publications/mine.md'), 'utf8')).toBe('my own page\n');
  });

  test('a symbolic link in the site never sends a write outside it', async ({ expect }) => {
    const { root, profile, site } = await setUp();
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    await mkdir(site);
    await symlink(outside, path.join(site, '_publications'));
    const result = await exportSite('academicpages', profile, site);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('inside a symbolic link');
    expect(await readdir(outside)).toEqual([]);
    expect(Object.keys(await snapshot(site))).toEqual(['_publications']);
  });

  test('every site gives the same bytes on every run, in any folder', async ({ expect }) => {
    for (const name of ['academicpages', 'al-folio', 'hugo-blox']) {
      const { root, profile, site } = await setUp();
      const other = path.join(root, 'other');
      expect((await exportSite(name, profile, site)).status).toBe(0);
      expect((await exportSite(name, profile, other)).status).toBe(0);
      expect(await snapshot(other), name).toEqual(await snapshot(site));
    }
  });

  test('--json reports every file, what was done, and the advice', async ({ expect }) => {
    const { profile, site } = await setUp();
    const result = await exportSite('al-folio', profile, site, ['--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ site: 'al-folio', out: 'site', check: false, upToDate: false, wrote: true });
    expect(report.files).toContainEqual({ path: '_bibliography/papers.bib', action: 'create' });
    expect(report.advice.join('\n')).toContain('scholar');
  });
});

describe.concurrent('export option errors exit 2 and change nothing', () => {
  test.for([
    [['--site', 'academicpages'], '--site academicpages needs --out SITE_DIR'],
    [['--site', 'academicpages', '--format', 'md', '--out', 'x'], '--format and --site do not go together'],
    [['--format', 'md', '--force', '--out', 'x.md'], '--force is an option of --site'],
    [['--site', 'al-folio', '--out', 'x', '--style', 'apa'], '--style applies to --format md and --site academicpages'],
    [['--format', 'json', '--style', 'apa'], '--style applies to --format md and --site academicpages'],
    [['--format', 'md', '--locale', 'de-DE'], '--locale goes with --style'],
    [['--format', 'md', '--check'], '--check compares with the file of --out'],
    [['--format', 'md', '--json'], '--json reports on --site or --check'],
    [['--site', 'jekyll', '--out', 'x'], "argument 'jekyll' is invalid"],
  ] as const)('%j', async ([args, message], { expect }) => {
    const root = await fresh();
    const profile = await copyBundledProfile(root);
    const result = await runCli(['export', ...args, '--dir', profile], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(await readdir(root)).toEqual(['profile']);
  });
});

describe.concurrent('export --format --check', () => {
  test('0 when the file is up to date, 1 with a diff when not or when missing', async ({ expect }) => {
    const root = await fresh();
    const profile = await copyBundledProfile(root);
    const args = ['export', '--format', 'bib', '--dir', profile, '--out', 'papers.bib'];
    const missing = await runCli([...args, '--check'], { cwd: root });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('out of date: papers.bib does not exist\n');
    expect(await readdir(root)).toEqual(['profile']);

    expect((await runCli(args, { cwd: root })).status).toBe(0);
    const same = await runCli([...args, '--check'], { cwd: root });
    expect(same.status).toBe(0);
    expect(same.stdout).toBe('up to date: papers.bib\n');

    const bib = path.join(root, 'papers.bib');
    await writeFile(bib, (await readFile(bib, 'utf8')).replace('WISE', 'WISER'));
    const changed = await runCli([...args, '--check'], { cwd: root });
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('out of date: papers.bib differs from the export\n');
    expect(changed.stdout).toMatch(/\n {6}-.*WISER/);
    expect(changed.stdout).toMatch(/\n {6}\+.*WISE[^R]/);
  });
});
