/** `import-bib -` with a terminal on standard input refuses at once instead of waiting for BibTeX to be typed. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { importBibCommand } from '../../../src/commands/importBibCommand.js';
import { quietContext } from '../../support/quietContext.js';
import { useTempFolders } from '../../support/tempFolders.js';

const { fresh } = useTempFolders('import-bib-');

test('- when standard input is a terminal: a usage error at once, never a wait', async () => {
  const root = await fresh();
  // Standard input is a terminal that never answers: the test would time out if the command read it.
  const context = quietContext(root, true);
  await expect(importBibCommand({ files: ['-'], dir: path.join(root, 'profile') }, context)).rejects.toMatchObject({
    message: '"-" reads BibTeX from standard input, which is a terminal here',
    hint: 'pipe a BibTeX file into it, e.g. curl -s https://dblp.org/pid/XX.bib | profile import-bib -',
    exitCode: 2,
  });
  expect(await readdir(root)).toEqual([]);
});
