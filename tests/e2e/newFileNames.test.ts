/** Slugs name new files only: a file an older version named (`…-der`) keeps its name through add and merge. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from './runCli.js';
import { useTempFolders } from './tempFolders.js';

const { fresh } = useTempFolders();

const olderFile = 'news/2024-05-neuer-artikel-ueber-die-theorie-der.md';
const olderText = '---\ndate: "2024-05"\n---\n\nNeuer Artikel über die Theorie der Graphen.\n';

const page = [
  '## News',
  '* **\\[2024.05\\]** Neuer Artikel über die Theorie der Graphen.',
  '* **\\[2024.06\\]** Zweiter Artikel über die Theorie der Graphen.',
  '* **\\[2024.07\\]** Dritter Artikel über die Theorie der Graphen.',
  '',
].join('\n');

describe.concurrent('new file names', () => {
  test('a German news item gets no trailing `der`; the file an older slug named stays as it is', async ({ expect }) => {
    const root = await fresh();
    expect((await runCli(['init', 'p', '--name', 'Ada', '--email', 'ada@example.org'], { cwd: root })).status).toBe(0);
    const dir = path.join(root, 'p');
    await writeFile(path.join(dir, olderFile), olderText);
    await writeFile(path.join(root, 'about.md'), page);

    const added = await runCli(
      ['add-news', '--dir', 'p', '--date', '2024-06', 'Zweiter Artikel über die Theorie der Graphen.'],
      {
        cwd: root,
      },
    );
    expect([added.status, added.stdout]).toEqual([0, 'news/2024-06-zweiter-artikel-ueber-die-theorie\n']);

    const merged = await runCli(['import-page', 'about.md', '--dir', 'p', '--merge'], { cwd: root });
    expect(merged.status).toBe(0);
    expect(merged.stdout).toContain(
      'import-page: added 1 news, 0 publications, 0 talks, 0 service; 2 already in the profile\n',
    );
    const news = [
      '2024-05-neuer-artikel-ueber-die-theorie-der.md',
      '2024-06-zweiter-artikel-ueber-die-theorie.md',
      '2024-07-dritter-artikel-ueber-die-theorie.md',
    ];
    expect((await readdir(path.join(dir, 'news'))).sort()).toEqual(news);
    expect(await readFile(path.join(dir, olderFile), 'utf8')).toBe(olderText);

    const again = await runCli(['import-page', 'about.md', '--dir', 'p', '--merge'], { cwd: root });
    expect(again.stdout).toContain(
      'import-page: added 0 news, 0 publications, 0 talks, 0 service; 3 already in the profile\n',
    );
    expect((await readdir(path.join(dir, 'news'))).sort()).toEqual(news);
    const listed = await runCli(['list', 'news', '--json', '--dir', 'p'], { cwd: root });
    expect((JSON.parse(listed.stdout) as { id: string }[]).map((item) => item.id).sort()).toEqual(
      news.map((file) => `news/${file.replace(/\.md$/, '')}`),
    );
  });
});
