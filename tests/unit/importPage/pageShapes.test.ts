// Proves import-page on the page shapes of issue 14, each modelled on a public page of its kind: the exact page
// `export --format md` gives back right after the import (tests/fixtures/pages-exported/), the layouts and page
// settings read off the page, and how the front matter is read and kept (TOML, a key written twice, BOM, CRLF).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageShapes, pagesDir, useImportedPages } from './importedFolder.js';

const { importFixture, importText } = useImportedPages();

const exportedDir = path.join(pagesDir, '../pages-exported');

describe.each(pageShapes)('%s', (page) => {
  test('export right after import-page writes exactly the expected page', async () => {
    const { exported } = await importFixture(page);
    expect(exported).toBe(await readFile(path.join(exportedDir, `${page}.md`), 'utf8'));
  });
});

describe('the layouts read off the page', () => {
  test.each([
    [
      'hugo-toml-front-matter-slash-dates',
      ['- {date:%m/%Y}: {text}', '{number}. **{title}.** {authors}. *{venue}*, {year}. {links}'],
      { authorList: { join: 'commas' }, linkSeparator: ' | ' },
    ],
    [
      'repeated-key-bom-crlf-backtick-labels',
      ['- *{date:%Y.%m}*: &nbsp;{text}', '- `{label}` {title-linked}, {authors}'],
      { authorList: { join: 'commas', markAfterBold: true } },
    ],
    [
      'bracket-month-news-plus-bullet-papers',
      ['* [{date:%b. %Y}] {text}', '+ **{title}**\n  {authors}\n  *{label}*'],
      { authorList: { join: 'commas' } },
    ],
    ['bold-date-news-paragraphs', ['**{date:%b %Y}** {text}', undefined], {}],
  ] as const)('%s', async (page, layouts, settings) => {
    const { profile } = await importFixture(page);
    const owner = profile.owner.page ?? {};
    const lists = (owner.sections ?? []).filter(
      (section) => section.kind === 'news' || section.kind === 'publications',
    );
    expect(lists.map((section) => section.layout)).toEqual(layouts);
    expect({
      ...(owner.authorList ? { authorList: owner.authorList } : {}),
      ...(owner.linkSeparator ? { linkSeparator: owner.linkSeparator } : {}),
    }).toEqual(settings);
  });
});

describe('front matter', () => {
  test('TOML between +++ lines: read for its values, written back as written', async () => {
    const { profile, exported, report } = await importFixture('hugo-toml-front-matter-slash-dates');
    expect(profile.owner.page?.frontMatter).toEqual({
      title: 'Home',
      date: '2023-10-24',
      draft: false,
      params: { subtitle: 'Computational ecology, ETH Zürich' },
    });
    expect(exported.startsWith('+++\ntitle = "Home"\ndate = 2023-10-24\ndraft = false\n# Shown under')).toBe(true);
    expect(report.warnings).toEqual([]);
  });

  test('a key written twice: the last value is read, with a warning, and the text is kept as written', async () => {
    const { profile, exported, report } = await importFixture('repeated-key-bom-crlf-backtick-labels');
    expect(profile.owner.page?.frontMatter).toEqual({
      permalink: '/',
      title: "Bowen Zhang's Homepage",
      excerpt: 'About me',
      author_profile: true,
    });
    expect(report.warnings).toEqual([
      'the front matter writes "title" twice (lines 3 and 6): the last value is read, as Jekyll reads it; the front matter is kept as written',
    ]);
    expect(exported.startsWith('\uFEFF---\r\npermalink: /\r\ntitle: "About"\r\nexcerpt: "About me"\r\n')).toBe(true);
  });

  test('a BOM and CRLF line ends are kept in the page settings and written back; LF without them', async () => {
    const page = '---\r\ntitle: x\r\n---\r\nHello.\r\n\r\n## News\r\n- *2025.09*: &nbsp;Something.\r\n';
    const withBom = await importText(`\uFEFF${page}`, { ownerName: 'Ann Lee' });
    const plain = await importText(page.replace(/\r\n/g, '\n'), { ownerName: 'Ann Lee' });
    expect(withBom.exported).toBe(`\uFEFF${page.replace('---\r\nHello', '---\r\n\r\nHello')}`);
    expect(plain.exported).toBe('---\ntitle: x\n---\n\nHello.\n\n## News\n- *2025.09*: &nbsp;Something.\n');
    expect([withBom.profile.owner.page?.byteOrderMark, withBom.profile.owner.page?.lineEnds]).toEqual([true, 'crlf']);
    expect([plain.profile.owner.page?.byteOrderMark, plain.profile.owner.page?.lineEnds]).toEqual([
      undefined,
      undefined,
    ]);
    expect(withBom.profile.news).toEqual(plain.profile.news);
  });

  test('a page of mixed line ends comes back with LF, the default', async () => {
    const { exported, profile } = await importText('---\r\ntitle: x\n---\r\nHello.\n', { ownerName: 'Ann Lee' });
    expect(profile.owner.page?.lineEnds).toBeUndefined();
    expect(exported).toBe('---\ntitle: x\n---\n\nHello.\n');
  });

  test('a key written twice inside a mapping is still refused, naming the line', async () => {
    await expect(importText('---\nauthor:\n  name: A\n  name: B\n---\nHello.\n')).rejects.toMatchObject({
      message: 'Map keys must be unique',
    });
  });
});
