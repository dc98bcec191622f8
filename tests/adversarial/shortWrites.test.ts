/**
 * Short writes: write(2) may take fewer bytes than asked (a nearly full disk, a network file system), and a writer
 * that ignores the count renames a file cut short into place with exit 0 (issue 19). Every command that writes is run
 * (1) on a simulated file system that takes a few bytes per call, where every file must come out whole; (2) on one
 * that fills up in the middle of a file, with a short count and then ENOSPC or a count of 0, where the command must
 * exit 1 naming the file and leave the old file as it was; and (3) as root, on a real 64 KB tmpfs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, test } from 'vitest';
import { finishedCleanly, keptNews, type Scene, useScenes, writeTree } from './support/adversarialProfile.js';
import { type CliRunOptions, useBuiltCli } from './support/builtCli.js';
import { changedPaths, type FolderSnapshot, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const seedPage = fileURLToPath(new URL('../fixtures/seed/about.md', import.meta.url));
const scene = useScenes();
const clean = { timedOut: false, trace: false };
const diskFullHint = 'the disk is full; free some space and run the command again';
const longBody = `${'A body long enough to need many writes. '.repeat(200)}\n`;
const bibWithThree = [1, 2, 3]
  .map((n) => `@article{entry${n},\n  author = {Lovelace, Ada},\n  title = {Entry ${n}},\n  year = {2025}\n}\n`)
  .join('\n');

async function runIn(where: Scene, args: readonly string[], options: Omit<CliRunOptions, 'cwd'> = {}) {
  return cli([...args, '--dir', 'profile'], { cwd: where.root, ...options });
}

/** The kinds and bytes of every entry, without times: two folders written alike compare equal. */
function contents(snapshot: FolderSnapshot): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(snapshot).map(([name, entry]) => [name, `${entry.kind}:${entry.content}`]));
}

interface WriteCase {
  name: string;
  args: readonly string[];
  /** The file the first write goes to, relative to the scene's root; an existing one must keep its bytes. */
  file: string;
  /** True when the file exists and is replaced (the message is `cannot write the file`). */
  replaces: boolean;
  setUp?: (where: Scene) => Promise<void>;
}

const writeCases: WriteCase[] = [
  {
    name: 'export --out',
    args: ['export', '--out', 'site/about.md'],
    file: 'site/about.md',
    replaces: true,
    setUp: async (where) => writeTree(where.root, { 'site/about.md': `The old page.\n${longBody}` }),
  },
  {
    name: 'edit --set body=…',
    args: ['edit', 'news/2025-01-kept', '--set', `body=${longBody}`],
    file: 'profile/news/2025-01-kept.md',
    replaces: true,
  },
  { name: 'hide', args: ['hide', 'news/2025-01-kept'], file: 'profile/news/2025-01-kept.md', replaces: true },
  {
    name: 'add-news',
    args: ['add-news', longBody.trim(), '--date', '2025-02'],
    file: 'profile/news/2025-02-a-body-long-enough-to-need.md',
    replaces: false,
  },
  {
    name: 'import-bib',
    args: ['import-bib', 'three.bib'],
    file: 'profile/publications/entry1.md',
    replaces: false,
    setUp: async (where) => writeTree(where.root, { 'three.bib': bibWithThree }),
  },
];

