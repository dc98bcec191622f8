/**
 * `export --site al-folio` on the bundled profile (papers.bib against a golden file read line by line, parsed back
 * with citation-js; the news files field by field) and on small profiles for marks, links, imported entries,
 * hostile text, hidden items, month-precision dates and determinism.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadRawBibParser } from '../../../../src/bibtex/citationJs.js';
import { exportAlFolio } from '../../../../src/export/sites/alFolio.js';
import { abbrOfLabel } from '../../../../src/export/sites/alFolioBibtex.js';
import { scholarNamesOf, yamlFlowList } from '../../../../src/export/sites/alFolioScholarNames.js';
import { parseFrontMatterFile } from '../../../../src/frontMatter/frontMatter.js';
import type { Profile } from '../../../../src/model/items.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { editedBook, hostileTitle, news, owner, profileWith, publication, safeSitePath } from './siteProfiles.js';

const bundledProfile = fileURLToPath(new URL('../../../../profile', import.meta.url));
// Read line by line when it was made: newest year first and `order` within a year; marks after family names,
// `*` equal and `†` corresponding; abbr from the label without its year; selected, bibtex_show, arxiv, pdf/html
// from the url (none when the url is the arXiv abstract page); an annotation for the marks each entry uses;
// `"{WISE}: …"` between quotes where the value would open with `{{`.
const goldenPapers = fileURLToPath(new URL('../../../fixtures/sites/al-folio-papers.bib', import.meta.url));

function papersOf(profile: Profile): string {
  const file = exportAlFolio(profile).files.find((candidate) => candidate.path === '_bibliography/papers.bib');
  if (!file) throw new Error('no papers.bib');
  return file.content;
}

async function entriesOf(profile: Profile) {
  const parse = await loadRawBibParser();
  return parse(papersOf(profile));
}

describe('the bundled profile', () => {
  test('writes papers.bib and one news file per visible news item', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const result = exportAlFolio(profile);
    expect(result.files.map((file) => file.path)).toEqual([
      '_bibliography/papers.bib',
      '_news/2024-05-kdd-icml-2024-papers.md',
      '_news/2024-09-wise-neurips-2024.md',
      '_news/2025-03-associate-chair-fedkdd-2025.md',
      '_news/2025-04-universal-personalization-tmc.md',
      '_news/2025-05-editing-as-unlearning-preprint.md',
      '_news/2025-05-fedgucci-kdd-2025.md',
      '_news/2025-06-own-best-teacher-iccv-2025.md',
      '_news/2025-06-phd-defense.md',
      '_news/2025-07-best-poster-mobiuk-2025.md',
      '_news/2025-07-joined-tongyi-lab.md',
      '_news/2025-07-session-chair-kdd-2025.md',
      '_pages/about.md',
      'assets/json/resume.json',
    ]);
    expect(result.advice).toEqual([
      'In _config.yml, under scholar:, set last_name: [Li] and first_name: [Zexi, Z.] so that al-folio finds you among the authors of papers.bib.',
    ]);
  });

  test('papers.bib is the golden file', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    expect(papersOf(profile)).toBe(readFileSync(goldenPapers, 'utf8'));
  });

  test('papers.bib reads back with citation-js, with al-folio’s fields on every entry', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const entries = await entriesOf(profile);
    expect(entries.map((entry) => entry.label)).toEqual([
      'li2025editing',
      'li2025fedgucci',
      'wang2024wise',
      'li2023revisiting',
      'li2023no',
      'li2022can',
      'li2022towards',
    ]);
    const wise = entries.find((entry) => entry.label === 'wang2024wise');
    expect(wise?.type).toBe('inproceedings');
    expect(wise?.properties).toEqual({
      abbr: 'NeurIPS',
      author:
        'Wang*, Peng and Li*, Zexi and Zhang†, Ningyu and Xu, Ziwen and Yao, Yunzhi and Jiang, Yong and Xie, Pengjun and Huang, Fei and Chen†, Huajun',
      title: '{WISE}: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
      booktitle: 'Advances in Neural Information Processing Systems',
      year: '2024',
      url: 'https://arxiv.org/pdf/2405.14768',
      eprint: '2405.14768',
      archiveprefix: 'arXiv',
      selected: 'true',
      bibtex_show: 'true',
      arxiv: '2405.14768',
      pdf: 'https://arxiv.org/pdf/2405.14768',
      annotation: '* Equal contribution<br>† Corresponding author',
    });
    for (const entry of entries) {
      expect(entry.properties.bibtex_show).toBe('true');
      expect(entry.properties.selected).toBe('true');
      expect(typeof entry.properties.abbr).toBe('string');
    }
  });

  test('each news file is an inline post dated at its own month, with the text as the body', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const file = exportAlFolio(profile).files.find(
      (candidate) => candidate.path === '_news/2025-07-joined-tongyi-lab.md',
    );
    expect(file?.content).toBe(
      [
        '---',
        'layout: post',
        'date: "2025-07-01 00:00:02"',
        'inline: true',
        'related_posts: false',
        '---',
        '',
        'I joined Tongyi Lab, Alibaba Group, as a research scientist.',
        '',
      ].join('\n'),
    );
    for (const item of profile.news.filter((candidate) => candidate.fields.hidden !== true)) {
      const path = `_news/${item.id.slice('news/'.length)}.md`;
      const text = exportAlFolio(profile).files.find((candidate) => candidate.path === path)?.content ?? '';
      const parsed = parseFrontMatterFile(text, path);
      const { year, month } = item.fields.date;
      expect(parsed.data).toMatchObject({ layout: 'post', inline: true, related_posts: false });
      expect(String(parsed.data.date)).toMatch(
        new RegExp(`^${year}-${String(month).padStart(2, '0')}-01(?: 00:00:0\\d)?$`),
      );
      expect(parsed.body.trim()).toBe(item.body);
    }
  });

  test('news of one day keep the page order: the first on the page gets the latest time, as al-folio lists newest first', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const dates = Object.fromEntries(
      exportAlFolio(profile)
        .files.filter((file) => file.path.startsWith('_news/2025-07') || file.path.startsWith('_news/2024-09'))
        .map((file) => [file.path, parseFrontMatterFile(file.content, file.path).data.date]),
    );
    expect(dates).toEqual({
      '_news/2024-09-wise-neurips-2024.md': '2024-09-01',
      '_news/2025-07-joined-tongyi-lab.md': '2025-07-01 00:00:02',
      '_news/2025-07-best-poster-mobiuk-2025.md': '2025-07-01 00:00:01',
      '_news/2025-07-session-chair-kdd-2025.md': '2025-07-01 00:00:00',
    });
  });

  test('news known only to its month is noted once, for the files it concerns', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const { notes } = exportAlFolio(profile);
    expect(notes).toHaveLength(1);
    expect(notes?.[0]?.text).toBe(
      'al-folio prints every news date as a day (Jul 01, 2025) and offers no other form: 11 news items known only to their month or year show the 1st.',
    );
    expect(notes?.[0]?.files).toContain('_news/2025-07-joined-tongyi-lab.md');
    const dayOnly = profileWith({ news: [news('2025-07-30-a', { date: '2025-07-30' }, 'A.')] });
    expect(exportAlFolio(dayOnly).notes).toEqual([]);
  });

  test('two runs give the same bytes, whatever order the items were loaded in', async () => {
    const { profile } = await loadValidProfile(bundledProfile);
    const first = exportAlFolio(profile);
    expect(exportAlFolio(profile)).toEqual(first);
    expect(
      exportAlFolio({
        ...profile,
        publications: [...profile.publications].reverse(),
        news: [...profile.news].reverse(),
      }),
    ).toEqual(first);
    for (const file of first.files) expect(file.path).toMatch(safeSitePath);
  });
});

describe('small profiles', () => {
  test('both marks on one author are `*†`, as al-folio’s own example writes `Einstein*†`', async () => {
    const profile = profileWith({
      publications: [
        publication('x', {
          title: 'T',
          date: '2024',
          authors: [
            { family: 'Li', given: 'Zexi', equal: true, corresponding: true },
            { family: 'Wang', given: 'Peng', equal: true },
            { literal: 'The Group' },
          ],
        }),
        publication('y', { title: 'U', date: '2024' }),
      ],
    });
    const [x, y] = await entriesOf(profile);
    expect(x?.properties.author).toBe('Li*†, Zexi and Wang*, Peng and {The Group}');
    expect(x?.properties.annotation).toBe('* Equal contribution<br>† Corresponding author');
    expect(y?.properties.author).toBe('Li, Zexi');
    expect(y?.properties).not.toHaveProperty('annotation');
    expect(y?.properties).not.toHaveProperty('selected');
  });

  test('links become al-folio’s buttons; html before paper; the url fills pdf or html; award has a name', async () => {
    const profile = profileWith({
      publications: [
        publication('x', {
          title: 'T',
          date: '2024',
          url: 'https://x.org/main',
          award: 'Best Poster Award',
          links: [
            { type: 'paper', url: 'https://x.org/landing' },
            { type: 'html', url: 'https://x.org/html' },
            { type: 'code', url: 'https://github.com/x/y' },
            { type: 'project', url: 'https://x.org/project' },
            { type: 'supplement', url: 'https://x.org/supp.pdf' },
            { type: 'data', url: 'https://x.org/data' },
            { type: 'slides', url: 'https://x.org/slides.pdf' },
            { type: 'slides', url: 'https://x.org/second-slides.pdf' },
          ],
        }),
        publication('y', { title: 'U', date: '2024', url: 'https://x.org/paper.pdf', doi: '10.1/2' }),
        publication('z', { title: 'V', date: '2024', url: 'https://doi.org/10.1/2', doi: '10.1/2' }),
      ],
    });
    const [x, y, z] = await entriesOf(profile);
    expect(x?.properties).toMatchObject({
      html: 'https://x.org/html',
      code: 'https://github.com/x/y',
      website: 'https://x.org/project',
      supp: 'https://x.org/supp.pdf',
      slides: 'https://x.org/slides.pdf',
      award: 'Best Poster Award',
      award_name: 'Best Poster Award',
    });
    // The url is a web page and html is taken, so it stays the url only; al-folio has no button for data.
    expect(x?.properties).not.toHaveProperty('pdf');
    expect(Object.values(x?.properties ?? {})).not.toContain('https://x.org/landing');
    expect(Object.values(x?.properties ?? {})).not.toContain('https://x.org/data');
    expect(y?.properties).toMatchObject({ pdf: 'https://x.org/paper.pdf', doi: '10.1/2' });
    expect(z?.properties).not.toHaveProperty('html');
  });

  test('an imported entry keeps its own fields and gets the profile’s marks, links and selection', async () => {
    const profile = profileWith({
      publications: [
        publication('einstein1935', {
          type: 'article-journal',
          title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
          authors: [
            { family: 'Einstein', given: 'A.', equal: true, corresponding: true },
            { family: 'Podolsky', given: 'B.', equal: true },
          ],
          date: '1935-05',
          venue: 'Phys. Rev.',
          label: 'PhysRev',
          links: [{ type: 'pdf', url: 'https://x.org/new.pdf' }],
          bibtex: {
            type: 'article',
            fields: {
              abbr: 'PR',
              title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
              author: 'Einstein\\#, A. and Podolsky, B.',
              equal: '1,2',
              journal: 'Phys. Rev.',
              year: '1935',
              month: 'may',
              pdf: 'old.pdf',
              altmetric: '248277',
              selected: 'true',
            },
          },
        }),
      ],
    });
    const text = papersOf(profile);
    expect(text).toContain('  month = may,\n');
    const [entry] = await entriesOf(profile);
    expect(entry?.properties).toEqual({
      abbr: 'PhysRev',
      title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
      author: 'Einstein*†, A. and Podolsky*, B.',
      journal: 'Phys. Rev.',
      year: '1935',
      month: '05',
      altmetric: '248277',
      bibtex_show: 'true',
      pdf: 'https://x.org/new.pdf',
      annotation: '* Equal contribution<br>† Corresponding author',
    });
  });

  test('an abbr written with its year (`NeurIPS 2024`) stays as written; a label made of abbr and year loses the year', () => {
    const imported = (key: string, abbr: string, label: string) =>
      publication(key, {
        title: key,
        date: '2024',
        label,
        bibtex: { type: 'article', fields: { abbr, title: key, year: '2024' } },
      });
    const text = papersOf(
      profileWith({
        publications: [
          imported('wu2024ptq', 'NeurIPS 2024', 'NeurIPS 2024'),
          imported('hou2024fbpt', 'ICRA 2023', 'ICRA 2023'),
          imported('li2024plain', 'ICML', 'ICML 2024'),
          imported('li2024changed', 'ICML 2024', 'ICLR 2024'),
        ],
      }),
    );
    const abbrs = Object.fromEntries(
      [...text.matchAll(/^@article\{(\w+),\n {2}abbr = \{(.*)\},$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(abbrs).toStrictEqual({
      wu2024ptq: 'NeurIPS 2024',
      hou2024fbpt: 'ICRA 2023',
      li2024plain: 'ICML',
      li2024changed: 'ICLR',
    });
  });

  test('an entry without abbr gets the short form of its venue as badge, and none when the venue has no short form', () => {
    const journal = (key: string, venue: string) =>
      publication(key, {
        title: key,
        date: '2024',
        venue,
        bibtex: { type: 'article', fields: { title: key, journal: venue, year: '2024' } },
      });
    const text = papersOf(
      profileWith({
        publications: [
          journal('hao2024swmpas', 'IEEE Transactions on Parallel and Distributed Systems'),
          journal('haeusel2024bayes', 'Computer Methods in Applied Mechanics and Engineering'),
        ],
      }),
    );
    expect(text).toContain('@article{hao2024swmpas,\n  abbr = {TPDS},\n');
    expect(text).toContain('@article{haeusel2024bayes,\n  title = {haeusel2024bayes},\n');
    expect(text).not.toContain('abbr = {Computer Methods');
  });

  test('a month joined to a day is its macro alone, which the page shows as "Jan", as for any other entry', () => {
    // bibtex-ruby keeps `"31~" # jan` as that source text, and the page prints it under the title.
    const joined = (key: string, month: string) =>
      publication(key, {
        title: key,
        date: '2021-01-31',
        bibtex: { type: 'misc', fields: { title: key, year: '2021', month } },
      });
    const text = papersOf(
      profileWith({ publications: [joined('day-first', '"31~" # jan'), joined('macro-first', 'jan # "~31"')] }),
    );
    expect([...text.matchAll(/ {2}month = (.*),\n/g)].map((match) => match[1])).toStrictEqual(['jan', 'jan']);
  });

  test('a hostile title never opens Liquid, stays one BibTeX value, and reads back', async () => {
    const profile = profileWith({
      publications: [
        publication('evil', { title: hostileTitle, date: '2024', venue: '{{ venue }}' }),
        publication('kept', {
          title: 'WISE: x',
          date: '2024',
          bibtex: { type: 'misc', fields: { title: '{{WISE}: x}', note: '{%raw%}', url: 'https://x.org/{{a}}' } },
        }),
      ],
    });
    const text = papersOf(profile);
    expect(text.startsWith('---\n---\n\n@')).toBe(true);
    expect(text).not.toMatch(/\{[{%]/);
    const entries = await entriesOf(profile);
    expect(entries.map((entry) => entry.label)).toEqual(['evil', 'kept']);
    expect(entries[0]?.properties.title).toBe(
      'A -{}-{}- B: "quoted" \'single\'\n-{}-{}-\n\\{\\{ x \\}\\} \\{\\% include x \\%\\} -{}-> <\u200cb>\\&<\u200c/b> \\#1 50\\%',
    );
    // A value that starts with a brace goes between quotes; these kept values hold `{{` and `{%` themselves, which
    // get the invisible U+200C between the two characters (no space for the BibTeX popup to show).
    expect(entries[1]?.properties).toMatchObject({ title: '{\u200c{WISE}: x}', note: '{\u200c%raw%}' });
  });

  test('hidden publications and news are not published', () => {
    const profile = profileWith({
      publications: [
        publication('shown', { title: 'S', date: '2024' }),
        publication('draft', { title: 'D', hidden: true }),
      ],
      news: [news('2025-07-a', { date: '2025-07' }, 'A.'), news('2025-06-b', { date: '2025-06', hidden: true }, 'B.')],
    });
    const result = exportAlFolio(profile);
    expect(result.files.map((file) => file.path)).toEqual([
      '_bibliography/papers.bib',
      '_news/2025-07-a.md',
      '_pages/about.md',
      'assets/json/resume.json',
    ]);
    expect(papersOf(profile)).not.toContain('draft');
  });

  test('news keeps its day when it has one, and its Liquid is neutralised unless page.liquid', () => {
    const items = [news('2025-07-30-a', { date: '2025-07-30' }, 'See {{ site.url }} and {% link x %}.')];
    const [, neutral] = exportAlFolio(profileWith({ news: items })).files;
    expect(neutral?.content).toBe(
      '---\nlayout: post\ndate: "2025-07-30"\ninline: true\nrelated_posts: false\n---\n\nSee &#123;{ site.url }} and &#123;% link x %}.\n',
    );
    const [, kept] = exportAlFolio(profileWith({ news: items }, { ...owner, page: { liquid: true } })).files;
    expect(kept?.content.endsWith('\n\nSee {{ site.url }} and {% link x %}.\n')).toBe(true);
  });

  test('the scholar names are every family and given name of the variants, quoted when YAML needs it', () => {
    expect(scholarNamesOf({ name: 'Zexi Li', nameVariants: ['Zexi Li', 'Z. Li', 'Li, Zexi', 'Li, Z.'] })).toEqual({
      lastNames: ['Li'],
      firstNames: ['Zexi', 'Z.'],
    });
    expect(scholarNamesOf({ name: 'José García-Núñez' })).toEqual({
      lastNames: ['García-Núñez'],
      firstNames: ['José'],
    });
    expect(yamlFlowList(['García-Núñez', "O'Neil", 'Yes: no', '[x]', 'A. B.'])).toBe(
      '[García-Núñez, O\'Neil, "Yes: no", "[x]", A. B.]',
    );
  });

  test.each([
    ['NeurIPS 2024', 'NeurIPS'],
    ['ACM SIGIR 2023', 'ACM SIGIR'],
    ["ICML '23", 'ICML'],
    ['Patterns, Cell Press', 'Patterns, Cell Press'],
    ['2024', '2024'],
    ['Preprint', 'Preprint'],
  ])('the label %j gives the abbr %j', (label, abbr) => {
    expect(abbrOfLabel(label)).toBe(abbr);
  });
});

// jekyll-scholar's `latex` filter is bibtex-ruby's, which calls latex-decode. Debian packages neither (there is no
// ruby-latex-decode), so this runs only where the gem is installed.
const latexDecodeMissing =
  spawnSync('ruby', ['-e', 'require "latex/decode"'], { encoding: 'utf8' }).status === 0
    ? undefined
    : 'latex-decode is not installed (Debian has no ruby-latex-decode; gem install latex-decode)';

function latexDecode(values: readonly string[]): string[] {
  const script =
    'require "json"; require "latex/decode"; puts JSON.generate(JSON.parse($stdin.read).map { |v| LaTeX.decode(v) })';
  return JSON.parse(spawnSync('ruby', ['-e', script], { input: JSON.stringify(values), encoding: 'utf8' }).stdout);
}

describe('literal TeX characters in papers.bib', () => {
  const literal = publication('lit', {
    title: 'Learning {0,1}-valued functions in O(n^{2}) time',
    authors: [{ family: 'O{}Neil', given: 'Jo' }],
    date: '2024',
    venue: 'Proc. {Braces} ^ 100%',
  });

  test('balanced braces are escaped with a backslash and read back as written', async () => {
    const text = papersOf(profileWith({ publications: [literal] }));
    expect(text).toContain('title = {Learning \\{0,1\\}-valued functions in O(n\\textasciicircum{}\\{2\\}) time}');
    expect(text).toContain('journal = {Proc. \\{Braces\\} \\textasciicircum{} 100\\%}');
    expect(text).not.toContain('textbrace');
  });

  test.skipIf(latexDecodeMissing)(
    `al-folio's latex filter (latex-decode) shows them as written${latexDecodeMissing ? ` (skipped: ${latexDecodeMissing})` : ''}`,
    async () => {
      const [entry] = await entriesOf(profileWith({ publications: [literal] }));
      const { title, journal } = (entry?.properties ?? {}) as Record<string, string>;
      expect(latexDecode([title ?? '', journal ?? ''])).toEqual([
        'Learning {0,1}-valued functions in O(n^{2}) time',
        'Proc. {Braces} ^ 100%',
      ]);
    },
  );
});

// What al-folio's page shows of a title: latex-decode's reading of the value (tests/support/latexDecodeOracle.rb
// restates its rules; the real gem is used where installed), printed unescaped into the HTML. The BibTeX popup shows
// the value as it stands in the file (bibtex-ruby writes it back between braces). U+200C is invisible in both.
const rubyMissing =
  spawnSync('ruby', ['--version'], { encoding: 'utf8' }).status === 0
    ? undefined
    : 'ruby is not installed (apt-get install ruby; CI has it with jekyll)';
if (rubyMissing && process.env.PROFILE_REQUIRE_SITE_ENGINES === '1') {
  throw new Error(`${rubyMissing}; PROFILE_REQUIRE_SITE_ENGINES=1 says the engines must be here`);
}
const oracleScript = fileURLToPath(new URL('../../../support/latexDecodeOracle.rb', import.meta.url));

function shownOnPage(values: readonly string[]): string[] {
  const script = 'require "json"; puts JSON.generate(JSON.parse($stdin.read).map { |v| LatexDecodeOracle.decode(v) })';
  const result = spawnSync('ruby', ['-r', oracleScript, '-e', script], {
    input: JSON.stringify(values),
    encoding: 'utf8',
  });
  return JSON.parse(result.stdout);
}

const zwnj = '\u200c';
// [what the case is, the profile's title, the title in papers.bib (and the popup), what the page shows]
const literalTitles: [string, string, string, string][] = [
  [
    'balanced braces and ^',
    'Learning {0,1}-valued functions in O(n^{2}) time',
    'Learning \\{0,1\\}-valued functions in O(n\\textasciicircum{}\\{2\\}) time',
    'Learning {0,1}-valued functions in O(n^{2}) time',
  ],
  [
    'two $ (not possible: latex-decode reads $…$ as maths, then \\O as Ø)',
    'Learning {0,1}-valued functions in $O(n^{2})$ time',
    'Learning \\{0,1\\}-valued functions in \\$O(n\\textasciicircum{}\\{2\\})\\$ time',
    'Learning {0,1}-valued functions in Ø(n^{2}) time',
  ],
  ['two $ amounts (not possible)', 'Costs $5 and $10', 'Costs \\$5 and \\$10', 'Costs \\5 and \\10'],
  ['one $', 'Costs $5 in all', 'Costs \\$5 in all', 'Costs $5 in all'],
  ['<b> literally', 'A <b> tag', `A <${zwnj}b> tag`, `A <${zwnj}b> tag`],
  ['< before no tag name, and >', 'If a < b and c > d', 'If a < b and c > d', 'If a < b and c > d'],
  [
    'a lone { (not possible: a command latex-decode does not know)',
    'A lone { brace',
    'A lone \\textbraceleft{} brace',
    'A lone \\textbraceleft brace',
  ],
  ['a lone } (not possible)', 'A lone } brace', 'A lone \\textbraceright{} brace', 'A lone \\textbraceright brace'],
  [
    '{{FedGuCci}}-like Liquid',
    '{{FedGuCci}} and {% raw %}',
    `\\{\\{${zwnj}{FedGuCci}\\}\\} and \\{\\% raw \\%\\}`,
    `{{${zwnj}FedGuCci}} and {% raw %}`,
  ],
  ['^', 'Powers x^2', 'Powers x\\textasciicircum{}2', 'Powers x^2'],
  ['&', 'Q&A and R&D', '{Q\\&A} and {R\\&D}', 'Q&A and R&D'],
  ['& before a character reference', 'Write &amp; as &', `Write \\&${zwnj}amp; as \\&`, `Write &${zwnj}amp; as &`],
  ['%', '50% more', '50\\% more', '50% more'],
  ['#', 'The #1 hit', 'The \\#1 hit', 'The #1 hit'],
  ['~', 'Home ~ away', 'Home \\textasciitilde{} away', 'Home ~ away'],
];

describe('what al-folio shows of literal characters in papers.bib', () => {
  test.each(literalTitles)('%s', async (_case, title, written, _page) => {
    const text = papersOf(profileWith({ publications: [publication('lit', { title, date: '2024' })] }));
    // Between braces, or between quotes when the value opens with a brace (`"{Q\&A} and …"`).
    expect(/^ {2}title = [{"](.*)[}"],$/m.exec(text)?.[1]).toBe(written);
    const [entry] = await entriesOf(profileWith({ publications: [publication('lit', { title, date: '2024' })] }));
    expect(entry?.properties.title).toBe(written);
    expect(text).not.toMatch(/\{[{%]|\{ \{|&lt;|&gt;/);
  });

  test.skipIf(rubyMissing)(
    `the page shows latex-decode's reading of each${rubyMissing ? ` (skipped: ${rubyMissing})` : ''}`,
    () => {
      expect(shownOnPage(literalTitles.map(([, , written]) => written))).toEqual(
        literalTitles.map(([, , , page]) => page),
      );
    },
  );
});

describe('an edited book (editors, no authors)', () => {
  test('papers.bib names its editors in the editor field, as the entry did, and no author', () => {
    expect(papersOf(profileWith({ publications: [editedBook()] }))).toBe(
      '---\n---\n\n@book{li2021handbook,\n  editor = {Li, Zexi and Okafor, Chidi},\n  title = {Handbook of Federated Learning},\n  publisher = {MIT Press},\n  year = {2021},\n  bibtex_show = {true}\n}\n',
    );
  });
});
