/**
 * `export --site academicpages` on the bundled profile, file by file and field by field against the theme's
 * `_publications` and `_talks` conventions, and on small profiles for dates, marks, hostile text, hidden items,
 * categories and determinism.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadRawBibParser } from '../../../../src/bibtex/citationJs.js';
import { exportAcademicpages } from '../../../../src/export/sites/academicpages.js';
import { academicpagesCitation } from '../../../../src/export/sites/academicpagesCitation.js';
import { academicpagesCategory } from '../../../../src/export/sites/academicpagesPublication.js';
import { parseFrontMatterFile } from '../../../../src/frontMatter/frontMatter.js';
import { splitFrontMatter } from '../../../../src/frontMatter/splitFrontMatter.js';
import { ownerMatcher } from '../../../../src/model/authorNames.js';
import type { Profile } from '../../../../src/model/items.js';
import { renderAboutPage } from '../../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { editedBook, hostileTitle, owner, profileWith, publication, safeSitePath, talk } from './siteProfiles.js';

const bundledProfile = fileURLToPath(new URL('../../../../profile', import.meta.url));

function fileOf(profile: Profile, path: string): string {
  const file = exportAcademicpages(profile).files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.content;
}

/** The hostile title as the front matter writes it for `markdownify`: read by hand from `hostileTitleOnOneLine`. */
const markdownTitle =
  'A --- B: "quoted" \'single\' --- \\{\\{ x \\}\\} \\{% include x %\\} --&gt; &lt;b&gt;&&lt;/b&gt; #1 50%';

function frontMatterOf(profile: Profile, path: string): Record<string, unknown> {
  return parseFrontMatterFile(fileOf(profile, path), path).data;
}

