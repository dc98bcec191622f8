// Proves that numbered lists and news written in HTML lists come back from import-page then export byte for byte
// (so markdown-it and kramdown render the same HTML as the original), with the layouts, numbering, `wrap` and
// `older` blocks recorded in profile.md; and that news added afterwards lands in the right HTML list.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsDraft } from '../../../src/model/itemDrafts.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { addItem } from '../../../src/useCases/addItem.js';
import { kramdownTest } from '../../support/kramdown.js';
import { pagesDir, useImportedPages } from './importedFolder.js';
import { kramdownHtml, markdownItHtml, pageBody } from './pageHtml.js';

const { importText } = useImportedPages();

async function importPage(page: string) {
  const original = await readFile(path.join(pagesDir, `${page}.md`), 'utf8');
  return { original, ...(await importText(original, { name: `${page}.md` })) };
}

/** Each page and the list sections profile.md gets for it (without titles and headings). */
const pages = {
  // Numbered lists (were written back `1.` before every item).
  'alfolio-news-table': [
    { kind: 'publications', layout: '{number}. **{title}.** {authors}. *{venue}*, {year}. {links}' },
  ],
  'hugo-toml-front-matter-slash-dates': [
    { kind: 'news', layout: '- {date:%m/%Y}: {text}' },
    { kind: 'publications', layout: '{number}. **{title}.** {authors}. *{venue}*, {year}. {links}' },
  ],
  // Its three talks are written three ways: two items keep their own layout (`{number}. {title-linked}, …`).
  'ordered-list-talks-liquid': [
    { kind: 'talks', layout: '{number}. "{title}", {venue}, {date:%b %Y}.' },
    { kind: 'service' },
  ],
  'numbered-lists-counting-down-paren-markers': [
    { kind: 'publications', layout: '{number:down}. **{title}.** {authors}. *{venue}*, {year}.' },
    { kind: 'talks', layout: '{number}) *{date:%b %Y}*: **{title}**, {venue}.' },
  ],
  'numbered-talks-starting-at-four': [
    { kind: 'talks', layout: '{number}. *{date:%b %Y}*: **{title}**, {venue}.', numberFrom: 4 },
  ],
  // News in HTML lists (were kept as written text, so that added news never showed).
  'html-list-news-with-hidden-item': [
    { kind: 'news', layout: '  <li><b>{date:%b %Y}</b>: {text}</li>', wrap: { before: '<ul>', after: '</ul>' } },
  ],
  'html-scroll-box-news-list': [
    {
      kind: 'news',
      layout: '  <li><em>{date:%Y.%m}:</em> {text}</li>',
      wrap: { before: '<div style="max-height: 250px; overflow-y: auto;">\n<ul>', after: '</ul>\n</div>' },
    },
  ],
  'html-ul-news-then-details-older': [
    {
      kind: 'news',
      layout: '  <li><em>{date:%Y.%m}</em>: {text}</li>',
      wrap: { before: '<ul>', after: '</ul>' },
      older: {
        newest: 3,
        layout: '    <li><em>{date:%Y.%m}</em>: {text}</li>',
        before: '\n<details>\n  <summary>👉 Show earlier news</summary>\n  <ul>',
        after: '  </ul>\n</details>',
      },
    },
    { kind: 'publications', layout: '- `{label}` {title-linked}, {authors}' },
  ],
  'paper-box-and-details-news-kept': [
    {
      kind: 'news',
      layout: '- *{date:%Y.%m}*: &nbsp;{text}',
      older: {
        newest: 2,
        layout: '<li><em>{date:%Y.%m}</em>: &nbsp;{text}</li>',
        before: '\n<details>\n<summary>Older news</summary>\n<ul>',
        after: '</ul>\n</details>',
      },
    },
  ],
} as const;

type Page = keyof typeof pages;
const names = Object.keys(pages) as Page[];

describe.each(names)('%s', (page) => {
  test('export right after import-page gives the page back byte for byte', async () => {
    const { original, exported } = await importPage(page);
    expect(exported).toBe(original);
  });

  test('profile.md records the numbering and the HTML around the lists', async () => {
    const { profile } = await importPage(page);
    const lists = (profile.owner.page?.sections ?? [])
      .filter((section) => ['news', 'publications', 'talks', 'service'].includes(section.kind))
      .map(({ title: _title, heading: _heading, blankAfterHeading: _blank, only: _only, ...rest }) => rest);
    expect(lists).toEqual(pages[page]);
  });

  test('markdown-it renders the same HTML', async () => {
    const { original, exported } = await importPage(page);
    expect(markdownItHtml(exported)).toBe(markdownItHtml(original));
  });

  kramdownTest('kramdown renders the same HTML', async () => {
    const { original, exported } = await importPage(page);
    expect(await kramdownHtml(exported)).toBe(await kramdownHtml(original));
  });
});

