/** Shared set-up of the import-page end-to-end tests: the seed and fixture pages beside a working folder, and snapshots. */
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const seedPage = path.join(repo, 'tests/fixtures/seed/about.md');
export const pagesDir = path.join(repo, 'tests/fixtures/pages');

/** Copies the seed page to `root/about.md`. */
export async function withSeedPage(root: string): Promise<string> {
  const page = path.join(root, 'about.md');
  await copyFile(seedPage, page);
  return page;
}

/** Every file under `dir` with its bytes and modification time, to prove that nothing was touched. */
export async function snapshot(dir: string): Promise<Record<string, { text: string; mtimeMs: number }>> {
  const files: Record<string, { text: string; mtimeMs: number }> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = { text: await readFile(full, 'utf8'), mtimeMs: (await stat(full)).mtimeMs };
  }
  return files;
}

/** The names in a folder, sorted: a staging folder left behind would show here. */
export async function entries(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
