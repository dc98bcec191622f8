/**
 * Standard input that cannot answer: at end of file, or a pipe that stays open and never writes (a stalled `cmd |`).
 * No command starts a prompt; each fails at once with exit 2 and a usage message naming what to pass, writes nothing,
 * and never exits 0 or hangs. `import-bib -` and `import-page -` refuse an empty input; on a silent pipe `import-bib -`
 * waits like any filter, and Ctrl-C ends it without a trace and without writing.
 */
import { spawn } from 'node:child_process';
import { describe, test } from 'vitest';
import { cleanEnv } from '../e2e/runCli.js';
import { hangLimitMs } from '../e2e/timeLimits.js';
import { finishedCleanly, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();

const inputs = [
  { name: 'at end of file', options: { input: '' } },
  { name: 'from /dev/null', options: {} },
  { name: 'an open pipe that never writes', options: { holdStdinOpen: true } },
];

const commands = [
  {
    name: 'init',
    args: ['init', 'new-profile'],
    stderr:
      'error: init needs the owner\'s name: --name "Your Name"\n  hint: example: profile init --name "Ada Lovelace" --email ada@example.org\n',
  },
  {
    name: 'add-news',
    args: ['add-news', '--dir', 'profile'],
    stderr:
      'error: add-news needs the text of the news item: profile add-news "TEXT"\n  hint: example: profile add-news "Our paper is accepted by KDD 2025!" --date 2025.05\n',
  },
  {
    name: 'add-talk',
    args: ['add-talk', '--dir', 'profile'],
    stderr:
      'error: add-talk needs the title: profile add-talk "TITLE" --date YYYY-MM-DD\n  hint: example: profile add-talk "Model Editing for LLMs" --date 2025-04-28 --venue "Xtra Lab, NUS"\n',
  },
  {
    name: 'add-pub',
    args: ['add-pub', '--dir', 'profile'],
    stderr:
      'error: add-pub needs the title: profile add-pub "TITLE" --author "NAME" …\n  hint: example: profile add-pub "WISE: Lifelong Model Editing" --author "Peng Wang*" --author "Zexi Li*" --date 2024 --label "NeurIPS 2024"\n',
  },
  {
    name: 'add-service',
    args: ['add-service', '--dir', 'profile'],
    stderr:
      'error: add-service needs the text of the entry: profile add-service "TEXT"\n  hint: example: profile add-service "Session Chair of KDD 2025." --role chair --date 2025\n',
  },
  {
    name: 'edit without --set',
    args: ['edit', 'news/2025-01-kept', '--dir', 'profile'],
    stderr:
      'error: edit needs --set field=value or --unset field (without them it opens your editor, which needs a terminal)\n  hint: example: profile edit news/2025-07-joined-lab --set date=2025-08 --set hidden=true\n',
  },
  {
    name: 'remove without --yes',
    args: ['remove', 'news/2025-01-kept', '--dir', 'profile'],
    stderr:
      'error: remove deletes files: pass --yes to confirm (or run it on a terminal to be asked)\n  hint: example: profile remove news/2025-01-kept --yes\n',
  },
];

describe.concurrent('standard input that cannot answer a prompt', () => {
  for (const input of inputs) {
    test.for(commands)(
      `stdin ${input.name}: $name exits 2 at once with a usage message`,
      async (command, { expect }) => {
        const where = scene();
        const before = snapshotFolder(where.root);
        const result = await cli(command.args, { cwd: where.root, ...input.options });
        expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(command.stderr);
        expect(result.status).toBe(2);
        expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
      },
    );
  }
});

describe.concurrent('import-bib - and import-page - (a file on standard input)', () => {
  test.for(inputs.slice(0, 2))('stdin $name: exit 2, nothing to import', async (input, { expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await cli(['import-bib', '-', '--dir', 'profile'], {
      cwd: where.root,
      ...input.options,
    });
    expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: standard input is empty: there is nothing to import\n  hint: pipe a BibTeX file into it, e.g. curl -s https://dblp.org/pid/XX.bib | profile import-bib -\n',
    );
    expect(result.status).toBe(2);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });

  test.for(inputs.slice(0, 2))('import-page - with stdin $name: exit 2, no folder made', async (input, { expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await cli(['import-page', '-', '--dir', 'new-profile'], {
      cwd: where.root,
      ...input.options,
    });
    expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: standard input is empty: there is nothing to import\n  hint: pipe the page into it, e.g. curl -s https://raw.githubusercontent.com/you/you.github.io/master/_pages/about.md | profile import-page -\n',
    );
    expect(result.status).toBe(2);
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });

  test('BibTeX piped in is imported and named <stdin> in the report', async ({ expect }) => {
    const where = scene();
    const result = await cli(['import-bib', '-', '--dir', 'profile'], {
      cwd: where.root,
      input: '@misc{piped,\n  author = {Lovelace, Ada},\n  title = {Piped},\n  year = {2025}\n}\n',
    });
    expect(result.stdout).toBe(
      'added           pub/piped (<stdin>:1)\nimport-bib: 1 added, 0 updated, 0 unchanged, 0 skipped\n',
    );
    expect(result.status).toBe(0);
  });

  test('a pipe that never writes: it waits like any filter, and Ctrl-C ends it with nothing written', async ({
    expect,
  }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const child = spawn(process.execPath, [cli.bin, 'import-bib', '-', '--dir', 'profile'], {
      cwd: where.root,
      env: cleanEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (status, signal) => resolve({ status, signal })),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const stillWaiting = child.exitCode === null;
    child.kill('SIGINT');
    const killer = setTimeout(() => child.kill('SIGKILL'), hangLimitMs);
    const end = await ended;
    clearTimeout(killer);
    expect(stillWaiting).toBe(true);
    expect(end).toEqual({ status: null, signal: 'SIGINT' });
    expect(output).toBe('');
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
  });
});
