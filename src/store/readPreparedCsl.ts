/** A file of dist/csl/ (the built-in CSL styles and locales parsed at build time), or undefined when there is none. */
import { fileURLToPath } from 'node:url';
import { readTextFileIfExists } from './readTextFile.js';

export async function readPreparedCsl(name: string): Promise<string | undefined> {
  // Bundled, import.meta.url is dist/profile.cjs; run from the sources there is no such folder, and no file.
  return readTextFileIfExists(fileURLToPath(new URL(`./csl/${name}`, import.meta.url)));
}