describe('news added after the import', () => {
  const add = async (page: Page, text: string, date: { year: number; month: number }) => {
    const { dir } = await importPage(page);
    await addItem(dir, newsDraft({ text, date }));
    const { profile } = await loadValidProfile(dir);
    return pageBody(renderAboutPage(profile));
  };

  test('goes to the top of the HTML list, its Markdown written as HTML', async () => {
    const body = await add(
      'html-list-news-with-hidden-item',
      'Our paper on **kernel cubature** was accepted at [NeurIPS 2025](https://neurips.cc).',
      { year: 2025, month: 11 },
    );
    expect(body).toContain(
      [
        '<ul>',
        '  <li><b>Nov 2025</b>: Our paper on <strong>kernel cubature</strong> was accepted at <a href="https://neurips.cc">NeurIPS 2025</a>.</li>',
        '  <li><b>Oct 2025</b>: I will give a talk at the Isaac Newton Institute.</li>',
        '  <li><b>Jun 2025</b>: Our paper on Bayesian quadrature was accepted at ICML 2025.</li>',
        '  <!-- <li><b>Jan 2025</b>: Draft news.</li> -->',
        '</ul>',
      ].join('\n'),
    );
  });

  test('pushes the oldest of the newest into the <details> block', async () => {
    const body = await add('paper-box-and-details-news-kept', 'I gave a talk at MIT.', { year: 2025, month: 10 });
    expect(body).toContain(
      [
        '# 🔥 News',
        '- *2025.10*: &nbsp;I gave a talk at MIT.',
        '- *2025.09*: &nbsp;🎉🎉 One paper accepted to NeurIPS 2025.',
        '',
        '<details>',
        '<summary>Older news</summary>',
        '<ul>',
        '<li><em>2025.05</em>: &nbsp;🎉🎉 Two papers accepted to ACL 2025.</li>',
        '<li><em>2024.12</em>: &nbsp;I joined Tencent AI Lab as a research intern.</li>',
        '<li><em>2024.09</em>: &nbsp;I started my PhD at Zhejiang University.</li>',
        '</ul>',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  test('an old item goes into the older block, by its date', async () => {
    const body = await add('html-ul-news-then-details-older', 'I joined Fudan University.', {
      year: 2024,
      month: 9,
    });
    expect(body).toContain(
      [
        '    <li><em>2024.12</em>: 🎉 One paper is accepted to AAAI 2025 (oral).</li>',
        '    <li><em>2024.09</em>: I joined Fudan University.</li>',
        '    <li><em>2024.02</em>: 🎉 One paper is accepted to CVPR 2024.</li>',
        '  </ul>',
        '</details>',
      ].join('\n'),
    );
  });

  kramdownTest('kramdown shows the added item as an item of the HTML list', async () => {
    const body = await add('html-scroll-box-news-list', 'We released *FedProto 2*.', { year: 2025, month: 8 });
    const html = await kramdownHtml(`---\n---\n${body}`);
    expect(html).toContain(
      '<div style="max-height: 250px; overflow-y: auto;"><ul><li><em>2025.08:</em>We released<em>FedProto 2</em>.</li><li><em>2025.05:</em>',
    );
  });
});

test('a Markdown list, then `<details><summary>` on one line: written from items, byte for byte', async () => {
  const page = [
    '---',
    'permalink: /',
    '---',
    '',
    "I'm Jia Li, a PhD student at Tsinghua University.",
    '',
    '# 🔥 News',
    '- *2025.10*: &nbsp;🎉🎉 Our paper SceneDreamer is accepted to NeurIPS 2025.',
    '- *2025.06*: &nbsp;🎉🎉 Two papers accepted to ICCV 2025.',
    '<details><summary>Older news</summary>',
    '<ul>',
    '<li><em>2025.02</em>: &nbsp;One paper accepted to CVPR 2025.</li>',
    '</ul>',
    '</details>',
    '',
  ].join('\n');
  const { exported, profile } = await importText(page);
  expect(exported).toBe(page);
  expect(profile.owner.page?.sections?.[1]?.older).toEqual({
    newest: 2,
    layout: '<li><em>{date:%Y.%m}</em>: &nbsp;{text}</li>',
    before: '<details><summary>Older news</summary>\n<ul>',
    after: '</ul>\n</details>',
  });
});

test('items numbered 10 and up, their second line indented under the wider marker: one layout writes them all', async () => {
  const entries = [11, 10, 9, 8].flatMap((number) => [
    `${number}. **Paper number ${number} on quantum transport.**  `,
    `${' '.repeat(String(number).length + 2)}**Ana Costa**, Rui Lopes. *Physical Review B*, ${2000 + number}.`,
  ]);
  const page = ['---', 'title: Home', '---', '', 'I am a physicist.', '', '## Publications', '', ...entries, ''].join(
    '\n',
  );
  const { exported, profile } = await importText(page);
  expect(exported).toBe(page);
  const [, section] = profile.owner.page?.sections ?? [];
  expect(section?.layout).toBe('{number:down}. **{title}.**  \n   {authors}. *{venue}*, {year}.');
  expect(section?.numberFrom).toBe(8);
  expect(profile.publications.filter((item) => item.fields.layout !== undefined)).toEqual([]);
});

describe('HTML news that is kept as written', () => {
  test('<li> lines in one comment over several lines: no items read, the HTML stays as written', async () => {
    const page = [
      '---',
      'title: Home',
      '---',
      '',
      'I study federated learning.',
      '',
      '# 🔥 News',
      '',
      '<ul>',
      '  <!-- <li><em>2025.05:</em> 🎉 A paper was accepted by <strong>ICML 2025</strong>.</li>',
      '  <li><em>2024.11:</em> 🎈 I was honored with a scholarship.</li> -->',
      '  <li><em>2024.04:</em> 🚀 Read our preprint.</li>',
      '</ul>',
      '',
    ].join('\n');
    const { exported, profile } = await importText(page);
    expect(exported).toBe(page);
    expect(profile.news).toEqual([]);
  });

  test('items out of date order: the HTML stays as written, its items are data', async () => {
    const page = [
      '---',
      'title: Home',
      '---',
      '',
      'I study robots.',
      '',
      '## News',
      '',
      '<ul>',
      '  <li><b>Jun 2025</b>: Second.</li>',
      '  <li><b>Oct 2025</b>: First.</li>',
      '</ul>',
      '',
    ].join('\n');
    const { exported, profile, report } = await importText(page);
    expect(exported).toBe(page);
    expect(profile.news.map((item) => item.body).sort()).toEqual(['First.', 'Second.']);
    expect(report.sections.map((section) => section.page)).toEqual(['as-written', 'as-written']);
  });
});
