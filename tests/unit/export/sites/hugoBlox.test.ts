/**
 * `export --site hugo-blox` on the bundled profile (every bundle's front matter parsed with the `yaml` package,
 * field by field against the current kit's publication and event templates) and on small profiles for marks,
 * links, month-precision dates, hostile text, hidden items and determinism.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadRawBibParser } from '../../../../src/bibtex/citationJs.js';
import { exportHugoBlox } from '../../../../src/export/sites/hugoBlox.js';
import { splitFrontMatter } from '../../../../src/frontMatter/splitFrontMatter.js';
import type { Profile } from '../../../../src/model/items.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import {
  editedBook,
  hostileTitle,
  hostileTitleOnOneLine,
  profileWith,
  publication,
  safeSitePath,
  talk,
} from './siteProfiles.js';

const bundledProfile = fileURLToPath(new URL('../../../../profile', import.meta.url));

function textOf(profile: Profile, path: string): string {
  const file = exportHugoBlox(profile).files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.content;
}

/** The front matter as Hugo's YAML 1.2 reader and Jekyll-era YAML 1.1 readers see it; both must agree. */
function frontMatterOf(profile: Profile, path: string): unknown {
  const { yaml, body } = splitFrontMatter(textOf(profile, path), path);
  expect(body).toBe('');
  const modern = parse(yaml);
  expect(parse(yaml, { version: '1.1' })).toEqual(modern);
  return modern;
}

