// Proves untrusted pages do nothing dangerous: front matter that would run code is refused before anything is
// written, names made from headings and titles never leave their folder, and text hidden in a comment stays hidden
// however the page tries to close the comment early.
import { readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { importPage } from '../../../src/useCases/importPage.js';
import { hiddenLines, visibleText } from '../../seed/seedPageText.js';
import { useImportedPages } from './importedFolder.js';

const { importText } = useImportedPages();

const plan = (text: string) =>
  importPage({
    dir: '/nonexistent/never-written',
    page: { name: 'page.md', bytes: new TextEncoder().encode(text) },
    dryRun: true,
  });

describe('front matter that is not YAML is refused, naming the file and line', () => {
  test.each([
    [
      '---js\n{ x: (console.log("RAN"), 1) }\n---\nbody',
      'front matter in "js" is refused: only YAML front matter is read',
    ],
    ['---javascript\n{}\n---\n', 'front matter in "javascript" is refused: only YAML front matter is read'],
    ['+++\ntitle = \n+++\nbody', 'the TOML front matter cannot be read: Invalid TOML document: invalid value'],
    ['+++\ntitle = "x"\nbody', 'the TOML front matter (+++) is not closed by a "+++" line; nothing was imported'],
    [
      '---\ntitle: [unclosed\n---\n',
      'Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ])('%j', async (text, message) => {
    await expect(plan(text)).rejects.toMatchObject({ message, file: 'page.md' });
  });

  test('YAML that would run code is refused too; 2025.07 stays text', async () => {
    await expect(plan('---\nx: !!js/function "function(){}"\n---\n')).rejects.toMatchObject({
      file: 'page.md',
      line: 2,
    });
    const { profile } = await importText('---\ndate: 2025.07\nn: 01234\n---\nHello.\n', { ownerName: 'Ann Lee' });
    expect(profile.owner.page?.frontMatter).toEqual({ date: '2025.07', n: '01234' });
  });

  test('bytes that are not UTF-8 are refused whole', async () => {
    await expect(
      importPage({
        dir: '/nonexistent/x',
        page: { name: 'latin1.md', bytes: Uint8Array.from([0x4d, 0xfc, 0x6c]) },
        dryRun: true,
      }),
    ).rejects.toMatchObject({ message: 'the page is not UTF-8 text; nothing was imported', file: 'latin1.md' });
  });
});

describe('names made from the page stay in their folder', () => {
  test('a heading and a title trying ../ make safe file names', async () => {
    const page = [
      '---',
      'title: x',
      '---',
      'Bio.',
      '',
      '## ../../../etc/passwd',
      'Free text.',
      '',
      '## Publications',
      '- [../../../escape](https://x.org)  ',
      '  **Ann Lee**, Bo Chen',
      '',
      '## News',
      '* **[2025.07]** ../../outside/news',
    ].join('\n');
    const { dir } = await importText(page);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual([
      'news',
      'news/2025-07-outside-news.md',
      'profile.md',
      'publications',
      'publications/leeescape.md',
      'sections',
      'sections/etc-passwd.md',
      'service',
      'talks',
    ]);
  });
});

describe('comments stay closed where the page closed them', () => {
  test('a hidden news item holding --!> is exported with the comment unbroken', async () => {
    const page =
      '---\nt: x\n---\n## News\n* **[2025.07]** Visible.\n<!--\n* **[2020.01]** old --!> <script>alert(1)</script>\n-->\n';
    const { exported, profile } = await importText(page, { ownerName: 'Ann Lee' });
    expect(profile.news.find((item) => item.fields.hidden)?.body).toBe('old --!> <script>alert(1)</script>');
    // In the page's own layout, `* **[{date:%Y.%m}]** {text}`.
    expect(exported).toContain('<!--\n* **[2020.01]** old - -!> <script>alert(1)</script>\n-->');
    expect(exported).not.toContain('old --!>');
  });

  test('text after a --> that closes a comment early stays visible, and nothing is made an item of it', async () => {
    const page = '---\nt: x\n---\n## News\n* **[2025.07]** Visible.\n\n<!-- * **[2020.01]** A --> B -->\n';
    const { exported, profile } = await importText(page, { ownerName: 'Ann Lee' });
    expect(profile.news.map((item) => item.body)).toEqual(['Visible.']);
    expect(visibleText(exported)).toBe(visibleText(page));
    expect(hiddenLines(exported)).toEqual(hiddenLines(page));
  });
});

describe('Liquid', () => {
  test('in a publication title the export would escape it: the section is kept as written', async () => {
    const page =
      '---\nt: x\n---\n## Publications\n- [{{ page.venue }} Rocks](https://x.org)  \n  **Ann Lee**, Bo Chen\n';
    const { report, exported } = await importText(page);
    expect(report.sections[1]?.page).toBe('as-written');
    expect(exported).toContain('- [{{ page.venue }} Rocks](https://x.org)');
  });
});
