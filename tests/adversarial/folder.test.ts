/**
 * The profile folder itself as the adversary: symbolic links pointing outside (no read or write follows them out),
 * an unreadable file or folder, a read-only folder, a file another program saves while a command runs, a full disk,
 * devices and inputs that never end, and what a killed command leaves (a lock, temporary files). Each case: the right
 * exit code, the file named with a hint, no stack trace, nothing written outside the profile or --out, no item lost,
 * ended by itself. File-system failures are simulated in the real process by a preload (support/faultyFs.mjs):
 * the tests run as root; permissions.test.ts makes the same cases with real permissions.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runProcess } from '../e2e/runCli.js';
import { finishedCleanly, keptNews, type Scene, useScenes, writeTree } from './support/adversarialProfile.js';
import { type CliRunOptions, useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const outsideNews = '---\ndate: "2025-02"\n---\nA news file outside the profile.\n';

/** Runs `args --dir profile` in the scene and returns the result and what changed in the whole working folder. */
async function runIn(where: Scene, args: string[], options: Omit<CliRunOptions, 'cwd'> = {}) {
  const before = snapshotFolder(where.root);
  const result = await cli([...args, '--dir', 'profile'], { cwd: where.root, ...options });
  return { result, changed: changedPaths(before, snapshotFolder(where.root)) };
}

const clean = { timedOut: false, trace: false };

describe.concurrent('symbolic links that point outside the profile', () => {
  test('a linked item file is ignored: not read, not exported, not written through', async ({ expect }) => {
    const where = scene({ 'outside/news.md': outsideNews });
    symlinkSync('../../outside/news.md', path.join(where.dir, 'news/2025-02-link.md'));
    const warning =
      'profile/news/2025-02-link.md: warning: is a symbolic link; ignored, so that nothing outside the folder is read or written\n';
    const validate = await runIn(where, ['validate']);
    expect(finishedCleanly(validate.result)).toEqual(clean);
    expect(validate.result.stderr).toBe(warning);
    expect(validate.result.stdout).toBe('profile: valid (2 items, 1 warning)\n');
    const exported = await runIn(where, ['export', '--format', 'json']);
    expect(exported.result.stdout).not.toContain('outside the profile');
    const hide = await runIn(where, ['hide', 'news/2025-02-link']);
    expect(hide.result.stderr).toBe(
      'error: no item "news/2025-02-link"\n  hint: ids are the ones `profile list --all` prints, such as news/2025-07-joined-lab or pub/wang2024wise\n',
    );
    expect(hide.result.status).toBe(1);
    expect(hide.changed).toEqual([]);
    // The same name: the new file goes beside the link, never through it.
    const add = await runIn(where, ['add-news', 'Link', '--date', '2025-02']);
    expect(add.result.stdout).toBe('news/2025-02-link-2\n');
    expect(add.changed).toEqual(['profile/news/2025-02-link-2.md']);
    expect(readFileSync(path.join(where.root, 'outside/news.md'), 'utf8')).toBe(outsideNews);
  });

  test('a linked item folder is ignored when reading and refused when writing', async ({ expect }) => {
    const where = scene({ 'outside/talks/2025-02-02-outside.md': '---\ndate: "2025-02-02"\ntitle: Outside\n---\n' });
    symlinkSync('../outside/talks', path.join(where.dir, 'talks'));
    const validate = await runIn(where, ['validate']);
    expect(validate.result.stderr).toBe(
      'profile/talks: warning: is a symbolic link; ignored, so that nothing outside the folder is read or written\n  hint: replace the link with a real folder\n',
    );
    expect(validate.result.stdout).toBe('profile: valid (2 items, 1 warning)\n');
    const add = await runIn(where, ['add-talk', 'Talk', '--date', '2025-02-03']);
    expect(finishedCleanly(add.result)).toEqual(clean);
    expect(add.result.stderr).toBe(
      `${path.join(where.dir, 'talks')}: error: is a symbolic link; profile does not write through links\n  hint: replace the link with a real folder\n`,
    );
    expect(add.result.status).toBe(1);
    expect(add.changed).toEqual([]);
  });

  test('a linked profile.md is refused: any file of the machine could stand behind it', async ({ expect }) => {
    const where = scene({ 'outside/profile.md': '---\nname: Somebody Else\n---\n' });
    const profileFile = path.join(where.dir, 'profile.md');
    spawnSync('rm', [profileFile]);
    symlinkSync('../outside/profile.md', profileFile);
    const message =
      'profile/profile.md: error: is a symbolic link; profile does not follow links, so that nothing outside the folder is read\n  hint: replace the link with the file itself\n';
    const validate = await runIn(where, ['validate']);
    expect(validate.result.stderr).toBe(`${message}profile: 1 error\n`);
    expect(validate.result.status).toBe(1);
    const add = await runIn(where, ['add-news', 'News', '--date', '2025-02']);
    expect(add.result.stderr).toBe(
      `${message}error: the profile has 1 error\n  hint: fix the files named above; \`profile validate\` lists every problem\n`,
    );
    expect(add.result.status).toBe(1);
    expect(add.changed).toEqual([]);
  });

  test('export --out onto a link is refused; the file behind it is untouched', async ({ expect }) => {
    const where = scene({ 'outside/page.md': 'Not yours.\n' });
    mkdirSync(path.join(where.root, 'site'));
    symlinkSync('../outside/page.md', path.join(where.root, 'site/about.md'));
    const { result, changed } = await runIn(where, ['export', '--out', 'site/about.md']);
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.root, 'site/about.md')}: error: is a symbolic link; profile does not write through links\n  hint: no part of --out may be a link (it could lead anywhere); remove the link or give the real path\n`,
    );
    expect(result.status).toBe(1);
    expect(changed).toEqual([]);
  });

  test('a lock that is a link to a folder outside: refused, the folder outside untouched', async ({ expect }) => {
    const where = scene({ 'outside/lock/.keep': '' });
    symlinkSync('../outside/lock', path.join(where.dir, '.profile.lock'));
    const { result, changed } = await runIn(where, ['add-news', 'News', '--date', '2025-02']);
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.dir, '.profile.lock')}: error: is not a lock of profile (it is a symbolic link)\n  hint: remove it; profile makes its lock itself while a command writes\n`,
    );
    expect(result.status).toBe(1);
    expect(changed).toEqual([]);
  });
});