describe.concurrent('a file system that takes a few bytes per write', () => {
  test.for(writeCases)('$name writes every byte of every file', async (writeCase, { expect }) => {
    const faulty = scene();
    const normal = scene();
    await writeCase.setUp?.(faulty);
    await writeCase.setUp?.(normal);
    const expected = await runIn(normal, writeCase.args);
    expect(expected.status).toBe(0);
    const result = await runIn(faulty, writeCase.args, {
      faults: { shortWrites: { under: faulty.root, bytesPerWrite: 3 } },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect({ status: result.status, stdout: result.stdout }).toEqual({
      status: 0,
      stdout: expected.stdout,
    });
    expect(contents(snapshotFolder(faulty.root))).toEqual(contents(snapshotFolder(normal.root)));
  });

  test.for([
    ['init', ['init', 'fresh', '--name', 'Ada Lovelace']],
    ['import-page', ['import-page', 'seed-about.md', '--dir', 'imported']],
  ] as const)('%s writes every byte of every file of the new profile', async ([, args], { expect }) => {
    const faulty = scene();
    const normal = scene();
    for (const where of [faulty, normal]) copyFileSync(seedPage, path.join(where.root, 'seed-about.md'));
    const expected = await cli(args, { cwd: normal.root });
    expect(expected.status, expected.stderr).toBe(0);
    const result = await cli(args, {
      cwd: faulty.root,
      faults: { shortWrites: { under: faulty.root, bytesPerWrite: 3 } },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 0, stdout: expected.stdout });
    expect(contents(snapshotFolder(faulty.root))).toEqual(contents(snapshotFolder(normal.root)));
  });

  test('export --site writes every byte of every site file and of the manifest', async ({ expect }) => {
    const faulty = scene();
    const normal = scene();
    const args = ['export', '--site', 'academicpages', '--out', 'site'];
    expect((await runIn(normal, args)).status).toBe(0);
    const result = await runIn(faulty, args, { faults: { shortWrites: { under: faulty.root, bytesPerWrite: 3 } } });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.status).toBe(0);
    const written = contents(snapshotFolder(path.join(faulty.root, 'site')));
    expect(Object.keys(written)).toContain('.profile-export.json');
    expect(written).toEqual(contents(snapshotFolder(path.join(normal.root, 'site'))));
  });
});

describe.concurrent('a disk that fills up in the middle of a file: a short count, then nothing', () => {
  for (const whenFull of ['ENOSPC', 'zero'] as const) {
    test.for(writeCases)(
      `then ${whenFull === 'zero' ? 'a count of 0' : 'ENOSPC'}: $name exits 1 naming the file; the old file is kept`,
      async (writeCase, { expect }) => {
        const where = scene();
        await writeCase.setUp?.(where);
        const validBefore = await runIn(where, ['validate']);
        const before = snapshotFolder(where.root);
        const result = await runIn(where, writeCase.args, {
          faults: { shortWrites: { under: where.root, bytesPerWrite: 16, bytesLeft: 40, whenFull } },
        });
        expect(finishedCleanly(result)).toEqual(clean);
        const message = writeCase.replaces ? 'cannot write the file' : 'cannot write';
        expect(result.stderr).toBe(
          `${path.join(where.root, writeCase.file)}: error: ${message} (ENOSPC)\n  hint: ${diskFullHint}\n`,
        );
        expect(result.status).toBe(1);
        expect(changedPaths(before, snapshotFolder(where.root), true)).toEqual([]);
        expect(await runIn(where, ['validate'])).toMatchObject({
          status: validBefore.status,
          stdout: validBefore.stdout,
          stderr: validBefore.stderr,
        });
      },
    );
  }
});

const isRoot = process.getuid?.() === 0;

/** A real tmpfs of 64 KB, or why there is none (not root; mount refused, as in some containers). */
function mountTinyTmpfs(): { folder: string } | { skip: string } {
  if (!isRoot) return { skip: 'mounting a tmpfs needs root' };
  const folder = mkdtempSync(path.join(os.tmpdir(), 'profile-tiny-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    return { skip: `mount -t tmpfs failed: ${mounted.stderr.trim() || mounted.error?.message}` };
  }
  afterAll(() => {
    spawnSync('umount', [folder]);
    rmSync(folder, { recursive: true, force: true });
  });
  return { folder };
}

const tiny = mountTinyTmpfs();

describe('a real 64 KB tmpfs, nearly full (as root)', () => {
  const why = 'skip' in tiny ? tiny.skip : '';
  test.skipIf('skip' in tiny)(
    `edit --set body=… and export --out: exit 1, the error, the old files unchanged, validate sees the old text${why ? ` (skipped: ${why})` : ''}`,
    async ({ expect }) => {
      const root = (tiny as { folder: string }).folder;
      const where: Scene = { root, dir: path.join(root, 'profile') };
      // A bio of 20 KB: its page cannot fit in what is left either.
      const big = `${'x'.repeat(20_000)}\n`;
      writeTree(root, {
        'profile/profile.md': `---\nname: Ada Lovelace\n---\n${big}`,
        'profile/news/2025-01-kept.md': keptNews,
        'site/about.md': 'The old page.\n',
      });
      mkdirSync(path.join(root, 'profile/publications'));
      const validBefore = await runIn(where, ['validate']);
      expect(validBefore.status).toBe(0);
      // Fill the disk to its last two pages, so that a write of 20 KB is taken in part and then refused.
      const free = () =>
        Number(execFileSync('df', ['-B1', '--output=avail', root], { encoding: 'utf8' }).split('\n')[1]);
      writeFileSync(path.join(root, 'filler'), Buffer.alloc(Math.max(0, free() - 8192)));
      expect(free()).toBeLessThanOrEqual(8192);
      const before = snapshotFolder(root);

      const edit = await runIn(where, ['edit', 'news/2025-01-kept', '--set', `body=${big}`]);
      expect(finishedCleanly(edit)).toEqual(clean);
      expect({ status: edit.status, stderr: edit.stderr }).toEqual({
        status: 1,
        stderr: `${path.join(where.dir, 'news/2025-01-kept.md')}: error: cannot write the file (ENOSPC)\n  hint: ${diskFullHint}\n`,
      });

      const exported = await runIn(where, ['export', '--out', 'site/about.md']);
      expect(finishedCleanly(exported)).toEqual(clean);
      expect({ status: exported.status, stderr: exported.stderr }).toEqual({
        status: 1,
        stderr: `${path.join(root, 'site/about.md')}: error: cannot write the file (ENOSPC)\n  hint: ${diskFullHint}\n`,
      });

      // Not even a temporary file is left: the disk has as much space as before.
      expect(changedPaths(before, snapshotFolder(root), true)).toEqual([]);
      expect(readFileSync(path.join(where.dir, 'news/2025-01-kept.md'), 'utf8')).toBe(keptNews);
      expect(await runIn(where, ['validate'])).toMatchObject({ status: 0, stdout: validBefore.stdout });
    },
  );
});
