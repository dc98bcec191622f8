/** Shared set-up of the BibTeX end-to-end tests: a new profile with BibTeX fixtures beside it, and its files. */
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '../tempFolders.js';

export const bibFixtureDir = fileURLToPath(new URL('../../fixtures/bib/', import.meta.url));

/** `root/profile` with only profile.md (owner Zexi Li), and the named fixtures copied to `root/`. */
export async function profileWithFixtures(root: string, fixtures: readonly string[]): Promise<string> {
  await writeFiles(root, { 'profile/profile.md': '---\nname: Zexi Li\nnameVariants: [Zexi Li, "Li, Z."]\n---\n' });
  for (const fixture of fixtures)
    await copyFile(path.join(bibFixtureDir, `${fixture}.bib`), path.join(root, `${fixture}.bib`));
  return path.join(root, 'profile');
}

/** Every file under `dir` with its bytes and modification time, to prove that nothing was touched. */
export async function snapshot(dir: string): Promise<Record<string, { text: string; mtimeMs: number }>> {
  const files: Record<string, { text: string; mtimeMs: number }> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else
        files[path.relative(dir, full)] = { text: await readFile(full, 'utf8'), mtimeMs: (await stat(full)).mtimeMs };
    }
  };
  await walk(dir);
  return files;
}
