/** Pages imported through the core into temporary folders, loaded back, and exported: what the round-trip tests compare. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Profile } from '../../../src/model/items.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { type ImportPageResult, importPage } from '../../../src/useCases/importPage.js';

export const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export const fixturePages = [
  'apa-style-publications',
  'acadhomepage-emoji-headings',
  'alfolio-news-table',
  'bold-line-headings-dash-bullets',
  'emoji-bullet-news-lines',
  'hidden-items-in-comments',
  'hugo-paragraph-news',
  'multiple-publication-lists-year-subheadings',
  'ordered-list-talks-liquid',
  'selected-and-full-publications',
  'unknown-sections-html-images',
  'hugo-toml-front-matter-slash-dates',
  'repeated-key-bom-crlf-backtick-labels',
  'bracket-month-news-plus-bullet-papers',
  'bold-date-news-paragraphs',
  'paper-box-and-details-news-kept',
  'plain-line-headings-paragraph-news',
  'liquid-include-publications-kept',
  'linked-title-paragraph-latex-marks',
  'html-list-news-with-hidden-item',
  'acadhomepage-cv-sections-dated-lines',
  'academicpages-cv-setext-table-awards',
  'acadhomepage-paper-box-badges-template-samples',
] as const;

export type FixturePage = (typeof fixturePages)[number];

export interface ImportedPage extends ImportPageResult {
  dir: string;
  profile: Profile;
  /** `profile export --format md` of the new folder. */
  exported: string;
}

/** Call at the top of a test file: `importText` imports into a new folder that is removed after the file's tests. */
export function useImportedPages(): {
  importText: (text: string, options?: { name?: string; ownerName?: string }) => Promise<ImportedPage>;
  importFixture: (page: FixturePage) => Promise<ImportedPage>;
} {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const importText = async (text: string, options: { name?: string; ownerName?: string } = {}) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'profile-import-page-'));
    made.push(root);
    const dir = path.join(root, 'profile');
    const result = await importPage({
      dir,
      page: { name: options.name ?? 'about.md', bytes: new TextEncoder().encode(text) },
      ...(options.ownerName === undefined ? {} : { ownerName: options.ownerName }),
    });
    const { profile, warnings } = await loadValidProfile(dir);
    if (warnings.length > 0) throw new Error(`the imported folder has warnings: ${JSON.stringify(warnings)}`);
    return { ...result, dir, profile, exported: renderAboutPage(profile) };
  };
  return {
    importText,
    importFixture: async (page) => importText(await readFixture(page), { name: `${page}.md` }),
  };
}

export function readFixture(page: FixturePage): Promise<string> {
  return readFile(path.join(pagesDir, `${page}.md`), 'utf8');
}

/** Every file below `dir` with its text, by relative path. */
export async function folderFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = await readFile(full, 'utf8');
  }
  return files;
}
