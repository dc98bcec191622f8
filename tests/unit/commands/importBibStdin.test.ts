/** `import-bib -` with a terminal on standard input refuses at once instead of waiting for BibTeX to be typed. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { CommandContext } from '../../../src/commandContext.js';
import { importBibCommand } from '../../../src/commands/importBibCommand.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

test('- when standard input is a terminal: a usage error at once, never a wait', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'import-bib-'));
  made.push(root);
  const context: CommandContext = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    interactive: true,
    color: false,
    env: {},
    cwd: root,
    // Never answers, like a terminal nobody types into: the test would time out if the command read it.
    readStdin: () => new Promise<Uint8Array>(() => {}),
    stdinIsTerminal: true,
  };
  await expect(importBibCommand({ files: ['-'], dir: path.join(root, 'profile') }, context)).rejects.toMatchObject({
    message: '"-" reads BibTeX from standard input, which is a terminal here',
    hint: 'pipe a BibTeX file into it, e.g. curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
    exitCode: 2,
  });
  expect(await readdir(root)).toEqual([]);
});
