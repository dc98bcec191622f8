/**
 * Standard output that fails: a full disk (`> /dev/full`), an I/O error, a descriptor not open for writing, a reader
 * that goes away before the export arrives; and an $EDITOR that deletes the copy it was given. Each is a clear error
 * with exit 1 and no stack trace; `list | head` stays quiet, since there the reader chose to stop.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { hasPython, runCliInPty } from '../e2e/authoring/runInPty.js';
import { runProcess } from '../e2e/runCli.js';
import { finishedCleanly, keptNews, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const clean = { timedOut: false, trace: false };

/** `profile ARGS` run by bash with `redirect` applied to it; prints its exit status last on stdout. */
function shell(root: string, args: string, redirect: string) {
  return runProcess(
    'bash',
    ['-c', `"${process.execPath}" "${cli.bin}" ${args} --dir profile ${redirect}; echo "status=\${PIPESTATUS[0]}"`],
    { cwd: root },
  );
}

describe.concurrent('standard output that cannot take the export', () => {
  test.for([
    [
      '> /dev/full (ENOSPC)',
      '> /dev/full',
      'error: cannot write to standard output (ENOSPC)\n  hint: the disk behind standard output is full; free some space, or write elsewhere with --out\n',
    ],
    [
      '1< /dev/null, open only for reading (EBADF)',
      '1< /dev/null',
      'error: cannot write to standard output (EBADF)\n  hint: standard output is closed or not open for writing; redirect it to a file, or use --out\n',
    ],
    [
      '| true, a reader that is gone before the export arrives (EPIPE)',
      '| true',
      'error: standard output was closed before the whole export was written (EPIPE)\n  hint: the program reading it stopped early; to keep the export, write it to a file with --out\n',
    ],
  ] as const)('export %s: exit 1 with the error, no trace', async ([, redirect, message], { expect }) => {
    const where = scene();
    const result = await shell(where.root, 'export --format json', redirect);
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('status=1\n');
  });

  test('an I/O error on standard output (simulated EIO): exit 1 with the error, no trace', async ({ expect }) => {
    const where = scene();
    const result = await cli(['export', '--dir', 'profile'], {
      cwd: where.root,
      faults: { stdoutError: 'EIO' },
    });
    expect(finishedCleanly(result)).toEqual(clean);
    expect(result.stderr).toBe(
      'error: cannot write to standard output (EIO)\n  hint: the terminal or disk behind standard output reported an input/output error; write to a file with --out\n',
    );
    expect(result.status).toBe(1);
  });

  test('list | true: the reader chose to stop; list stays quiet and exits 0', async ({ expect }) => {
    const where = scene();
    const result = await shell(where.root, 'list', '| true');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('status=0\n');
  });
});

describe.skipIf(!hasPython)('an $EDITOR that deletes the copy it was given', () => {
  test('edit: exit 1, a clear error instead of a trace, the item file unchanged', async ({ expect }) => {
    const where = scene();
    const before = snapshotFolder(where.root);
    const result = await runCliInPty(['edit', 'news/2025-01-kept', '--dir', 'profile'], {
      cwd: where.root,
      env: { VISUAL: 'rm', EDITOR: undefined },
      steps: [],
    });
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(/^ {4}at /m);
    expect(result.output).toMatch(
      /^\/\S+\/profile-edit-\w+\/news-2025-01-kept\.md: error: the editor deleted the copy it was given instead of saving it; the item file is unchanged\r\n {2}hint: save the file in the editor and close it \(check that \$VISUAL\/\$EDITOR waits and edits in place\), or change fields with edit --set\r\n$/,
    );
    expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
    expect(readFileSync(path.join(where.dir, 'news/2025-01-kept.md'), 'utf8')).toBe(keptNews);
  });
});
