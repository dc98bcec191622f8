/**
 * Real file permissions, not simulated ones: a read-only folder and an unreadable file or folder, made with chmod and
 * met by the CLI run as an unprivileged user (as root, which these tests usually are, chmod stops nothing, so the
 * process drops to `nobody`). Reading commands still work or name the file; writing commands exit 1 naming the file
 * with a hint, change nothing and leave no lock or temporary file; no stack trace; every run ends by itself.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { finishedCleanly, type Scene, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const clean = { timedOut: false, trace: false };

const asRoot = process.getuid?.() === 0;
/** `nobody`: file permissions apply to it. Without root, the tests run as the user they run as. */
const user = asRoot ? { uid: 65534, gid: 65534 } : undefined;
// The copy of the build lives in a folder only its owner may enter.
chmodSync(path.dirname(path.dirname(cli.bin)), 0o755);

const notWritable = '  hint: the folder is not writable; check its permissions\n';

/** A scene the unprivileged user owns, then `modes` applied (paths relative to the scene's root). */
function sceneWithModes(modes: Readonly<Record<string, number>>, files?: Record<string, string>): Scene {
  const where = scene(files);
  chmodSync(where.root, 0o755);
  if (user) spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, where.root]);
  for (const [relative, mode] of Object.entries(modes)) chmodSync(path.join(where.root, relative), mode);
  return where;
}

/** Runs `args --dir profile` as the unprivileged user; the whole working folder is compared before and after. */
async function runAsUser(where: Scene, args: string[]) {
  const before = snapshotFolder(where.root);
  const result = await cli([...args, '--dir', 'profile'], {
    cwd: where.root,
    ...(user && { user }),
  });
  return { result, changed: changedPaths(before, snapshotFolder(where.root)) };
}

describe.concurrent('a read-only folder', () => {
  test('a read-only item folder: add-news, hide and import-bib exit 1 naming the file; nothing changes', async ({
    expect,
  }) => {
    const where = sceneWithModes({ 'profile/news': 0o555, 'profile/publications': 0o555 });
    const add = await runAsUser(where, ['add-news', 'News', '--date', '2025-02']);
    expect(finishedCleanly(add.result)).toEqual(clean);
    expect(add.result.stderr).toBe(
      `${path.join(where.dir, 'news/2025-02-news.md')}: error: cannot write (EACCES)\n${notWritable}`,
    );
    expect(add.result.status).toBe(1);
    expect(add.changed).toEqual([]);

    const hide = await runAsUser(where, ['hide', 'news/2025-01-kept']);
    expect(finishedCleanly(hide.result)).toEqual(clean);
    expect(hide.result.stderr).toBe(
      `${path.join(where.dir, 'news/2025-01-kept.md')}: error: cannot write (EACCES)\n${notWritable}`,
    );
    expect(hide.result.status).toBe(1);
    expect(hide.changed).toEqual([]);

    const imported = await runAsUser(where, ['import-bib', 'refs.bib']);
    expect(finishedCleanly(imported.result)).toEqual(clean);
    expect(imported.result.stderr).toBe(
      `${path.join(where.dir, 'publications/fresh2025.md')}: error: cannot write (EACCES)\n${notWritable}`,
    );
    expect(imported.result.status).toBe(1);
    expect(imported.changed).toEqual([]);
  });

  test('a read-only profile folder: the lock cannot be made, so no command writes; reading still works', async ({
    expect,
  }) => {
    const where = sceneWithModes({ profile: 0o555 });
    for (const args of [
      ['add-news', 'News', '--date', '2025-02'],
      ['hide', 'news/2025-01-kept'],
      ['import-bib', 'refs.bib'],
    ]) {
      const { result, changed } = await runAsUser(where, args);
      expect(finishedCleanly(result)).toEqual(clean);
      expect(result.stderr, args[0]).toBe(
        `${where.dir}: error: cannot lock the profile (EACCES)\n  hint: check the folder exists and is writable\n`,
      );
      expect(result.status, args[0]).toBe(1);
      expect(changed, args[0]).toEqual([]);
    }
    const validate = await runAsUser(where, ['validate']);
    expect(validate.result.stdout).toBe('profile: valid (2 items)\n');
    expect(validate.result.status).toBe(0);
    const exported = await runAsUser(where, ['export', '--format', 'json']);
    expect(exported.result.status).toBe(0);
    expect(exported.changed).toEqual([]);
  });

  test('a read-only --out folder: export --out and export --site exit 1; the old page is kept', async ({ expect }) => {
    const where = sceneWithModes({ site: 0o555 }, { 'site/about.md': 'The old page.\n' });
    const page = await runAsUser(where, ['export', '--out', 'site/about.md']);
    expect(finishedCleanly(page.result)).toEqual(clean);
    expect(page.result.stderr).toBe(
      `${path.join(where.root, 'site/about.md')}: error: cannot write the file (EACCES)\n${notWritable}`,
    );
    expect(page.result.status).toBe(1);
    expect(page.changed).toEqual([]);

    const site = await runAsUser(where, ['export', '--site', 'academicpages', '--out', 'site']);
    expect(finishedCleanly(site.result)).toEqual(clean);
    expect(site.result.stderr).toBe(
      `${path.join(where.root, 'site')}: error: cannot lock the site folder (EACCES)\n  hint: check the folder exists and is writable\n`,
    );
    expect(site.result.status).toBe(1);
    expect(site.changed).toEqual([]);
  });
});

describe.concurrent('a file or folder that cannot be read', () => {
  test('an unreadable item file: validate and export name it; hide refuses it; nothing changes', async ({ expect }) => {
    const where = sceneWithModes({ 'profile/news/2025-01-kept.md': 0o000 });
    const validate = await runAsUser(where, ['validate']);
    expect(finishedCleanly(validate.result)).toEqual(clean);
    expect(validate.result.stderr).toBe(
      'profile/news/2025-01-kept.md: error: the file cannot be read (permission denied)\nprofile: 1 error\n',
    );
    expect(validate.result.status).toBe(1);
    const exported = await runAsUser(where, ['export', '--format', 'md']);
    expect(exported.result.stdout).toBe('');
    expect(exported.result.status).toBe(1);
    const hide = await runAsUser(where, ['hide', 'news/2025-01-kept']);
    expect(finishedCleanly(hide.result)).toEqual(clean);
    expect(hide.result.stderr).toBe('profile/news/2025-01-kept.md: error: cannot read the file (EACCES)\n');
    expect(hide.result.status).toBe(1);
    expect(hide.changed).toEqual([]);
  });

  test('an unreadable item folder: validate names the folder, add-news writes nothing', async ({ expect }) => {
    const where = sceneWithModes({ 'profile/news': 0o000 });
    const validate = await runAsUser(where, ['validate']);
    expect(finishedCleanly(validate.result)).toEqual(clean);
    expect(validate.result.stderr).toBe(
      'profile/news: error: the file cannot be read (permission denied)\nprofile: 1 error\n',
    );
    expect(validate.result.status).toBe(1);
    const add = await runAsUser(where, ['add-news', 'News', '--date', '2025-02']);
    expect(finishedCleanly(add.result)).toEqual(clean);
    expect(add.result.stderr).toBe(
      'profile/news: error: the file cannot be read (permission denied)\nerror: the profile has 1 error\n  hint: fix the files named above; `profile validate` lists every problem\n',
    );
    expect(add.result.status).toBe(1);
    expect(add.changed).toEqual([]);
  });
});