describe.concurrent('files and folders that cannot be read', () => {
  test('an unreadable item file: read commands report it, a change to it is refused', async ({ expect }) => {
    const where = scene();
    const faults = { unreadable: [path.join(where.dir, 'news/2025-01-kept.md')] };
    const validate = await runIn(where, ['validate'], { faults });
    expect(finishedCleanly(validate.result)).toEqual(clean);
    expect(validate.result.stderr).toBe(
      'profile/news/2025-01-kept.md: error: the file cannot be read (permission denied)\nprofile: 1 error\n',
    );
    expect(validate.result.status).toBe(1);
    const exported = await runIn(where, ['export'], { faults });
    expect(exported.result.status).toBe(1);
    expect(exported.result.stdout).toBe('');
    const hide = await runIn(where, ['hide', 'news/2025-01-kept'], { faults });
    expect(hide.result.stderr).toBe('profile/news/2025-01-kept.md: error: cannot read the file (EACCES)\n');
    expect(hide.result.status).toBe(1);
    expect(hide.changed).toEqual([]);
  });

  test('an unreadable item folder is an error of that folder', async ({ expect }) => {
    const where = scene();
    const { result } = await runIn(where, ['validate'], { faults: { unreadable: [path.join(where.dir, 'news')] } });
    expect(result.stderr).toBe('profile/news: error: the file cannot be read (permission denied)\nprofile: 1 error\n');
    expect(result.status).toBe(1);
  });
});

