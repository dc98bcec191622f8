/**
 * `import-page` then `add-news` then `export --format md` as real processes, as a new user runs them: news an HTML
 * list held comes back on the page in that list, in its place by date; a numbered list keeps its numbers.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';
import { pagesDir } from './pageFolders.js';

const { fresh } = useTempFolders();

async function imported(page: string): Promise<string> {
  const root = await fresh();
  await copyFile(path.join(pagesDir, `${page}.md`), path.join(root, 'about.md'));
  const result = await runCli(['import-page', 'about.md', '--dir', 'p'], { cwd: root });
  if (result.status !== 0) throw new Error(result.stderr);
  return root;
}

describe.concurrent('import-page, add-news, export', () => {
  test('an HTML <ul> of news: the export right after the import is the page; added news is its first <li>', async ({
    expect,
  }) => {
    const root = await imported('html-list-news-with-hidden-item');
    const page = await readFile(path.join(root, 'about.md'), 'utf8');
    const first = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    expect(first.stdout).toBe(page);
    const added = await runCli(
      [
        'add-news',
        'I joined the [Probabilistic Numerics group](https://example.org/pn).',
        '--date',
        '2025-11',
        '--dir',
        'p',
      ],
      { cwd: root },
    );
    expect(added.status).toBe(0);
    const exported = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(
      page.replace(
        '<ul>\n',
        '<ul>\n  <li><b>Nov 2025</b>: I joined the <a href="https://example.org/pn">Probabilistic Numerics group</a>.</li>\n',
      ),
    );
  });

  test('news with older items in <details>: a new item joins the newest, the oldest of them moves into the block', async ({
    expect,
  }) => {
    const root = await imported('html-ul-news-then-details-older');
    const page = await readFile(path.join(root, 'about.md'), 'utf8');
    const added = await runCli(['add-news', 'I gave a talk at MSR Asia.', '--date', '2025-10', '--dir', 'p'], {
      cwd: root,
    });
    expect(added.status).toBe(0);
    const exported = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    const moved = '  <li><em>2025.04</em>: 🎉 One paper is accepted to SIGIR 2025.</li>\n';
    expect(exported.stdout).toBe(
      page
        .replace('<ul>\n', '<ul>\n  <li><em>2025.10</em>: I gave a talk at MSR Asia.</li>\n')
        .replace(moved, '')
        .replace('  <ul>\n', `  <ul>\n  ${moved}`),
    );
  });

  test('a list numbered counting down: a numbered list keeps its numbers', async ({ expect }) => {
    const root = await imported('numbered-lists-counting-down-paren-markers');
    const exported = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    expect(exported.stdout).toBe(await readFile(path.join(root, 'about.md'), 'utf8'));
  });
});
