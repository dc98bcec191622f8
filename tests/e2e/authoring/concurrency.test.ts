/** 20 `add-news` processes started at the same moment in one profile: 20 items, none lost, none overwritten, all ordered. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';

const { freshBundledCopy } = useTempFolders();
const runs = 20;

describe('concurrent add-news', () => {
  test('20 processes with the same text make 20 files with distinct names and orders', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const newsBefore = await readdir(path.join(dir, 'news'));
    // The same text gives every run the same file name, so each must find its own; the link tells them apart.
    const results = await Promise.all(
      Array.from({ length: runs }, (_, index) =>
        runCli(['add-news', 'Concurrent news', '--date', '2026.01', '--link', `https://example.org/run/${index}`], {
          cwd: root,
        }),
      ),
    );
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    const printedIds = results.map((result) => result.stdout.trim());
    const expectedIds = [
      'news/2026-01-concurrent-news',
      ...Array.from({ length: runs - 1 }, (_, index) => `news/2026-01-concurrent-news-${index + 2}`),
    ];
    expect([...printedIds].sort()).toEqual([...expectedIds].sort());

    const newFiles = (await readdir(path.join(dir, 'news'))).filter((name) => !newsBefore.includes(name));
    expect(newFiles.sort()).toEqual(expectedIds.map((id) => `${id.slice('news/'.length)}.md`).sort());
    // No temporary file or lock is left behind.
    expect((await readdir(path.join(dir, 'news'))).filter((name) => name.startsWith('.'))).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);

    const texts = await Promise.all(newFiles.map((name) => readFile(path.join(dir, 'news', name), 'utf8')));
    const links = texts.map((text) => /example\.org\/run\/(\d+)/.exec(text)?.[1]).sort((a, b) => Number(a) - Number(b));
    expect(links).toEqual(Array.from({ length: runs }, (_, index) => String(index)));
    // Each run saw the ones before it: orders none, -1, …, -19, each once.
    const orders = texts.map((text) => /^order: (-?\d+)$/m.exec(text)?.[1] ?? 'none').sort();
    expect(orders).toEqual(['none', ...Array.from({ length: runs - 1 }, (_, index) => String(-(index + 1)))].sort());

    // The newest run is listed first, and the profile is valid.
    const list = await runCli(['list', 'news', '--json'], { cwd: root });
    const listed = (JSON.parse(list.stdout) as { id: string; fields: { order?: number } }[]).slice(0, runs);
    expect(listed.map((item) => item.fields.order ?? 0)).toEqual(
      Array.from({ length: runs }, (_, index) => index - (runs - 1)),
    );
    expect((await runCli(['validate'], { cwd: root })).status).toBe(0);
  });
});