describe('the bundled profile', () => {
  test('writes the about page, one file and one .bib per visible publication, one file per visible talk', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const result = exportAcademicpages(profile);
    // li2023edge and li2024text are hidden: no page and no .bib for them.
    expect(result.files.map((file) => file.path)).toEqual([
      '_pages/about.md',
      '_publications/2022-01-01-li2022can.md',
      '_publications/2022-01-01-li2022towards.md',
      '_publications/2023-01-01-li2023no.md',
      '_publications/2023-01-01-li2023revisiting.md',
      '_publications/2024-01-01-wang2024wise.md',
      '_publications/2025-01-01-li2025editing.md',
      '_publications/2025-01-01-li2025fedgucci.md',
      '_talks/2024-11-14-cambridge-cst.md',
      '_talks/2025-04-28-xtra-lab-nus.md',
      '_talks/2025-05-30-zhejiang-cast-science-plus.md',
      'files/bibtex/li2022can.bib',
      'files/bibtex/li2022towards.bib',
      'files/bibtex/li2023no.bib',
      'files/bibtex/li2023revisiting.bib',
      'files/bibtex/li2025editing.bib',
      'files/bibtex/li2025fedgucci.bib',
      'files/bibtex/wang2024wise.bib',
    ]);
    expect(result.files.find((file) => file.path === '_pages/about.md')?.content).toBe(renderAboutPage(profile));
    expect(result.advice).toEqual([
      "In _config.yml, add `preprints: { title: 'Preprints' }` under publication_category: the publications page lists only the categories named there, and 1 publication is in preprints.",
    ]);
  });

  test('each publication has the fields the theme reads, with the owner bold and the marks in the citation', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const common = { collection: 'publications' };
    expect(frontMatterOf(profile, '_publications/2024-01-01-wang2024wise.md')).toEqual({
      title: 'WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
      ...common,
      category: 'conferences',
      permalink: '/publication/2024-01-01-wang2024wise',
      date: '2024-01-01',
      venue: 'Advances in Neural Information Processing Systems',
      paperurl: 'https://arxiv.org/pdf/2405.14768',
      bibtexurl: '/files/bibtex/wang2024wise.bib',
      citation:
        'Peng Wang*, <b>Zexi Li*</b>, Ningyu Zhang#, Ziwen Xu, Yunzhi Yao, Yong Jiang, Pengjun Xie, Fei Huang, and Huajun Chen#. (2024). &quot;WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models.&quot; <i>Advances in Neural Information Processing Systems</i>.',
    });
    expect(frontMatterOf(profile, '_publications/2022-01-01-li2022can.md')).toEqual({
      title: 'Can We Share Models If Sharing Data Is Not an Option?',
      ...common,
      category: 'manuscripts',
      permalink: '/publication/2022-01-01-li2022can',
      date: '2022-01-01 00:00:01',
      venue: 'Patterns',
      paperurl: 'https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20',
      bibtexurl: '/files/bibtex/li2022can.bib',
      citation:
        '<b>Zexi Li</b>, Feng Mao#, and Chao Wu#. (2022). &quot;Can We Share Models If Sharing Data Is Not an Option?&quot; <i>Patterns</i>.',
    });
    expect(frontMatterOf(profile, '_publications/2025-01-01-li2025editing.md')).toEqual({
      title:
        'Editing as Unlearning: Are Knowledge Editing Methods Strong Baselines for Large Language Model Unlearning?',
      ...common,
      category: 'preprints',
      permalink: '/publication/2025-01-01-li2025editing',
      date: '2025-01-01 00:00:01',
      venue: 'arXiv',
      paperurl: 'https://arxiv.org/abs/2505.19855',
      bibtexurl: '/files/bibtex/li2025editing.bib',
      citation:
        '<b>Zexi Li*</b>, Xiangzhu Wang*, William F. Shen, Meghdad Kurmanji, Xinchi Qiu, Dongqi Cai, Chao Wu#, and Nicholas D. Lane#. (2025). &quot;Editing as Unlearning: Are Knowledge Editing Methods Strong Baselines for Large Language Model Unlearning?&quot; <i>arXiv</i>.',
    });
    const categories = Object.fromEntries(
      exportAcademicpages(profile)
        .files.filter((file) => file.path.startsWith('_publications/'))
        .map((file) => {
          const data = parseFrontMatterFile(file.content, file.path).data;
          return [file.path, [data.category, data.permalink, data.date, data.bibtexurl]];
        }),
    );
    expect(categories).toEqual({
      '_publications/2022-01-01-li2022can.md': [
        'manuscripts',
        '/publication/2022-01-01-li2022can',
        '2022-01-01 00:00:01',
        '/files/bibtex/li2022can.bib',
      ],
      '_publications/2022-01-01-li2022towards.md': [
        'manuscripts',
        '/publication/2022-01-01-li2022towards',
        '2022-01-01 00:00:00',
        '/files/bibtex/li2022towards.bib',
      ],
      '_publications/2023-01-01-li2023no.md': [
        'conferences',
        '/publication/2023-01-01-li2023no',
        '2023-01-01 00:00:00',
        '/files/bibtex/li2023no.bib',
      ],
      '_publications/2023-01-01-li2023revisiting.md': [
        'conferences',
        '/publication/2023-01-01-li2023revisiting',
        '2023-01-01 00:00:01',
        '/files/bibtex/li2023revisiting.bib',
      ],
      '_publications/2024-01-01-wang2024wise.md': [
        'conferences',
        '/publication/2024-01-01-wang2024wise',
        '2024-01-01',
        '/files/bibtex/wang2024wise.bib',
      ],
      '_publications/2025-01-01-li2025editing.md': [
        'preprints',
        '/publication/2025-01-01-li2025editing',
        '2025-01-01 00:00:01',
        '/files/bibtex/li2025editing.bib',
      ],
      '_publications/2025-01-01-li2025fedgucci.md': [
        'conferences',
        '/publication/2025-01-01-li2025fedgucci',
        '2025-01-01 00:00:00',
        '/files/bibtex/li2025fedgucci.bib',
      ],
    });
  });

  test('the .bib behind "Download Bibtex" is the citable entry, without author marks', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    // Read by hand: export --format bib's entry for wang2024wise, with `Wang*`, `Zhang\#`, … written plain.
    expect(fileOf(profile, 'files/bibtex/wang2024wise.bib')).toBe(
      [
        '@inproceedings{wang2024wise,',
        '  author = {Wang, Peng and Li, Zexi and Zhang, Ningyu and Xu, Ziwen and Yao, Yunzhi and Jiang, Yong and Xie, Pengjun and Huang, Fei and Chen, Huajun},',
        '  title = {{WISE}: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models},',
        '  booktitle = {Advances in Neural Information Processing Systems},',
        '  year = {2024},',
        '  url = {https://arxiv.org/pdf/2405.14768},',
        '  eprint = {2405.14768},',
        '  archiveprefix = {arXiv}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('each talk has its date, type, venue and permalink', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    expect(frontMatterOf(profile, '_talks/2024-11-14-cambridge-cst.md')).toEqual({
      title: 'Physics in (Federated) Deep Neural Networks and Beyond: A Parametric Perspective',
      collection: 'talks',
      type: 'Invited talk',
      talk_type: 'Invited talk',
      permalink: '/talks/2024-11-14-cambridge-cst',
      // Without a location, the venue's last part is one: the talks list reads "Invited talk at A, B", no dangling comma.
      venue: 'Department of Computer Science and Technology',
      date: '2024-11-14',
      location: 'University of Cambridge',
    });
    expect(frontMatterOf(profile, '_talks/2025-05-30-zhejiang-cast-science-plus.md')).toEqual({
      title: '大模型时代，AI如何记忆与思考？',
      collection: 'talks',
      type: 'Invited talk',
      talk_type: 'Invited talk',
      permalink: '/talks/2025-05-30-zhejiang-cast-science-plus',
      venue: '浙江省科协“科学+”平台',
      date: '2025-05-30',
    });
    expect(frontMatterOf(profile, '_talks/2025-04-28-xtra-lab-nus.md').date).toBe('2025-04-28');
  });

  test('two runs give the same bytes, and the order the items were loaded in does not matter', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const reversed: Profile = {
      ...profile,
      publications: [...profile.publications].reverse(),
      talks: [...profile.talks].reverse(),
    };
    const first = exportAcademicpages(profile);
    expect(exportAcademicpages(profile)).toEqual(first);
    expect(exportAcademicpages(reversed)).toEqual(first);
    for (const file of first.files) {
      expect(file.path).toMatch(safeSitePath);
      expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n')).toBe(true);
      expect(file.content).not.toContain('\r');
    }
  });
});

