/**
 * `export --site` changes the site all at once or not at all. A site holding the export of one version of a profile
 * (plus a file of the user's) is exported from another version (titles changed, items removed and added) while the
 * file system fails (ENOSPC while files are staged, a rename that fails while they are moved in, the undo itself
 * killed) or the process is killed with SIGKILL just before its k-th file-system call, for k over the whole run, and
 * at random moments from outside. After a failure the site is exactly as it was; after a kill, the next run finishes
 * or undoes the change and leaves exactly the export it was asked for, no lock and no staging folder.
 * Work is bounded by counts (kill points, runs), never by time.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { cleanEnv } from '../e2e/runCli.js';
import { finishedCleanly, type Scene, useScenes, writeTree } from './support/adversarialProfile.js';
import { type CliRunOptions, useBuiltCli } from './support/builtCli.js';
import { changedPaths, type FolderSnapshot, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const clean = { timedOut: false, trace: false };
const exportArgs = ['export', '--site', 'academicpages', '--dir', 'profile', '--out', 'site'];
const usersFile = { 'site/_pages/mine.md': 'A page of the user: every run leaves it alone.\n' };

type Version = 'A' | 'B';

/** Version A: papers 1–24. Version B: 1–12 retitled, 13–18 gone, 25–30 new. */
function publicationsOf(version: Version, count = 24): Record<string, string> {
  const numbers =
    version === 'A'
      ? Array.from({ length: count }, (_, index) => index + 1)
      : Array.from({ length: count + count / 4 }, (_, index) => index + 1).filter(
          (n) => n <= count / 2 || n > (count * 3) / 4,
        );
  return Object.fromEntries(
    numbers.map((n) => [
      `profile/publications/paper${n}.md`,
      `---\nkey: paper${n}\ntitle: Paper ${n}${version === 'B' && n <= count / 2 ? ', revised' : ''}\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "20${10 + (n % 15)}"\n---\n`,
    ]),
  );
}

function setVersion(where: Scene, version: Version, count?: number): void {
  rmSync(path.join(where.dir, 'publications'), { recursive: true, force: true });
  writeTree(where.root, publicationsOf(version, count));
}

function exportIn(where: Scene, options: Omit<CliRunOptions, 'cwd'> = {}) {
  return cli(exportArgs, { cwd: where.root, ...options });
}

/** Kinds and bytes, without times. */
function contents(snapshot: FolderSnapshot): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot).map(([name, entry]) => [name, `${entry.kind}:${entry.content}`]));
}

/** The site folder a clean export of `version` makes (plus the user's file). */
const references = new Map<string, Record<string, string>>();
async function referenceSite(version: Version, count?: number): Promise<Record<string, string>> {
  const key = `${version}${count ?? ''}`;
  const known = references.get(key);
  if (known) return known;
  const where = scene(usersFile);
  setVersion(where, version, count);
  const result = await exportIn(where);
  if (result.status !== 0) throw new Error(`the reference export failed: ${result.stderr}`);
  const made = contents(snapshotFolder(path.join(where.root, 'site')));
  references.set(key, made);
  return made;
}

/** A scene whose site holds the export of `version`. */
async function exportedScene(version: Version, count?: number): Promise<Scene> {
  const where = scene(usersFile);
  setVersion(where, version, count);
  const result = await exportIn(where);
  if (result.status !== 0) throw new Error(`the first export failed: ${result.stderr}`);
  return where;
}

/** What a run left in the site's bookkeeping: the lock, and the staging folder with its journal or undo record. */
function leftovers(where: Scene): string {
  const site = path.join(where.root, 'site');
  const txn = path.join(site, '.profile-export.txn');
  const lock = existsSync(path.join(site, '.profile-export.lock')) ? 'lock' : 'no lock';
  if (!existsSync(txn)) return `${lock}, no staging`;
  const names = readdirSync(txn);
  const stage = names.includes('journal.json') ? 'journal' : names.includes('undo.json') ? 'undo' : 'staging';
  return `${lock}, ${stage}`;
}

