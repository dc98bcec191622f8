/** `profile import-page` as a real process: the report a person reads, exit codes, and what lands in the folder. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { frontMatterValues, visibleText } from '../../seed/seedPageText.js';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';
import { entries, seedPage, snapshot, withSeedPage } from './pageFolders.js';

const { fresh } = useTempFolders();

const seedReport = [
  'about.md → p (a new profile)',
  "  front matter: permalink, title, excerpt, author_profile, redirect_from (kept as the page's front matter)",
  '  owner: Zexi Li (the author in bold)',
  '',
  '  11-24    (bio)                  text kept as written → profile.md',
  '  27-48    Contact                contact lines → profile.md; hidden text kept as written → sections/research-interests.md',
  '  50-66    Selected Publications  9 publications (2 hidden) → publications/',
  '  68-95    Recent News            24 news items (13 hidden) → news/',
  '  97-100   Academic Service       3 service entries → service/',
  '  102-105  Talks                  3 talks → talks/',
  '',
  'Kept as written (the export copies it unchanged):',
  '  about.md:11-24  profile.md  I am a research scientist at the Tongyi Lab, Alibaba Group. I obtained …',
  '  about.md:32-45  sections/research-interests.md (hidden)  ## Research Interests',
  '',
];

describe.concurrent('import-page', () => {
  test('the seed into a new folder: the report, then an export that gives the page back', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    const result = await runCli(['import-page', 'about.md', '--dir', 'p'], { cwd: root });
    expect(result.stderr).toBe('next: profile export --format md --dir p\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        ...seedReport,
        'import-page: created p with profile.md, 24 news, 9 publications, 3 talks, 3 service, 1 text section',
        '',
      ].join('\n'),
    );
    expect(await entries(root)).toEqual(['about.md', 'p']);
    expect(await entries(path.join(root, 'p'))).toEqual([
      'news',
      'profile.md',
      'publications',
      'sections',
      'service',
      'talks',
    ]);
    const validate = await runCli(['validate', '--dir', 'p'], { cwd: root });
    expect(validate.status).toBe(0);
    const exported = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    expect(exported.status).toBe(0);
    const seed = await readFile(seedPage, 'utf8');
    expect(visibleText(exported.stdout)).toBe(visibleText(seed));
    expect(frontMatterValues(exported.stdout)).toEqual(frontMatterValues(seed));
  });

  test('an existing profile is refused: exit 1, and nothing changes', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    const dir = await copyBundledProfile(root, 'p');
    const before = await snapshot(dir);
    const result = await runCli(['import-page', 'about.md', '--dir', 'p'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "p: error: a profile already exists here; import-page does not overwrite it, nothing was written\n  hint: add --merge to add the page's items it does not have yet, or pass --dir with a new folder\n",
    );
    expect(await snapshot(dir)).toStrictEqual(before);
    expect(await entries(root)).toEqual(['about.md', 'p']);
  });

  test('a folder that holds other files is refused too; an empty one is used', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    await mkdir(path.join(root, 'busy'));
    await writeFile(path.join(root, 'busy', 'notes.txt'), 'mine');
    const busy = await runCli(['import-page', 'about.md', '--dir', 'busy'], { cwd: root });
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain('busy: error: the folder is not empty; import-page creates a new profile folder');
    expect(await entries(path.join(root, 'busy'))).toEqual(['notes.txt']);
    await mkdir(path.join(root, 'empty'));
    const empty = await runCli(['import-page', 'about.md', '--dir', 'empty'], { cwd: root });
    expect(empty.status).toBe(0);
    expect(await entries(path.join(root, 'empty'))).toEqual([
      'news',
      'profile.md',
      'publications',
      'sections',
      'service',
      'talks',
    ]);
  });

  test('--merge adds only the items the profile does not have, and writes nothing else', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    const dir = await copyBundledProfile(root, 'p');
    const removed = [
      'news/2025-07-joined-tongyi-lab.md',
      'news/2022-09-patterns-paper-accepted.md',
      'publications/li2023edge.md',
      'talks/2024-11-14-cambridge-cst.md',
    ];
    for (const file of removed) await rm(path.join(dir, file));
    const before = await snapshot(dir);
    const result = await runCli(['import-page', 'about.md', '--dir', 'p', '--merge'], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '  68-95    Recent News            24 news items (13 hidden, 22 already in the profile) → news/\n',
    );
    expect(result.stdout).toContain(
      '  27-48    Contact                contact lines not merged; text not merged (lines 32-45)\n',
    );
    expect(result.stdout).toContain('Free text of the page, not merged (--merge adds items only):\n');
    expect(
      result.stdout.endsWith(
        'import-page: added 2 news, 1 publication, 1 talk, 0 service; 35 already in the profile\n',
      ),
    ).toBe(true);
    const after = await snapshot(dir);
    const added = Object.keys(after)
      .filter((file) => !(file in before))
      .sort();
    expect(added).toEqual([
      'news/2022-09-our-new-perspective-paper.md',
      'news/2025-07-i-joined-tongyi-lab-alibaba-group.md',
      'publications/li2023edge.md',
      'talks/2024-11-14-physics-in-federated-deep-neural-networks.md',
    ]);
    for (const [file, entry] of Object.entries(before)) expect(after[file]).toStrictEqual(entry);
    expect(after['publications/li2023edge.md']?.text).toContain('order: 10\nhidden: true\n');
    const again = await runCli(['import-page', 'about.md', '--dir', 'p', '--merge'], { cwd: root });
    expect(
      again.stdout.endsWith(
        'import-page: added 0 news, 0 publications, 0 talks, 0 service; 39 already in the profile\n',
      ),
    ).toBe(true);
    expect(await snapshot(dir)).toStrictEqual(after);
    expect((await runCli(['validate', '--dir', 'p'], { cwd: root })).status).toBe(0);
  });

  test("--merge reads the page as the profile's owner's: no placeholder name when the page bolds no author", async ({
    expect,
  }) => {
    const root = await fresh();
    expect((await runCli(['init', 'p', '--name', 'Ada Lovelace'], { cwd: root })).status).toBe(0);
    await writeFile(
      path.join(root, 'plain.md'),
      '# News\n* **[2025.03]** A talk in Paris.\n\n# Publications\n- [**ICML 2024**] Some Paper  \n  Ada Lovelace and John Smith\n',
    );
    const result = await runCli(['import-page', 'plain.md', '--dir', 'p', '--merge'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('import-page: added 1 news, 1 publication');
    expect(result.stderr).not.toContain('Your Name');
    expect(await readFile(path.join(root, 'p/profile.md'), 'utf8')).toContain('name: Ada Lovelace');
  });

  test('--merge into a folder without a profile is refused', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    const result = await runCli(['import-page', 'about.md', '--dir', 'p', '--merge'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('p/profile.md: error: there is no profile here (profile.md is missing)');
    expect(await entries(root)).toEqual(['about.md']);
  });

  test('--dry-run prints the report and writes nothing', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    const result = await runCli(['import-page', 'about.md', '--dir', 'p', '--dry-run'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        ...seedReport,
        'import-page: would write 24 news, 9 publications, 3 talks, 3 service, 1 text section; dry run, nothing was written',
        '',
      ].join('\n'),
    );
    expect(await entries(root)).toEqual(['about.md']);
    const dir = await copyBundledProfile(root, 'q');
    await rm(path.join(dir, 'news/2025-07-joined-tongyi-lab.md'));
    const before = await snapshot(dir);
    const merge = await runCli(['import-page', 'about.md', '--dir', 'q', '--merge', '--dry-run'], { cwd: root });
    expect(
      merge.stdout.endsWith(
        'import-page: would write 1 news, 0 publications, 0 talks, 0 service; 38 already in the profile; dry run, nothing was written\n',
      ),
    ).toBe(true);
    expect(await snapshot(dir)).toStrictEqual(before);
  });

  test('--json prints the report as one JSON document', async ({ expect }) => {
    const root = await fresh();
    await withSeedPage(root);
    const result = await runCli(['import-page', 'about.md', '--dir', 'p', '--json'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      'source',
      'dir',
      'mode',
      'dryRun',
      'owner',
      'frontMatter',
      'summary',
      'sections',
      'files',
      'warnings',
    ]);
    expect(report).toMatchObject({
      source: 'about.md',
      dir: 'p',
      mode: 'create',
      dryRun: false,
      owner: { name: 'Zexi Li', nameVariants: ['Zexi Li'], from: 'publications' },
      frontMatter: ['permalink', 'title', 'excerpt', 'author_profile', 'redirect_from'],
      summary: {
        news: 24,
        publications: 9,
        talks: 3,
        service: 3,
        textSections: 1,
        present: 0,
        duplicates: 0,
        keptLines: 28,
      },
      warnings: [],
    });
    expect(report.files).toHaveLength(41);
    expect(report.files[0]).toBe('profile.md');
    expect(
      report.sections.map((section: { heading: string | null; kind: string; page: string }) => [
        section.heading,
        section.kind,
        section.page,
      ]),
    ).toEqual([
      [null, 'bio', 'as-written'],
      ['Contact', 'contact', 'items'],
      ['Selected Publications', 'publications', 'items'],
      ['Recent News', 'news', 'items'],
      ['Academic Service', 'service', 'items'],
      ['Talks', 'talks', 'items'],
    ]);
    expect(report.sections[2].items[0]).toEqual({
      kind: 'publication',
      line: 47,
      endLine: 48,
      hidden: true,
      onPage: true,
      summary: 'Text-to-Model: Text-Conditioned Neural Network Diffusion for Train-Once-for-All Personalization',
      status: 'added',
      id: 'pub/li2024text',
      file: 'publications/li2024text.md',
      duplicateOf: null,
    });
    expect(report.sections[1].kept).toEqual([
      { line: 32, endLine: 45, hidden: true, file: 'sections/research-interests.md', preview: '## Research Interests' },
    ]);
  });

  test('- reads the page from standard input', async ({ expect }) => {
    const root = await fresh();
    const result = await runCli(['import-page', '-', '--dir', 'p'], {
      cwd: root,
      input: await readFile(seedPage, 'utf8'),
    });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('<stdin> → p (a new profile)\n')).toBe(true);
    expect(await entries(path.join(root, 'p'))).toContain('profile.md');
  });

  test('no page and no terminal: a usage error, exit 2', async ({ expect }) => {
    const root = await fresh();
    const result = await runCli(['import-page', '--dir', 'p'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: import-page needs the page to read: profile import-page about.md\n  hint: pass the path of your about.md, or - to read it from standard input\n',
    );
    expect(await entries(root)).toEqual([]);
  });

  test('what is not a page is refused with what to pass instead: exit 1, nothing written', async ({ expect }) => {
    const root = await fresh();
    await writeFile(path.join(root, 'refs.bib'), '@article{a, title = {x}}\n');
    await mkdir(path.join(root, 'site'));
    const bib = await runCli(['import-page', 'refs.bib', '--dir', 'p'], { cwd: root });
    expect(bib.status).toBe(1);
    expect(bib.stderr).toBe(
      'refs.bib: error: this is not a home page; nothing was imported\n  hint: it looks like a bibliography: import it with `profile import-bib FILE`\n',
    );
    const folder = await runCli(['import-page', 'site', '--dir', 'p'], { cwd: root });
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe(
      'site: error: this is a folder, not a page; nothing was imported\n  hint: pass the Markdown file of your page, such as _pages/about.md; use - to read standard input\n',
    );
    expect(await entries(root)).toEqual(['refs.bib', 'site']);
  });

  test('a page that names no owner: the folder is written, exit 0, and a warning says what to do', async ({
    expect,
  }) => {
    const root = await fresh();
    await writeFile(path.join(root, 'about.md'), '---\ntitle: x\n---\nHello.\n\n## News\n* **[2025.07]** Something.\n');
    const result = await runCli(['import-page', 'about.md', '--dir', 'p'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.stderr).toContain(
      'warning: no owner found: no author is in bold in the publications; profile.md names "Your Name" (run again with --name, or edit name and nameVariants in profile.md)\n',
    );
    const named = await runCli(['import-page', 'about.md', '--dir', 'q', '--name', 'Ada Lovelace'], { cwd: root });
    expect(named.status).toBe(0);
    expect(await readFile(path.join(root, 'q/profile.md'), 'utf8')).toContain(
      'name: Ada Lovelace\nnameVariants:\n  - Ada Lovelace\n',
    );
  });
});

describe.concurrent('import-page with a hostile page', () => {
  test('---js front matter is refused before anything runs or is written', async ({ expect }) => {
    const root = await fresh();
    await writeFile(
      path.join(root, 'evil.md'),
      '---js\n{ x: (require("fs").writeFileSync("pwned", "x"), 1) }\n---\nHello\n',
    );
    const result = await runCli(['import-page', 'evil.md', '--dir', 'p'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'evil.md:1: error: front matter in "js" is refused: only YAML front matter is read\n  hint: make the first line exactly "---" and write the fields as YAML\n',
    );
    expect(await entries(root)).toEqual(['evil.md']);
  });

  test('titles trying ../ and a --!> inside a hidden item: files stay inside, the comment stays closed', async ({
    expect,
  }) => {
    const root = await fresh();
    const page = [
      '---',
      'title: x',
      '---',
      'Bio.',
      '',
      '## ../../escape-heading',
      'Text.',
      '',
      '## Publications',
      '- [**NeurIPS 2024**] [../../../../tmp/escape](https://x.org)  ',
      '  **Ann Lee**, Bo Chen',
      '',
      '## News',
      '* **[2025.07]** Visible news.',
      '<!--',
      '* **[2020.01]** hidden --!> <script>alert(1)</script>',
      '-->',
    ].join('\n');
    await writeFile(path.join(root, 'evil.md'), page);
    const result = await runCli(['import-page', 'evil.md', '--dir', 'p'], { cwd: root });
    expect(result.status).toBe(0);
    expect(await entries(root)).toEqual(['evil.md', 'p']);
    expect(Object.keys(await snapshot(path.join(root, 'p'))).sort()).toEqual([
      'news/2020-01-hidden-script-alert-1-script.md',
      'news/2025-07-visible-news.md',
      'profile.md',
      'publications/lee2024tmp.md',
      'sections/escape-heading.md',
    ]);
    const exported = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    // Written by the page's own news layout, `* **[{date:%Y.%m}]** {text}`.
    expect(exported.stdout).toContain('<!--\n* **[2020.01]** hidden - -!> <script>alert(1)</script>\n-->\n');
    expect(exported.stdout).not.toContain('hidden --!>');
  });
});