describe('the bundled profile', () => {
  test('writes a publication bundle (index.md and cite.bib) per visible publication and an event per talk', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const result = exportHugoBlox(profile);
    expect(result.files.map((file) => file.path)).toEqual([
      'content/blog/2024-05-kdd-icml-2024-papers/index.md',
      'content/blog/2024-09-wise-neurips-2024/index.md',
      'content/blog/2025-03-associate-chair-fedkdd-2025/index.md',
      'content/blog/2025-04-universal-personalization-tmc/index.md',
      'content/blog/2025-05-editing-as-unlearning-preprint/index.md',
      'content/blog/2025-05-fedgucci-kdd-2025/index.md',
      'content/blog/2025-06-own-best-teacher-iccv-2025/index.md',
      'content/blog/2025-06-phd-defense/index.md',
      'content/blog/2025-07-best-poster-mobiuk-2025/index.md',
      'content/blog/2025-07-joined-tongyi-lab/index.md',
      'content/blog/2025-07-session-chair-kdd-2025/index.md',
      'content/events/2024-11-14-cambridge-cst/index.md',
      'content/events/2025-04-28-xtra-lab-nus/index.md',
      'content/events/2025-05-30-zhejiang-cast-science-plus/index.md',
      'content/publications/li2022can/cite.bib',
      'content/publications/li2022can/index.md',
      'content/publications/li2022towards/cite.bib',
      'content/publications/li2022towards/index.md',
      'content/publications/li2023no/cite.bib',
      'content/publications/li2023no/index.md',
      'content/publications/li2023revisiting/cite.bib',
      'content/publications/li2023revisiting/index.md',
      'content/publications/li2025editing/cite.bib',
      'content/publications/li2025editing/index.md',
      'content/publications/li2025fedgucci/cite.bib',
      'content/publications/li2025fedgucci/index.md',
      'content/publications/wang2024wise/cite.bib',
      'content/publications/wang2024wise/index.md',
      'data/authors/me.yaml',
    ]);
    expect(result.advice).toEqual([
      'Hugo Blox: the pages name you `me`, the kit’s default author profile; if your site’s profile has another name (older sites use `admin`), rename one of them.',
    ]);
  });

  test('each publication has the kit’s fields: authors with `me`, aligned notes, types, venue lines, ids, links', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    expect(frontMatterOf(profile, 'content/publications/wang2024wise/index.md')).toEqual({
      title: 'WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
      authors: [
        'Peng Wang',
        'me',
        'Ningyu Zhang',
        'Ziwen Xu',
        'Yunzhi Yao',
        'Yong Jiang',
        'Pengjun Xie',
        'Fei Huang',
        'Huajun Chen',
      ],
      author_notes: [
        'Equal contribution',
        'Equal contribution',
        'Corresponding author',
        '',
        '',
        '',
        '',
        '',
        'Corresponding author',
      ],
      date: '2024-01-01',
      publication_types: ['paper-conference'],
      publication: 'In *Advances in Neural Information Processing Systems*',
      publication_short: 'In *NeurIPS 2024*',
      featured: true,
      hugoblox: { ids: { arxiv: '2405.14768' } },
      links: [{ type: 'pdf', url: 'https://arxiv.org/pdf/2405.14768' }],
    });
    expect(frontMatterOf(profile, 'content/publications/li2022can/index.md')).toEqual({
      title: 'Can We Share Models If Sharing Data Is Not an Option?',
      authors: ['me', 'Feng Mao', 'Chao Wu'],
      author_notes: ['', 'Corresponding author', 'Corresponding author'],
      date: '2022-01-01',
      publication_types: ['article-journal'],
      publication: '*Patterns*',
      publication_short: '*Patterns, Cell Press*',
      featured: true,
      links: [
        { type: 'custom', url: 'https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20', label: 'Paper' },
      ],
    });
    expect(frontMatterOf(profile, 'content/publications/li2025editing/index.md')).toEqual({
      title:
        'Editing as Unlearning: Are Knowledge Editing Methods Strong Baselines for Large Language Model Unlearning?',
      authors: [
        'me',
        'Xiangzhu Wang',
        'William F. Shen',
        'Meghdad Kurmanji',
        'Xinchi Qiu',
        'Dongqi Cai',
        'Chao Wu',
        'Nicholas D. Lane',
      ],
      author_notes: [
        'Equal contribution',
        'Equal contribution',
        '',
        '',
        '',
        '',
        'Corresponding author',
        'Corresponding author',
      ],
      date: '2025-01-01',
      publication_types: ['article'],
      publication: '*arXiv*',
      publication_short: '*Preprint*',
      featured: true,
      // The url is the arXiv abstract page, which the kit links from the id by itself.
      hugoblox: { ids: { arxiv: '2505.19855' } },
    });
    const summary = Object.fromEntries(
      exportHugoBlox(profile)
        .files.filter((file) => file.path.endsWith('/index.md') && file.path.startsWith('content/publications/'))
        .map((file) => {
          const data = frontMatterOf(profile, file.path) as Record<string, unknown>;
          return [file.path.split('/')[2], [data.date, data.publication_types, data.publication_short, data.links]];
        }),
    );
    expect(summary).toEqual({
      li2022can: [
        '2022-01-01',
        ['article-journal'],
        '*Patterns, Cell Press*',
        [{ type: 'custom', url: 'https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20', label: 'Paper' }],
      ],
      li2022towards: [
        '2022-01-01',
        ['article-journal'],
        '*IEEE Transactions on Big Data*',
        [{ type: 'pdf', url: 'https://arxiv.org/pdf/2203.12285.pdf' }],
      ],
      li2023no: [
        '2023-01-01',
        ['paper-conference'],
        'In *ICCV 2023*',
        [
          {
            type: 'pdf',
            url: 'https://openaccess.thecvf.com/content/ICCV2023/papers/Li_No_Fear_of_Classifier_Biases_Neural_Collapse_Inspired_Federated_Learning_ICCV_2023_paper.pdf',
          },
        ],
      ],
      li2023revisiting: [
        '2023-01-01',
        ['paper-conference'],
        'In *ICML 2023*',
        [{ type: 'custom', url: 'https://proceedings.mlr.press/v202/li23s.html', label: 'Paper' }],
      ],
      li2025editing: ['2025-01-01', ['article'], '*Preprint*', undefined],
      li2025fedgucci: [
        '2025-01-01',
        ['paper-conference'],
        'In *KDD 2025*',
        [{ type: 'pdf', url: 'https://arxiv.org/pdf/2402.18949.pdf' }],
      ],
      wang2024wise: [
        '2024-01-01',
        ['paper-conference'],
        'In *NeurIPS 2024*',
        [{ type: 'pdf', url: 'https://arxiv.org/pdf/2405.14768' }],
      ],
    });
  });

  test('cite.bib is the citable entry, without marks', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    expect(textOf(profile, 'content/publications/li2022can/cite.bib')).toBe(
      [
        '@article{li2022can,',
        '  author = {Li, Zexi and Mao, Feng and Wu, Chao},',
        '  title = {Can We Share Models If Sharing Data Is Not an Option?},',
        '  journal = {Patterns},',
        '  year = {2022},',
        '  publisher = {Cell Press},',
        '  url = {https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('each talk is an all-day event by the owner', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    expect(frontMatterOf(profile, 'content/events/2024-11-14-cambridge-cst/index.md')).toEqual({
      title: 'Physics in (Federated) Deep Neural Networks and Beyond: A Parametric Perspective',
      event_name: 'Department of Computer Science and Technology, University of Cambridge',
      date: '2024-11-14',
      event_all_day: true,
      authors: ['me'],
    });
    expect(frontMatterOf(profile, 'content/events/2025-05-30-zhejiang-cast-science-plus/index.md')).toEqual({
      title: '大模型时代，AI如何记忆与思考？',
      event_name: '浙江省科协“科学+”平台',
      date: '2025-05-30',
      event_all_day: true,
      authors: ['me'],
    });
  });

  test("an event's slides and video are links in the kit's own form (icon, name, url), as its example event writes them", () => {
    const profile = profileWith({
      talks: [
        talk('2024-05-01-links', {
          title: 'Links',
          date: '2024-05-01',
          slides: 'https://x.org/slides.pdf',
          video: 'https://x.org/video',
        }),
      ],
    });
    expect((frontMatterOf(profile, 'content/events/2024-05-01-links/index.md') as { links?: unknown }).links).toEqual([
      { icon: 'presentation-chart-bar', name: 'Slides', url: 'https://x.org/slides.pdf' },
      { icon: 'video-camera', name: 'Video', url: 'https://x.org/video' },
    ]);
  });

  test('two runs give the same bytes, whatever order the items were loaded in; nothing carries the time', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const first = exportHugoBlox(profile);
    expect(exportHugoBlox(profile)).toEqual(first);
    expect(
      exportHugoBlox({
        ...profile,
        publications: [...profile.publications].reverse(),
        talks: [...profile.talks].reverse(),
      }),
    ).toEqual(first);
    for (const file of first.files) {
      expect(file.path).toMatch(safeSitePath);
      expect(file.content).not.toMatch(/publishDate|lastmod/);
    }
  });
});

