/** `profile list` as a process: a plain table when stdout is not a terminal, JSON for scripts, filters, usage errors. */
import { spawn } from 'node:child_process';
import { beforeAll, describe, test } from 'vitest';
import { cleanEnv, cliBin, runCli } from './runCli.js';
import { copyBundledProfile, useTempFolders, writeFiles } from './tempFolders.js';

const { fresh } = useTempFolders();
let root = '';

beforeAll(async () => {
  root = await fresh();
  await copyBundledProfile(root);
});

interface ListedItem {
  id: string;
  kind: string;
  date: string | null;
  file: string;
  hidden: boolean;
  fields: Record<string, unknown>;
  body: string;
}

async function listJson(args: string[]): Promise<ListedItem[]> {
  const result = await runCli(['list', ...args, '--json'], { cwd: root });
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ListedItem[];
}

const visibleNewsNewestFirst = [
  'news/2025-07-joined-tongyi-lab',
  'news/2025-07-best-poster-mobiuk-2025',
  'news/2025-07-session-chair-kdd-2025',
  'news/2025-06-phd-defense',
  'news/2025-06-own-best-teacher-iccv-2025',
  'news/2025-05-editing-as-unlearning-preprint',
  'news/2025-05-fedgucci-kdd-2025',
  'news/2025-04-universal-personalization-tmc',
  'news/2025-03-associate-chair-fedkdd-2025',
  'news/2024-09-wise-neurips-2024',
  'news/2024-05-kdd-icml-2024-papers',
];

describe.concurrent('list as a table', () => {
  test('has an ID DATE FLAGS TITLE header and no colour when stdout is a pipe', async ({ expect }) => {
    const runs = await Promise.all([
      runCli(['list'], { cwd: root }),
      runCli(['list'], { cwd: root, env: { NO_COLOR: '1' } }),
      runCli(['list', 'news', '--all'], { cwd: root, env: { TERM: 'xterm-256color' } }),
    ]);
    for (const [index, result] of runs.entries()) {
      expect(result.status).toBe(0);
      // How many it left out, on stderr; none with --all.
      expect(result.stderr).toBe(index < 2 ? '15 hidden; --all shows them\n' : '');
      expect(result.stdout.split('\n')[0]).toMatch(/^ID +DATE +FLAGS +TITLE$/);
      expect(result.stdout).not.toContain('\x1b[');
    }
  });

  test('list news: the 11 visible news, newest first', async ({ expect }) => {
    const result = await runCli(['list', 'news'], { cwd: root });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 11);
    expect(lines.slice(1).map((line) => line.split(/ +/)[0])).toEqual(visibleNewsNewestFirst);
    expect(lines[1]).toMatch(
      /^news\/2025-07-joined-tongyi-lab +2025-07 +- +I joined Tongyi Lab, Alibaba Group, as a research scientist\.$/,
    );
    expect(result.stdout.endsWith('\n')).toBe(true);
  });

  test('list news --all: all 24 news, hidden ones flagged, dates never increasing', async ({ expect }) => {
    const result = await runCli(['list', 'news', '--all'], { cwd: root });
    expect(result.status).toBe(0);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/ +/));
    expect(rows).toHaveLength(24);
    expect(rows.filter((row) => row[2] === 'hidden')).toHaveLength(13);
    const dates = rows.map((row) => row[1] ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows.at(-1)?.[0]).toBe('news/2022-09-patterns-paper-accepted');
  });
});

