// Proves the line layouts import-page reads off a page: `export --format md` right after `import-page` gives a page
// that markdown-it and kramdown (Jekyll's engine) render to the same HTML as the original, comments and whitespace
// aside, and for most of them the very same lines. The pages where the export still writes some lines otherwise are
// listed with the lines, and why.
import { describe, expect, test } from 'vitest';
import { kramdownTest } from '../../support/kramdown.js';
import { type FixturePage, fixturePages, readFixture, useImportedPages } from './importedFolder.js';
import { kramdownHtml, markdownItHtml } from './pageHtml.js';

const { importFixture } = useImportedPages();

/** Pages whose export differs on purpose, and why: these still keep every visible word (roundTrip.test.ts). */
const writtenOtherwise: Partial<Record<FixturePage, string>> = {};

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

/** Pages whose export is not the page byte for byte, and why (each still renders the same HTML unless listed above). */
const notLineForLine: Partial<Record<FixturePage, string>> = {};

const lineForLine = fixturePages.filter((page) => notLineForLine[page] === undefined);

test.each(lineForLine)('%s: export right after import-page gives the page back line for line', async (page) => {
  const { exported } = await importFixture(page);
  expect(exported).toBe(await readFixture(page));
});

test('the pages written otherwise are fixture pages', () => {
  const known = (pages: object) =>
    Object.keys(pages).every((page) => (fixturePages as readonly string[]).includes(page));
  expect(known(writtenOtherwise) && known(notLineForLine)).toBe(true);
  expect(lineForLine).toHaveLength(24);
});

test('the ways the pages wrote hidden items, news as lines and notes are read into their sections', async () => {
  const sectionsOf = async (page: FixturePage) =>
    ((await importFixture(page)).profile.owner.page?.sections ?? []).flatMap((section) => {
      const { hiddenForm, hiddenRuns, blankBefore, itemsAsLines, notesAfter, layout } = section;
      const read = { hiddenForm, hiddenRuns, blankBefore, itemsAsLines, notesAfter };
      const set = Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined));
      return Object.keys(set).length === 0 ? [] : [{ kind: section.kind, ...(itemsAsLines ? { layout } : {}), ...set }];
    });
  expect(await sectionsOf('acadhomepage-hidden-news-one-line-comments')).toEqual([
    { kind: 'news', hiddenForm: '<!-- {hidden} -->', hiddenRuns: 'lines' },
    { kind: 'publications', hiddenForm: '<!-- {hidden} -->' },
  ]);
  expect(await sectionsOf('acadhomepage-paper-box-badges-template-samples')).toEqual([
    { kind: 'text', hiddenForm: '<!-- {hidden} -->', blankBefore: false },
  ]);
  expect(await sectionsOf('plain-line-headings-paragraph-news')).toEqual([
    { kind: 'news', hiddenForm: '<!-- {hidden} -->' },
  ]);
  expect(await sectionsOf('emoji-bullet-news-lines')).toEqual([
    { kind: 'news', layout: '{?{text:emoji} }**[{date:%Y.%m}]** {text:after-emoji}<br>', itemsAsLines: true },
  ]);
  expect(await sectionsOf('hidden-items-in-comments')).toEqual([
    {
      kind: 'news',
      hiddenForm: '<!-- {hidden} -->',
      notesAfter: [
        {
          item: 'news/2024-12-two-papers-accepted-at-iclr-2025',
          comment: '<!-- TODO: add the photo from the award ceremony -->',
        },
      ],
    },
    { kind: 'publications', hiddenForm: '<!--{hidden} -->' },
    { kind: 'talks', hiddenForm: '<!-- {hidden} -->' },
  ]);
});