describe.concurrent('writes that fail: a read-only folder, a full disk', () => {
  const threeEntries = [1, 2, 3]
    .map((n) => `@article{entry${n},\n  author = {Lovelace, Ada},\n  title = {Entry ${n}},\n  year = {2025}\n}\n`)
    .join('\n');
  const writeCases = [
    { name: 'add-news', args: ['add-news', 'News', '--date', '2025-02'], file: 'profile/news/2025-02-news.md' },
    {
      name: 'add-pub',
      args: ['add-pub', 'Paper', '--author', 'Ada Lovelace'],
      file: 'profile/publications/lovelacepaper.md',
    },
    { name: 'hide', args: ['hide', 'news/2025-01-kept'], file: 'profile/news/2025-01-kept.md', replaces: true },
    {
      name: 'edit --set',
      args: ['edit', 'pub/kept', '--set', 'label=L'],
      file: 'profile/publications/kept.md',
      replaces: true,
    },
    { name: 'select', args: ['select', 'pub/kept'], file: 'profile/publications/kept.md', replaces: true },
  ];
  const hints = {
    ENOSPC: 'the disk is full; free some space and run the command again',
    EROFS: 'the file system is read-only',
  } as const;

  for (const code of ['ENOSPC', 'EROFS'] as const) {
    test.for(writeCases)(`${code}: $name exits 1, names the file, changes nothing`, async (writeCase, { expect }) => {
      const where = scene();
      const { result, changed } = await runIn(where, writeCase.args, {
        faults: { writeFailsUnder: where.dir, writeError: code },
      });
      expect(finishedCleanly(result)).toEqual(clean);
      const shown = path.join(where.root, writeCase.file);
      expect(result.stderr).toBe(
        writeCase.replaces
          ? `${shown}: error: cannot write the file (${code})\n  hint: ${hints[code]}\n`
          : `${shown}: error: cannot write (${code})\n  hint: ${hints[code]}\n`,
      );
      expect(result.stdout).toBe('');
      expect(result.status).toBe(1);
      expect(changed).toEqual([]);
    });
  }

  test('ENOSPC in the middle of an import: the files already written are removed again', async ({ expect }) => {
    const where = scene({ 'three.bib': threeEntries });
    const { result, changed } = await runIn(where, ['import-bib', 'three.bib'], {
      faults: { writeFailsUnder: where.dir, writeFailsAfter: 2 },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.dir, 'publications/entry3.md')}: error: cannot write (ENOSPC)\n  hint: ${hints.ENOSPC}\n`,
    );
    expect(result.status).toBe(1);
    expect(changed).toEqual([]);
  });

  test('ENOSPC while an import updates files: the updated ones get their old text back', async ({ expect }) => {
    const where = scene({ 'three.bib': threeEntries });
    await runIn(where, ['import-bib', 'three.bib']);
    writeTree(where.root, { 'three.bib': threeEntries.replaceAll('year = {2025}', 'year = {2024}') });
    const before = snapshotFolder(where.root);
    const result = await cli(['import-bib', 'three.bib', '--dir', 'profile'], {
      cwd: where.root,
      faults: { writeFailsUnder: where.dir, writeFailsAfter: 1 },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    // The updates run at once: which of them gets the last free space depends on their timing.
    expect(result.stderr).toMatch(
      /^\/.*\/profile\/publications\/entry[123]\.md: error: cannot write the file \(ENOSPC\)\n {2}hint: the disk is full; free some space and run the command again\n$/,
    );
    expect(result.status).toBe(1);
    // The one update that was written has its old bytes again (written anew, so only its time differs).
    expect(changedPaths(before, snapshotFolder(where.root), true)).toEqual([]);
  });

  test('ENOSPC on the second of two files hide changes: the first is put back, nothing is lost', async ({ expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await cli(['hide', 'news/2025-01-kept', 'pub/kept', '--dir', 'profile'], {
      cwd: where.root,
      faults: { writeFailsUnder: where.dir, writeFailsAfter: 1 },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.dir, 'publications/kept.md')}: error: cannot write the file (ENOSPC)\n  hint: ${hints.ENOSPC}\n`,
    );
    expect(result.status).toBe(1);
    // Put back by a rename of the old file, which needs no space: the same bytes, and no temporary name left.
    expect(changedPaths(before, snapshotFolder(where.root), true)).toEqual([]);
  });

  test('ENOSPC: init leaves no half-made profile', async ({ expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await cli(['init', 'fresh', '--name', 'Ada Lovelace'], {
      cwd: where.root,
      faults: { writeFailsUnder: where.root },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /: error: cannot write the file \(ENOSPC\)\n {2}hint: the disk is full; free some space/,
    );
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });

  test('ENOSPC: export --out leaves no file and keeps the old page', async ({ expect }) => {
    const where = scene({ 'site/about.md': 'The old page.\n' });
    const { result, changed } = await runIn(where, ['export', '--out', 'site/about.md'], {
      faults: { writeFailsUnder: path.join(where.root, 'site') },
    });
    expect(result.stderr).toBe(
      `${path.join(where.root, 'site/about.md')}: error: cannot write the file (ENOSPC)\n  hint: ${hints.ENOSPC}\n`,
    );
    expect(result.status).toBe(1);
    expect(changed).toEqual([]);
  });
});

describe.concurrent('a file that changes while the command runs', () => {
  test.for([
    ['hide', ['hide', 'news/2025-01-kept']],
    ['edit --set', ['edit', 'news/2025-01-kept', '--set', 'date=2025-03']],
  ] as const)(
    '%s: another program saved it meanwhile; its change is kept and nothing is written',
    async ([, args], { expect }) => {
      const where = scene();
      const file = path.join(where.dir, 'news/2025-01-kept.md');
      const theirs = '---\ndate: "2025-01"\n---\nSaved by an editor while the command ran.\n';
      const { result, changed } = await runIn(where, [...args], { faults: { changeOnRead: { file, text: theirs } } });
      expect(finishedCleanly(result)).toEqual(clean);
      expect(result.stderr).toBe(
        'profile/news/2025-01-kept.md: error: the file was changed by another program while the command ran; nothing was written\n  hint: run the command again; it starts from the file as it is now\n',
      );
      expect(result.status).toBe(1);
      expect(changed).toEqual(['profile/news/2025-01-kept.md']);
      expect(readFileSync(file, 'utf8')).toBe(theirs);
    },
  );
  test.for([
    ['select', ['select', 'pub/kept']],
    ['import-bib (an update)', ['import-bib', 'update.bib']],
  ] as const)(
    '%s: another program saved the publication meanwhile; its change is kept and nothing is written',
    async ([name, args], { expect }) => {
      const where = scene({
        // One entry updates pub/kept (a new DOI), the other would be a new file: neither may be written.
        'update.bib':
          '@article{kept,\n  author = {Lovelace, Ada},\n  title = {A Publication That Must Survive},\n  year = {2024},\n  doi = {10.1000/kept}\n}\n\n@article{other,\n  author = {Lovelace, Ada},\n  title = {Other},\n  year = {2025}\n}\n',
      });
      const file = path.join(where.dir, 'publications/kept.md');
      const theirs =
        '---\nkey: kept\ntitle: Retitled in an editor meanwhile\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "2024"\n---\n';
      const { result, changed } = await runIn(where, [...args], { faults: { changeOnRead: { file, text: theirs } } });
      expect(finishedCleanly(result)).toEqual(clean);
      const again = name === 'select' ? 'the command' : 'the import';
      expect(result.stderr).toBe(
        `profile/publications/kept.md: error: the file was changed by another program while the command ran; nothing was written\n  hint: run ${again} again; it starts from the file as it is now\n`,
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(changed).toEqual(['profile/publications/kept.md']);
      expect(readFileSync(file, 'utf8')).toBe(theirs);
    },
  );
});

describe.concurrent('devices and endless inputs', () => {
  test('export --out onto a named pipe is refused: the pipe stays a pipe', async ({ expect }) => {
    const where = scene();
    spawnSync('mkfifo', [path.join(where.root, 'pipe.md')]);
    const { result, changed } = await runIn(where, ['export', '--out', 'pipe.md']);
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.root, 'pipe.md')}: error: is a device, a pipe or a socket, not a file; profile writes only plain files\n  hint: choose another path, or leave out --out to print to standard output\n`,
    );
    expect(result.status).toBe(1);
    expect(changed).toEqual([]);
  });

  test.for([
    ['import-bib /dev/zero', ['import-bib', '/dev/zero'], '/dev/zero'],
    ['import-page /dev/zero', ['import-page', '/dev/zero', '--merge'], '/dev/zero'],
    ['import-bib - with endless input', ['import-bib', '-'], '<stdin>'],
  ] as const)('%s: stopped at 100 MB with an error, nothing written', async ([, args, shown], { expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const endless = (args as readonly string[]).includes('-');
    // The 100 MB limit bounds the work: an input that never ends is read that far and no further.
    const result = endless
      ? await runProcess('sh', ['-c', `yes | "${process.execPath}" "${cli.bin}" import-bib - --dir profile`], {
          cwd: where.root,
        })
      : await cli([...args, '--dir', 'profile'], { cwd: where.root });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${shown}: error: is larger than 100 MB; nothing was imported\n  hint: check that it is the right file (a device such as /dev/zero never ends); a page or a BibTeX file is far smaller\n`,
    );
    expect(result.status).toBe(1);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });
  test('a regular file of more than 100 MB is refused by its size, before a byte of it is read', async ({ expect }) => {
    const where = scene();
    // Sparse: 101 MB that take no room on the disk, so that the test is fast and the refusal is the size's alone.
    const huge = path.join(where.root, 'huge.bib');
    const handle = openSync(huge, 'w');
    ftruncateSync(handle, 101 * 1024 * 1024);
    closeSync(handle);
    const before = snapshotFolder(where.root);
    const result = await cli(['import-bib', 'huge.bib', '--dir', 'profile'], { cwd: where.root });
    expect(result.stderr).toBe(
      'huge.bib: error: is larger than 100 MB; nothing was imported\n  hint: check that it is the right file (a device such as /dev/zero never ends); a page or a BibTeX file is far smaller\n',
    );
    expect(result.status).toBe(1);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });
});

