// Proves the line layouts import-page reads off a page: `export --format md` right after `import-page` gives a page
// that markdown-it and kramdown (Jekyll's engine) render to the same HTML as the original, comments and whitespace
// aside. The pages where the export still writes some lines otherwise are listed with the lines, and why.
import { describe, expect, test } from 'vitest';
import { kramdownTest } from '../../support/kramdown.js';
import { type FixturePage, fixturePages, readFixture, useImportedPages } from './importedFolder.js';
import { kramdownHtml, markdownItHtml } from './pageHtml.js';

const { importFixture } = useImportedPages();

/** Pages whose export differs on purpose, and why: these still keep every visible word (roundTrip.test.ts). */
const writtenOtherwise: Partial<Record<FixturePage, string>> = {
  // One list of news in three date forms (`[2025.07]`, `(06/2025)`, `2025-05-01:`): no one layout writes all three.
  'bold-line-headings-dash-bullets': 'news dates written three ways',
  // The emoji stands before the date and belongs to the news text; the lines end in `<br>` in one paragraph.
  'emoji-bullet-news-lines': 'an emoji before each date, lines of one paragraph',
  // Hidden items between visible ones go into their own comment, which ends the list (issue 18's kramdown-safe form);
  // its two publications join their authors differently (`A, B, and C`, `A, B`).
  'hidden-items-in-comments': 'hidden items inside the list; authors joined two ways',
  // News dates followed by `—`, `:` and `–`: no one layout.
  'hugo-paragraph-news': 'news separators written three ways',
  // Three talks written in three orders of date, title and venue.
  'ordered-list-talks-liquid': 'talks written three ways',
  // News dates written `**2025-07-01**:` and `*Jan 2025*:`; two authors joined `A, B` beside `A, B, and C`.
  'selected-and-full-publications': 'news dates written two ways; authors joined two ways',
};

const same = fixturePages.filter((page) => writtenOtherwise[page] === undefined);

describe.each(same)('%s: export right after import-page renders the same HTML', (page) => {
  test('with markdown-it', async () => {
    const original = await readFixture(page);
    const { exported } = await importFixture(page);
    expect(markdownItHtml(exported)).toBe(markdownItHtml(original));
  });

  kramdownTest('with kramdown', async () => {
    const original = await readFixture(page);
    const { exported } = await importFixture(page);
    expect(await kramdownHtml(exported)).toBe(await kramdownHtml(original));
  });
});

test('the pages written otherwise are fixture pages', () => {
  expect(Object.keys(writtenOtherwise).every((page) => (fixturePages as readonly string[]).includes(page))).toBe(true);
});