describe('small profiles', () => {
  test('notes combine both marks; a paper without marks has no author_notes', () => {
    const profile = profileWith({
      publications: [
        publication('x', {
          title: 'T',
          date: '2025-07',
          authors: [
            { family: 'Wang', given: 'Peng', equal: true, corresponding: true },
            { family: 'Li', given: 'Z.' },
            { literal: 'The Group', corresponding: true },
          ],
        }),
        publication('y', { title: 'U', date: '2025-07-30' }),
      ],
    });
    expect(frontMatterOf(profile, 'content/publications/x/index.md')).toMatchObject({
      authors: ['Peng Wang', 'me', 'The Group'],
      author_notes: ['Equal contribution, corresponding author', '', 'Corresponding author'],
      date: '2025-07-01',
      featured: false,
    });
    const y = frontMatterOf(profile, 'content/publications/y/index.md');
    expect(y).not.toHaveProperty('author_notes');
    expect(y).toMatchObject({ date: '2025-07-30', authors: ['me'] });
  });

  test('journal volume and issue, DOI and arXiv ids, the abstract, and every link type', () => {
    const profile = profileWith({
      publications: [
        publication(
          'x',
          {
            title: 'T',
            type: 'article-journal',
            venue: 'Journal of *Things*',
            volume: 3,
            issue: 2,
            doi: '10.1/2',
            arxiv: '2410.10000',
            url: 'https://doi.org/10.1/2',
            links: [
              { type: 'code', url: 'https://github.com/x' },
              { type: 'data', url: 'https://x.org/data' },
              { type: 'paper', url: 'https://x.org/paper' },
              { type: 'html', url: 'https://x.org/html' },
              { type: 'arxiv', url: 'https://arxiv.org/abs/2410.10000' },
              { type: 'other', url: 'https://x.org/other', name: 'Demo' },
              { type: 'slides', url: 'https://x.org/slides', name: 'Talk slides' },
            ],
          },
          'The abstract.\n\nSecond paragraph.',
        ),
      ],
    });
    expect(frontMatterOf(profile, 'content/publications/x/index.md')).toEqual({
      title: 'T',
      authors: ['me'],
      publication_types: ['article-journal'],
      publication: '*Journal of \\*Things\\*, 3*(2)',
      abstract: 'The abstract.\n\nSecond paragraph.',
      featured: false,
      hugoblox: { ids: { doi: '10.1/2', arxiv: '2410.10000' } },
      links: [
        { type: 'code', url: 'https://github.com/x' },
        { type: 'dataset', url: 'https://x.org/data' },
        { type: 'custom', url: 'https://x.org/paper', label: 'Paper' },
        { type: 'custom', url: 'https://x.org/html', label: 'HTML' },
        { type: 'preprint', url: 'https://arxiv.org/abs/2410.10000' },
        { type: 'custom', url: 'https://x.org/other', label: 'Demo' },
        { type: 'slides', url: 'https://x.org/slides', label: 'Talk slides' },
      ],
    });
  });

  test('a hostile title stays one value for both YAML readers, and cite.bib reads back', async () => {
    const profile = profileWith({
      publications: [publication('evil', { title: hostileTitle, venue: 'No', label: 'Yes', date: '2024' })],
      talks: [talk('2024-05-01-no', { title: 'No', date: '2024-05', venue: '1e3', url: 'https://x.org' }, '---\nAbs.')],
    });
    expect(frontMatterOf(profile, 'content/publications/evil/index.md')).toMatchObject({
      title: hostileTitleOnOneLine,
      publication: '*No*',
      publication_short: '*Yes*',
    });
    expect(frontMatterOf(profile, 'content/events/2024-05-01-no/index.md')).toEqual({
      title: 'No',
      event_name: '1e3',
      event_url: 'https://x.org',
      date: '2024-05-01',
      event_all_day: true,
      authors: ['me'],
      abstract: '---\nAbs.',
    });
    const parseBib = await loadRawBibParser();
    expect(parseBib(textOf(profile, 'content/publications/evil/cite.bib')).map((entry) => entry.label)).toEqual([
      'evil',
    ]);
  });

  test('hidden publications and talks get no bundle', () => {
    const profile = profileWith({
      publications: [publication('shown', { title: 'S' }), publication('draft', { title: 'D', hidden: true })],
      talks: [talk('2024-01-01-secret', { title: 'Secret', date: '2024-01-01', hidden: true })],
    });
    expect(exportHugoBlox(profile).files.map((file) => file.path)).toEqual([
      'content/publications/shown/cite.bib',
      'content/publications/shown/index.md',
      'data/authors/me.yaml',
    ]);
  });
});

describe('an edited book (editors, no authors)', () => {
  test('the editors stand where the kit lists authors, each noted as an editor', () => {
    const profile = profileWith({ publications: [editedBook()] });
    expect(frontMatterOf(profile, 'content/publications/li2021handbook/index.md')).toEqual({
      title: 'Handbook of Federated Learning',
      authors: ['me', 'Chidi Okafor'],
      author_notes: ['Editor', 'Editor'],
      date: '2021-01-01',
      publication_types: ['book'],
      featured: false,
    });
  });
});
