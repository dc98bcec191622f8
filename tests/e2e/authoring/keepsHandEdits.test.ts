/** Commands that change fields touch only those fields: a hand-edited file keeps its comments and quoting. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';

const { freshBundledCopy } = useTempFolders();

const handWritten = `---
# Keep this one short on the page.
date: "2025-07"   
order: 1 # above the poster award
---

I joined Tongyi Lab, Alibaba Group, as a research scientist.
`;

test('hide, show and edit --set change their field only; comments and quoting stay', async ({ expect }) => {
  const { root, dir } = await freshBundledCopy();
  const file = path.join(dir, 'news/2025-07-joined-tongyi-lab.md');
  await writeFile(file, handWritten);
  const run = async (args: string[]) => {
    const result = await runCli([...args, '--dir', dir], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return readFile(file, 'utf8');
  };

  const hidden = await run(['hide', 'news/2025-07-joined-tongyi-lab']);
  expect(hidden).toBe(
    handWritten.replace('date: "2025-07"   \n', 'date: "2025-07"\n').replace('---\n\nI', 'hidden: true\n---\n\nI'),
  );
  const shown = await run(['show', 'news/2025-07-joined-tongyi-lab']);
  expect(shown).toBe(handWritten.replace('date: "2025-07"   \n', 'date: "2025-07"\n'));
  const edited = await run(['edit', 'news/2025-07-joined-tongyi-lab', '--set', 'order=2']);
  expect(edited).toBe(
    handWritten
      .replace('date: "2025-07"   \n', 'date: "2025-07"\n')
      .replace('order: 1 # above the poster award', 'order: 2 # above the poster award'),
  );
});