describe.concurrent('what a killed command leaves behind', () => {
  test('a lock left by a process that no longer runs is taken over at once, then removed', async ({ expect }) => {
    const where = scene();
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid as number;
    const lock = path.join(where.dir, '.profile.lock');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'owner'), JSON.stringify({ pid: dead, host: os.hostname() }));
    // Touched a day ahead, the lock never goes stale while the command waits: it can only get the lock because it
    // sees that the holder is gone (otherwise it gives up "busy" with exit 1), however slow the machine is.
    const ahead = new Date(Date.now() + 24 * 3600_000);
    utimesSync(lock, ahead, ahead);
    const { result, changed } = await runIn(where, ['add-news', 'After a crash', '--date', '2025-02']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(changed).toEqual([
      'profile/.profile.lock',
      'profile/.profile.lock/owner',
      'profile/news/2025-02-after-a-crash.md',
    ]);
    expect(readdirSync(where.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  test('a stale lock without an owner (another machine, an old version) is taken over once stale', async ({
    expect,
  }) => {
    const where = scene();
    const lock = path.join(where.dir, '.profile.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const { result } = await runIn(where, ['add-news', 'After a crash', '--date', '2025-02']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(where.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  test('temporary files of interrupted writes: validate names them, the next write removes them', async ({
    expect,
  }) => {
    const where = scene({
      'profile/news/.2025-02-half.0123456789ab.tmp': '---\ndate: "20',
      'profile/publications/.import.0123456789ab.7.tmp': '---\nkey: half',
      'profile/news/2025-01-kept.md.2148033491': keptNews.replace('survive', 'be replaced'),
    });
    const validate = await runIn(where, ['validate']);
    expect(validate.result.stderr).toBe(
      'profile/news/2025-01-kept.md.2148033491: warning: a temporary file left by an interrupted write; ignored\n  hint: the next command that changes the profile removes it\n',
    );
    expect(validate.result.stdout).toBe('profile: valid (2 items, 1 warning)\n');
    expect(validate.result.status).toBe(0);
    const add = await runIn(where, ['add-news', 'Next', '--date', '2025-02']);
    expect(add.result.status).toBe(0);
    expect(add.changed).toEqual([
      'profile/news/.2025-02-half.0123456789ab.tmp',
      'profile/news/2025-01-kept.md.2148033491',
      'profile/news/2025-02-next.md',
      'profile/publications/.import.0123456789ab.7.tmp',
    ]);
    expect(readFileSync(path.join(where.dir, 'news/2025-01-kept.md'), 'utf8')).toBe(keptNews);
  });
});