describe.concurrent('a failure leaves the site exactly as it was', () => {
  test.for([0, 1, 7, 20, 35])(
    'ENOSPC on the write of staged file %i: exit 1, nothing of the new export is visible',
    async (after, { expect }) => {
      const where = await exportedScene('A');
      setVersion(where, 'B');
      const before = snapshotFolder(path.join(where.root, 'site'));
      const result = await exportIn(where, {
        faults: { writeFailsUnder: path.join(where.root, 'site'), writeFailsAfter: after },
      });
      expect(finishedCleanly(result)).toEqual(clean);
      expect(result.stderr).toMatch(
        /^\/\S+: error: cannot write the file \(ENOSPC\)\n {2}hint: the disk is full; free some space and run the command again\n$/,
      );
      expect(result.status).toBe(1);
      expect(changedPaths(before, snapshotFolder(path.join(where.root, 'site')), true)).toEqual([]);
    },
  );

  test.for([0, 3, 15, 40, 60])(
    'a rename that fails after %i others (while files move in): exit 1, the old files are put back',
    async (after, { expect }) => {
      const where = await exportedScene('A');
      setVersion(where, 'B');
      const before = snapshotFolder(path.join(where.root, 'site'));
      const result = await exportIn(where, {
        faults: { renameFails: { under: path.join(where.root, 'site'), after } },
      });
      expect(finishedCleanly(result)).toEqual(clean);
      expect(result.stderr).toMatch(
        /^\/\S+: error: cannot (write the file|change the site) \(EIO\)(; it was left as it was)?\n {2}hint: the disk reported an input\/output error; check the disk, then run the command again\n$/,
      );
      expect(result.status).toBe(1);
      expect(changedPaths(before, snapshotFolder(path.join(where.root, 'site')), true)).toEqual([]);
    },
  );

  test('renames that keep failing: the undo cannot finish either; exit 1, and the next run puts the site right', async ({
    expect,
  }) => {
    const where = await exportedScene('A');
    setVersion(where, 'B');
    const result = await exportIn(where, {
      faults: { renameFails: { under: path.join(where.root, 'site'), after: 20, every: true } },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.root, 'site')}: error: the export failed (EIO) and could not be undone (EIO)\n  hint: the next export into this folder finishes or undoes it; until then .profile-export.txn holds the files\n`,
    );
    expect(result.status).toBe(1);
    expect(leftovers(where)).toBe('no lock, journal');
    const next = await exportIn(where);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr.split('\n')[0]).toBe('note: an export into site had been interrupted; it was finished first');
    expect(contents(snapshotFolder(path.join(where.root, 'site')))).toEqual(await referenceSite('B'));
    expect(leftovers(where)).toBe('no lock, no staging');
  });

  test('when the site folder is new, a failed first export leaves no folder at all', async ({ expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await exportIn(where, { faults: { writeFailsUnder: where.root, writeFailsAfter: 3 } });
    expect(result.status).toBe(1);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });
});

describe('SIGKILL at every stage: the next run leaves a consistent site and no stale lock', () => {
  test('killed before its k-th file-system call, for k across the whole run; alternating versions', {
    timeout: 400_000,
  }, async ({ expect }) => {
    const where = await exportedScene('A');
    const stateAfterKill: Record<string, number> = {};
    let version: Version = 'A';
    let kills = 0;
    // Every fifth call, from the first staged file to the last cleanup, until a run ends by itself.
    for (let after = 0; kills < 80; after += 5) {
      version = version === 'A' ? 'B' : 'A';
      setVersion(where, version);
      const killed = await exportIn(where, { faults: { killAt: { under: path.join(where.root, 'site'), after } } });
      if (killed.signal !== 'SIGKILL') {
        // Past the last call: this run finished by itself.
        expect({ status: killed.status, stderr: killed.stderr.includes('error') }).toEqual({
          status: 0,
          stderr: false,
        });
        break;
      }
      kills++;
      const state = leftovers(where);
      stateAfterKill[state] = (stateAfterKill[state] ?? 0) + 1;
      const next = await exportIn(where);
      expect(finishedCleanly(next), `after kill ${after}`).toEqual(clean);
      expect(next.status, `after kill ${after}: ${next.stderr}`).toBe(0);
      expect(contents(snapshotFolder(path.join(where.root, 'site'))), `after kill ${after}`).toEqual(
        await referenceSite(version),
      );
      expect(leftovers(where)).toBe('no lock, no staging');
    }
    // The kills landed in every stage: while staging, after the commit point, and after the run's own end.
    expect(kills).toBeGreaterThanOrEqual(20);
    expect(Object.keys(stateAfterKill).sort()).toEqual(['lock, journal', 'lock, no staging', 'lock, staging']);
  });

  test('killed while it undoes a failed change: the next run finishes the undo, then exports', {
    timeout: 400_000,
  }, async ({ expect }) => {
    const where = await exportedScene('A');
    let undoKills = 0;
    for (const failAfter of [10, 30, 50]) {
      for (const killAfter of [0, 2, 5, 9, 14]) {
        setVersion(where, 'B');
        const killed = await exportIn(where, {
          faults: {
            renameFails: { under: path.join(where.root, 'site'), after: failAfter },
            killAt: { under: path.join(where.root, 'site'), after: killAfter, afterFailure: true },
          },
        });
        if (killed.signal === 'SIGKILL') {
          undoKills++;
          // Killed at the first step of the undo, the rename of the journal itself: the change is still to finish.
          expect(leftovers(where)).toBe(killAfter === 0 ? 'lock, journal' : 'lock, undo');
        } else expect(killed.status).toBe(1);
        // The next run sees the old site (the undo finished), then exports B; the one after that, A again.
        const next = await exportIn(where);
        expect(next.status, next.stderr).toBe(0);
        expect(contents(snapshotFolder(path.join(where.root, 'site')))).toEqual(await referenceSite('B'));
        setVersion(where, 'A');
        expect((await exportIn(where)).status).toBe(0);
        expect(contents(snapshotFolder(path.join(where.root, 'site')))).toEqual(await referenceSite('A'));
      }
    }
    expect(undoKills).toBeGreaterThanOrEqual(5);
  });

  test('killed from outside at random moments (seeded): the next run completes the site', {
    timeout: 400_000,
  }, async ({ expect }) => {
    const seed = Number(process.env.PROFILE_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    let state = seed >>> 0;
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const count = 400;
    const where = await exportedScene('A', count);
    setVersion(where, 'B', count);
    // How long one whole run takes here, so that the kills fall inside a run on this machine.
    const whole = await exportIn(where);
    expect(whole.status).toBe(0);
    let version: Version = 'B';
    const kills = 8;
    for (let kill = 0; kill < kills; kill++) {
      version = version === 'A' ? 'B' : 'A';
      setVersion(where, version, count);
      const delay = Math.floor(random() * whole.durationMs);
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, [cli.bin, ...exportArgs], {
        cwd: where.root,
        env: cleanEnv(),
        stdio: 'ignore',
      });
      setTimeout(() => child.kill('SIGKILL'), delay);
      await new Promise((resolve) => child.on('close', resolve));
      const next = await exportIn(where);
      expect(next.status, `seed ${seed}, kill ${kill}: ${next.stderr}`).toBe(0);
      expect(contents(snapshotFolder(path.join(where.root, 'site'))), `seed ${seed}, kill ${kill}`).toEqual(
        await referenceSite(version, count),
      );
      expect(leftovers(where)).toBe('no lock, no staging');
    }
  });
});

describe.concurrent('what a killed run leaves is untrusted too', () => {
  test('a journal listing a path outside the site is refused whole; nothing outside is touched', async ({ expect }) => {
    const where = await exportedScene('A');
    const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    writeTree(where.root, {
      'site/.profile-export.txn/journal.json': `${JSON.stringify({
        format: 'profile-export-journal/1',
        entries: [{ kind: 'remove', path: '../outside/secret.txt', before: hash }],
        folders: [],
      })}\n`,
    });
    const before = snapshotFolder(where.root);
    const result = await exportIn(where);
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      `${path.join(where.root, 'site/.profile-export.txn/journal.json')}: error: the journal of an interrupted export lists the path "../outside/secret.txt", which has a ".." segment; nothing was changed\n  hint: check the site folder (e.g. git status), then delete .profile-export.txn and export again\n`,
    );
    expect(result.status).toBe(1);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });

  test('--check on a site with an unfinished export says so and writes nothing', async ({ expect }) => {
    const where = await exportedScene('A');
    writeTree(where.root, { 'site/.profile-export.txn/new/0': 'half' });
    const before = snapshotFolder(where.root);
    const result = await cli([...exportArgs, '--check'], { cwd: where.root });
    expect(result.stderr).toBe(
      `${path.join(where.root, 'site/.profile-export.txn')}: error: an export into this folder was interrupted and is not finished\n  hint: run the same command without --check: it finishes or undoes that export first\n`,
    );
    expect(result.status).toBe(1);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
    const run = await exportIn(where);
    expect(run.stderr).toBe(
      'note: an export into site had been interrupted; it was undone first\nacademicpages: 0 created, 0 updated, 0 removed, 49 unchanged in site\n',
    );
    expect(run.status).toBe(0);
    expect(leftovers(where)).toBe('no lock, no staging');
  });
});
