/** Pages imported through the core into temporary folders, loaded back, and exported: what the round-trip tests compare. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Profile } from '../../../src/model/items.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { type ImportPageResult, importPage } from '../../../src/useCases/importPage.js';
import { useTempFolders } from '../../support/tempFolders.js';

export { folderFiles } from '../../support/tempFolders.js';

export const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** The page shapes of issue 14, each modelled on a public page of its kind (tests/unit/importPage/pageShapes.test.ts). */
export const pageShapes = [
  'hugo-toml-front-matter-slash-dates',
  'repeated-key-bom-crlf-backtick-labels',
  'bracket-month-news-plus-bullet-papers',
  'bold-date-news-paragraphs',
  'paper-box-and-details-news-kept',
  'plain-line-headings-paragraph-news',
  'liquid-include-publications-kept',
  'linked-title-paragraph-latex-marks',
  'html-list-news-with-hidden-item',
] as const;

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
  ...pageShapes,
  'acadhomepage-cv-sections-dated-lines',
  'academicpages-cv-setext-table-awards',
  'acadhomepage-paper-box-badges-template-samples',
  'acadhomepage-hidden-news-one-line-comments',
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
  const { fresh } = useTempFolders('profile-import-page-');
  const importText = async (text: string, options: { name?: string; ownerName?: string } = {}) => {
    const dir = path.join(await fresh(), 'profile');
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