describe.concurrent('list --json', () => {
  test('is an array of items with id, kind, date, file, hidden, fields and body', async ({ expect }) => {
    const [visible, all] = await Promise.all([listJson([]), listJson(['--all'])]);
    expect(all).toHaveLength(24 + 9 + 3 + 3 + 3 + 2 + 4);
    expect(visible).toHaveLength(all.filter((item) => !item.hidden).length);
    expect(visible.some((item) => item.hidden)).toBe(false);
    for (const item of all) {
      expect(Object.keys(item).sort()).toEqual(['body', 'date', 'fields', 'file', 'hidden', 'id', 'kind']);
    }
    expect(all.find((item) => item.id === 'pub/wang2024wise')).toMatchObject({
      kind: 'publication',
      file: 'publications/wang2024wise.md',
      date: '2024',
      hidden: false,
      fields: { key: 'wang2024wise', selected: true },
    });
    expect(visible.filter((item) => item.kind === 'news').map((item) => item.id)).toEqual(visibleNewsNewestFirst);
  });

  test('publications --selected: the 7 visible selected publications', async ({ expect }) => {
    const items = await listJson(['publications', '--selected']);
    expect(items.map((item) => item.id)).toEqual([
      'pub/li2025editing',
      'pub/li2025fedgucci',
      'pub/wang2024wise',
      'pub/li2023revisiting',
      'pub/li2023no',
      'pub/li2022can',
      'pub/li2022towards',
    ]);
    for (const item of items) {
      expect(item.kind).toBe('publication');
      expect(item.fields.selected).toBe(true);
    }
  });

  test('--year 2024: the visible items dated 2024, news first', async ({ expect }) => {
    const [visible, all] = await Promise.all([listJson(['--year', '2024']), listJson(['--year', '2024', '--all'])]);
    expect(visible.map((item) => item.id)).toEqual([
      'news/2024-09-wise-neurips-2024',
      'news/2024-05-kdd-icml-2024-papers',
      'pub/wang2024wise',
      'talk/2024-11-14-cambridge-cst',
    ]);
    expect(all.map((item) => item.id)).toContain('pub/li2024text');
    for (const item of all) expect(item.date?.slice(0, 4)).toBe('2024');
  });
});

describe.concurrent('list by the names people type', () => {
  test.for(['pub', 'pubs', 'publication', 'talk', 'talks'])('list %s', async (name, { expect }) => {
    const items = await listJson([name]);
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set([name.startsWith('pub') ? 'publication' : 'talk']));
    expect(items.length).toBeGreaterThan(0);
  });
});

describe.concurrent('list with an invalid file', () => {
  test('lists the others, marks the invalid one, prints its error, exits 1', async ({ expect }) => {
    const dir = await fresh();
    await copyBundledProfile(dir);
    await writeFiles(dir, { 'profile/news/2025-01-bad-month.md': '---\ndate: 2025-13\n---\nA news item.\n' });
    const result = await runCli(['list', 'news', '--all'], { cwd: dir });
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 24 + 1);
    expect(lines.at(-1)).toMatch(/^news\/2025-01-bad-month +- +invalid +\(the file has an error, shown above\)$/);
    expect(result.stderr).toBe(
      'profile/news/2025-01-bad-month.md:2: error: "date" "2025-13" has an impossible month (13)\n',
    );
  });
});

describe.concurrent('list usage errors', () => {
  test('an unknown kind: exit 2, the choices on stderr, nothing on stdout', async ({ expect }) => {
    const result = await runCli(['list', 'foo'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'foo'");
    expect(result.stderr).toContain('news, publications, talks, service');
    expect(result.stderr).toContain('--help');
  });

  test('no profile in the folder: one error that says how to make one or find yours', async ({ expect }) => {
    const result = await runCli(['list'], { cwd: await fresh() });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'profile/profile.md: error: there is no profile here (profile.md is missing)\n  hint: run `profile init` to create one, or pass --dir with the profile folder\n',
    );
  });

  test('--year abc: exit 2 with a message about the year', async ({ expect }) => {
    const result = await runCli(['list', '--year', 'abc'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'abc'");
    expect(result.stderr).toMatch(/year/);
    expect(result.stderr).not.toMatch(/^ {4}at /m);
  });
});

describe('list into a reader that stops reading', () => {
  test('`profile list --json | head -c 10`: exit 0, no error, however long the list', async ({ expect }) => {
    const dir = await fresh();
    const profile = await copyBundledProfile(dir);
    const news: Record<string, string> = {};
    // Far more than a pipe's buffer (64 KiB), so that the CLI is still writing when the reader goes.
    for (let index = 1; index <= 1200; index++) {
      news[`news/2020-01-item-${index}.md`] =
        `---\ndate: "2020-01"\n---\nNews item ${index}, long enough to fill a pipe.\n`;
    }
    await writeFiles(profile, news);
    const child = spawn(process.execPath, [cliBin, 'list', '--json'], {
      cwd: dir,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
