// Proves the bundled profile reproduces the page it was made from (../shared/seed/about.md):
// the same front matter values, the same visible text in the same order, every hidden item in a comment.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderAboutPage } from '../../src/render/aboutPage.js';
import { loadValidProfile } from '../../src/store/loadProfile.js';
import { kramdownMissing } from '../support/kramdown.js';
import { frontMatterValues, hiddenLines, kramdownVisibleText, visibleText } from './seedPageText.js';

const repo = path.resolve(import.meta.dirname, '../..');
const sharedSeed = path.resolve(repo, '../shared/seed/about.md');
const fixtureSeed = path.join(repo, 'tests/fixtures/seed/about.md');
// The shared seed is the reference; the fixture is a copy so the test also runs outside this workspace.
const seed = readFileSync(existsSync(sharedSeed) ? sharedSeed : fixtureSeed, 'utf8');

async function exportedPage(): Promise<string> {
  const { profile } = await loadValidProfile(path.join(repo, 'profile'));
  return renderAboutPage(profile);
}

describe('the bundled profile exports the seed page', () => {
  // The shared seed sits beside the project's workspace, not in a clone: there, this one comparison cannot run.
  test.skipIf(!existsSync(sharedSeed))(
    'the fixture copy of the seed is the shared seed (skipped without ../shared/seed/about.md)',
    () => {
      expect(readFileSync(fixtureSeed, 'utf8')).toBe(readFileSync(sharedSeed, 'utf8'));
    },
  );

  test('front matter has the same values', async () => {
    expect(frontMatterValues(await exportedPage())).toEqual(frontMatterValues(seed));
  });

  test('visible text is the same, in the same order', async () => {
    const expected = visibleText(seed);
    const actual = visibleText(await exportedPage());
    expect(actual.length).toBeGreaterThan(5000);
    expect(actual).toBe(expected);
  });

  test.skipIf(kramdownMissing)(
    `visible text is the same under kramdown, as Jekyll shows it${kramdownMissing ? ` (skipped: ${kramdownMissing})` : ''}`,
    async () => {
      const expected = await kramdownVisibleText(seed);
      const actual = await kramdownVisibleText(await exportedPage());
      expect(actual.length).toBeGreaterThan(5000);
      expect(actual).toBe(expected);
      // Nothing the seed hides shows, not even the comment markers kramdown would print as text.
      expect(actual).not.toMatch(/<!|–>|SIGIR 2023\]|2023\.11/);
    },
  );

  test('every line the seed hides in a comment is exported inside a comment', async () => {
    const exported = hiddenLines(await exportedPage()).join('\n');
    const seedHidden = hiddenLines(seed);
    // 2 bio paragraphs, 12 research-interest lines, 2 publications (4 lines), 13 news.
    expect(seedHidden).toHaveLength(31);
    for (const line of seedHidden) expect(exported).toContain(line);
  });

  test('exports the same bytes every time', async () => {
    expect(await exportedPage()).toBe(await exportedPage());
  });
});