describe('small profiles', () => {
  test('a month-precision date is completed with the 1st, in the file name, permalink and date', () => {
    const profile = profileWith({
      publications: [publication('li2025fed', { title: 'Fed', date: '2025.10', venue: 'KDD' })],
      talks: [talk('2025-07-zju', { title: 'Talk', date: '2025-07', venue: 'ZJU', location: 'Hangzhou, China' })],
    });
    const paths = exportAcademicpages(profile).files.map((file) => file.path);
    expect(paths).toEqual([
      '_pages/about.md',
      '_publications/2025-10-01-li2025fed.md',
      '_talks/2025-07-01-zju.md',
      'files/bibtex/li2025fed.bib',
    ]);
    expect(frontMatterOf(profile, '_publications/2025-10-01-li2025fed.md')).toMatchObject({
      permalink: '/publication/2025-10-01-li2025fed',
      date: '2025-10-01',
    });
    expect(frontMatterOf(profile, '_talks/2025-07-01-zju.md')).toEqual({
      title: 'Talk',
      collection: 'talks',
      type: 'Talk',
      talk_type: 'Talk',
      permalink: '/talks/2025-07-01-zju',
      venue: 'ZJU',
      date: '2025-07-01',
      location: 'Hangzhou, China',
    });
  });

  test('the citation bolds the owner and marks equal (*) and corresponding (#) authors, both when both', () => {
    const item = publication('x', {
      title: 'Title',
      authors: [
        { family: 'Wang', given: 'Peng', equal: true, corresponding: true },
        { given: 'Z.', family: 'Li', equal: true },
        { literal: 'The <Group> & Co' },
      ],
      date: '2024-05',
      venue: 'Journal',
      volume: 3,
      issue: 2,
      pages: '10--20',
    });
    expect(academicpagesCitation(item.fields, ownerMatcher(owner.nameVariants ?? []))).toBe(
      'Peng Wang*#, <b>Z. Li*</b>, and The &lt;Group&gt; &amp; Co. (2024). &quot;Title.&quot; <i>Journal</i>. 3(2), 10--20.',
    );
    const undated = publication('y', { title: 'Why?' });
    expect(academicpagesCitation(undated.fields, () => false)).toBe('Zexi Li. (n.d.). &quot;Why?&quot;');
  });

  test('a hostile title stays one value, is HTML text in the citation, and can never run Liquid', async () => {
    const profile = profileWith({
      publications: [
        publication(
          'evil',
          { title: hostileTitle, date: '2024', venue: 'V {{ y }}' },
          'Abstract {{ site.x }}.\n\nMore.',
        ),
      ],
      talks: [
        talk('2024-01-02-evil', { title: hostileTitle, date: '2024-01-02', url: 'https://x.org/a b' }, '{% raw %}'),
      ],
    });
    const path = '_publications/2024-01-01-evil.md';
    const text = fileOf(profile, path);
    const split = splitFrontMatter(text, path);
    expect(split.body).toBe('\nAbstract &#123;{ site.x }}.\n\nMore.\n');
    const data = parseFrontMatterFile(text, path).data;
    // Layouts print `{{ page.title | markdownify }}`, so Markdown is escaped and tags become entities: shown as text.
    expect(data.title).toBe(markdownTitle);
    expect(data.venue).toBe('V {{ y }}');
    expect(data.excerpt).toBe('Abstract &#123;{ site.x }}.');
    expect(data.citation).toBe(
      "<b>Zexi Li</b>. (2024). &quot;A --- B: &quot;quoted&quot; 'single' --- &#123;{ x }} &#123;% include x %} --&gt; &lt;b&gt;&amp;&lt;/b&gt; #1 50%.&quot; <i>V &#123;{ y }}</i>.",
    );
    // The front matter is closed by the one `---` line at the start of a line after the opening one.
    expect(text.split('\n').filter((line) => line === '---')).toHaveLength(2);
    const talkText = fileOf(profile, '_talks/2024-01-02-evil.md');
    expect(parseFrontMatterFile(talkText, 'talk').data.title).toBe(markdownTitle);
    expect(splitFrontMatter(talkText, 'talk').body).toBe(
      '\n[More information here](<https://x.org/a%20b>)\n\n&#123;% raw %}\n',
    );
    const parse = await loadRawBibParser();
    const [entry] = parse(fileOf(profile, 'files/bibtex/evil.bib'));
    expect(entry?.label).toBe('evil');
  });

  test('with page.liquid the user’s own Markdown keeps its Liquid', () => {
    const profile = profileWith(
      { publications: [publication('x', { title: 'T', date: '2024' }, 'See {{ site.baseurl }}/files.')] },
      { ...owner, page: { liquid: true } },
    );
    const text = fileOf(profile, '_publications/2024-01-01-x.md');
    expect(splitFrontMatter(text, 'x').body).toBe('\nSee {{ site.baseurl }}/files.\n');
  });

  test('--style’s entry renderer writes the publications of the about page; the citation stays structured', () => {
    const item = publication('x', { title: 'T', date: '2024', selected: true });
    const profile = profileWith(
      { publications: [item] },
      { ...owner, page: { sections: [{ kind: 'publications', title: 'Publications' }] } },
    );
    const publicationEntry = (entry: typeof item) => `STYLED ${entry.fields.title}`;
    const result = exportAcademicpages(profile, { publicationEntry });
    const about = result.files.find((file) => file.path === '_pages/about.md')?.content;
    expect(about).toBe(renderAboutPage(profile, { publicationEntry }));
    expect(about).toContain('STYLED T');
    const page = result.files.find((file) => file.path === '_publications/2024-01-01-x.md')?.content ?? '';
    expect(parseFrontMatterFile(page, 'x').data.citation).toBe('<b>Zexi Li</b>. (2024). &quot;T.&quot;');
  });

  test('hidden publications and talks get no page and no .bib', () => {
    const profile = profileWith({
      publications: [
        publication('shown', { title: 'Shown', date: '2024' }),
        publication('draft', { title: 'Draft', date: '2024', hidden: true }),
      ],
      talks: [talk('2024-01-01-secret', { title: 'Secret', date: '2024-01-01', hidden: true })],
    });
    expect(exportAcademicpages(profile).files.map((file) => file.path)).toEqual([
      '_pages/about.md',
      '_publications/2024-01-01-shown.md',
      'files/bibtex/shown.bib',
    ]);
  });

  test('links: a pdf link, then a paper link, then the url is the paper; slides are slidesurl', () => {
    const links = [
      { type: 'paper', url: 'https://x.org/landing' },
      { type: 'slides', url: 'https://x.org/slides.pdf' },
      { type: 'pdf', url: 'https://x.org/paper.pdf' },
    ];
    const profile = profileWith({
      publications: [
        publication('a', { title: 'A', date: '2024', url: 'https://x.org/main', links }),
        publication('b', { title: 'B', date: '2024', url: 'https://x.org/main', links: links.slice(0, 1) }),
        publication('c', { title: 'C', date: '2024', url: 'https://x.org/main' }),
      ],
    });
    expect(frontMatterOf(profile, '_publications/2024-01-01-a.md')).toMatchObject({
      paperurl: 'https://x.org/paper.pdf',
      slidesurl: 'https://x.org/slides.pdf',
    });
    expect(frontMatterOf(profile, '_publications/2024-01-01-b.md').paperurl).toBe('https://x.org/landing');
    expect(frontMatterOf(profile, '_publications/2024-01-01-c.md').paperurl).toBe('https://x.org/main');
  });

  test('an undated publication has no date and is reported', () => {
    const profile = profileWith({ publications: [publication('nodate', { title: 'T', category: 'journal' })] });
    const result = exportAcademicpages(profile);
    expect(result.files.map((file) => file.path)).toContain('_publications/nodate.md');
    expect(frontMatterOf(profile, '_publications/nodate.md')).not.toHaveProperty('date');
    expect(result.advice).toEqual([
      'pub/nodate has no date: academicpages lists it as published in 1900; give it a date.',
    ]);
  });

  test.each([
    [{ category: 'conference' }, 'conferences'],
    [{ category: 'workshop' }, 'conferences'],
    [{ category: 'journal' }, 'manuscripts'],
    [{ category: 'journal', status: 'under-review' }, 'preprints'],
    [{ category: 'conference', status: 'accepted' }, 'conferences'],
    [{ category: 'book' }, 'books'],
    [{ category: 'chapter' }, 'books'],
    [{ category: 'preprint' }, 'preprints'],
    [{ category: 'thesis' }, 'manuscripts'],
    [{ category: 'report' }, 'manuscripts'],
    [{ category: 'other' }, 'manuscripts'],
    [{ type: 'paper-conference' }, 'conferences'],
    [{ type: 'article-journal' }, 'manuscripts'],
    [{ type: 'article' }, 'preprints'],
    [{ type: 'book' }, 'books'],
    [{ status: 'preprint' }, 'preprints'],
    [{}, 'manuscripts'],
  ])('%j goes to the category %s', (data, expected) => {
    expect(academicpagesCategory(publication('x', { title: 'T', ...data }).fields)).toBe(expected);
  });
});

describe('an edited book (editors, no authors)', () => {
  test('the citation names the editors with (eds.); the BibTeX file is the entry as read', () => {
    const profile = profileWith({ publications: [editedBook()] });
    expect(academicpagesCitation(editedBook().fields, ownerMatcher(owner.nameVariants ?? []))).toBe(
      '<b>Zexi Li</b> and Chidi Okafor (eds.). (2021). &quot;Handbook of Federated Learning.&quot;',
    );
    expect(fileOf(profile, 'files/bibtex/li2021handbook.bib')).toBe(
      '@book{li2021handbook,\n  editor = {Li, Zexi and Okafor, Chidi},\n  title = {Handbook of Federated Learning},\n  publisher = {MIT Press},\n  year = {2021}\n}\n',
    );
  });
});
