/** What a profile stores for each kind of real-world entry: readable fields, labels, marks, and the entry itself. */
import { describe, expect, test } from 'vitest';
import { resolveCrossrefs } from '../../../src/bibtex/crossref.js';
import { publicationFromBibtex } from '../../../src/bibtex/publicationFromBibtex.js';
import { type BibEntry, readBibEntries } from '../../../src/bibtex/readBibEntries.js';
import { readFixtures } from './fixtures.js';

async function mapped(fixture: string, key: string, venueMap: { match: string; label: string }[] = []) {
  const { entries } = await readFixtures(fixture);
  const entry = resolveCrossrefs(entries).entries.find((candidate) => candidate.key === key) as BibEntry;
  return publicationFromBibtex(entry, { venueMap });
}

describe('publicationFromBibtex', () => {
  test('DBLP: the venue comes through crossref, the label from the venue map, the URL unescaped', async () => {
    const { data } = await mapped('dblp-export-with-crossref', 'DBLP:conf/nips/WangLZXYJXHC24');
    expect(data.type).toBe('paper-conference');
    expect(data.title).toBe(
      'WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
    );
    expect(data.venue?.startsWith('Advances in Neural Information Processing Systems 38')).toBe(true);
    expect(data.label).toBe('NeurIPS 2024');
    expect(data.category).toBe('conference');
    expect(data.url).toBe(
      'http://papers.nips.cc/paper_files/paper/2024/hash/60960ad78868fce5c165295fbd895060-Abstract-Conference.html',
    );
    expect(data.bibtex.fields.crossref).toBeUndefined();
  });

  test('DBLP CoRR: an arXiv-only entry is a preprint labelled Preprint', async () => {
    const { data, isPreprint } = await mapped('dblp-export-with-crossref', 'DBLP:journals/corr/abs-2405-14132');
    expect(isPreprint).toBe(true);
    expect([data.type, data.status, data.category, data.label, data.arxiv]).toStrictEqual([
      'article',
      'preprint',
      'preprint',
      'Preprint',
      '2405.14132',
    ]);
  });

  test('an @article naming no journal, with an arXiv id and a publisher’s DOI, is the published version; with arXiv’s DOI, a preprint', () => {
    // As workToBibEntry writes the first work of the recorded ORCID 2.x summary (NASA ADS gives no journal title).
    const fromOrcid = (doi: string) =>
      publicationFromBibtex({
        type: 'article',
        key: 'orcid:0000-0002-4110-3511:111778373',
        fields: {
          title: 'Best Practices for Data Publication in the Astronomical Literature',
          year: '2022',
          doi,
          eprint: '2106.01477',
          archiveprefix: 'arXiv',
        },
      });
    const published = fromOrcid('10.3847/1538-4365/ac6268');
    expect([published.isPreprint, published.data.status, published.data.category]).toStrictEqual([
      false,
      undefined,
      'journal',
    ]);
    const preprint = fromOrcid('10.48550/arXiv.2106.01477');
    expect([preprint.isPreprint, preprint.data.status, preprint.data.category]).toStrictEqual([
      true,
      'preprint',
      'preprint',
    ]);
  });

  test('Google Scholar: "arXiv preprint arXiv:…" as the journal is a preprint too', async () => {
    const { data } = await mapped('google-scholar-export', 'li2025editing');
    expect([data.status, data.arxiv, data.url]).toStrictEqual([
      'preprint',
      '2505.19855',
      'https://arxiv.org/abs/2505.19855',
    ]);
  });

  test('Google Scholar: a published paper keeps its venue; the label comes from the venue map', async () => {
    const { data } = await mapped('google-scholar-export', 'li2023revisiting');
    expect([data.venue, data.label, data.publisher, data.pages]).toStrictEqual([
      'International Conference on Machine Learning',
      'ICML 2023',
      'PMLR',
      '19767–19788',
    ]);
  });

  test('the venue map of profile.md wins over the shipped one', async () => {
    const { data } = await mapped('google-scholar-export', 'li2023revisiting', [
      { match: 'Conference on Machine Learning', label: 'ICML (PMLR)' },
    ]);
    expect(data.label).toBe('ICML (PMLR) 2023');
  });

  test('al-folio: abbr is the label, *† are marks, selected and link fields are read, every field is kept', async () => {
    const { data, body } = await mapped('al-folio-papers-custom-fields', 'PhysRev.47.777');
    expect(data.label).toBe('PhysRev 1935');
    expect(data.authors).toStrictEqual([
      { family: 'Einstein', given: 'A.', equal: true, corresponding: true },
      { family: 'Podolsky', given: 'B.', equal: true },
      { family: 'Rosen', given: 'N.', equal: true },
    ]);
    expect(data.selected).toBe(true);
    expect(data.links).toStrictEqual([
      { type: 'pdf', url: 'example_pdf.pdf' },
      { type: 'html', url: 'https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777' },
      { type: 'video', url: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' },
    ]);
    expect([data.date, data.issue]).toStrictEqual(['1935-05', '10']);
    expect(data.bibtex.fields.google_scholar_id).toBe('qyhmnyLat1gC');
    expect(body.startsWith('In a complete theory')).toBe(true);
  });

  test('al-folio: \\# marks a corresponding author, award_name is the award, arxiv the identifier', async () => {
    const { data } = await mapped('al-folio-papers-custom-fields', 'wang2024wise');
    expect(data.authors.filter((author) => author.corresponding).map((author) => author.family)).toStrictEqual([
      'Zhang',
      'Chen',
    ]);
    expect([data.label, data.award, data.arxiv]).toStrictEqual(['NeurIPS 2024', 'Poster', '2405.14768']);
  });

  test('biblatex: journaltitle, date, pubstate, @online and @thesis', async () => {
    const journal = await mapped('biblatex-date-and-journaltitle', 'li2025universal');
    expect([journal.data.venue, journal.data.date, journal.data.label]).toStrictEqual([
      'IEEE Transactions on Mobile Computing',
      '2025-04-15',
      'TMC 2025',
    ]);
    const online = await mapped('biblatex-date-and-journaltitle', 'li2025fedkdd');
    expect([online.data.type, online.data.date, online.data.status]).toStrictEqual(['webpage', '2025-03', 'accepted']);
    const thesis = await mapped('biblatex-date-and-journaltitle', 'li2025thesis');
    expect([thesis.data.type, thesis.data.date, thesis.data.publisher]).toStrictEqual([
      'thesis',
      '2025',
      'Zhejiang University',
    ]);
  });

  test('"in press", "forthcoming" as the year, or a note that only says "To appear": accepted, fields as written', async () => {
    const { entries } = await readFixtures('in-press-and-to-appear');
    const mappedEntries = entries.map((entry) => publicationFromBibtex(entry).data);
    expect(mappedEntries.map(({ key, date, status }) => ({ key, date, status }))).toStrictEqual([
      { key: 'li2026inpress', date: undefined, status: 'accepted' },
      { key: 'li2026forthcoming', date: undefined, status: 'accepted' },
      { key: 'li2026toappear', date: '2026', status: 'accepted' },
      { key: 'li2025published', date: '2025', status: undefined },
    ]);
    expect(mappedEntries.map((data) => [data.bibtex.fields.year, data.bibtex.fields.note])).toStrictEqual([
      ['in press', undefined],
      ['Forthcoming', undefined],
      ['2026', 'To appear.'],
      ['2025', 'To appear in the special issue, extended'],
    ]);
  });

  test('pages with one hyphen (IEEE Xplore) read as a range, as BibTeX styles print them', async () => {
    const { entries } = await readFixtures('bibtex-syntax-real-exports-write');
    const pages = (key: string) =>
      publicationFromBibtex(entries.find((entry) => entry.key === key) as BibEntry).data.pages;
    expect([pages('9354321'), pages('10.1145/3448016.3457001'), pages('10.1007/978-3-030-59410-7_12')]).toStrictEqual([
      '1501–1514',
      '100–112',
      '180–196',
    ]);
  });

  test('a year with a letter (2020a, 2020b: Google Scholar, APA) is that year, with the month; fields as written', async () => {
    const { entries } = await readFixtures('year-with-disambiguation-letter');
    const mappedEntries = entries.map((entry) => publicationFromBibtex(entry).data);
    expect(mappedEntries.map(({ key, date, label }) => ({ key, date, label }))).toStrictEqual([
      { key: 'li2020a', date: '2020', label: 'Patterns 2020' },
      { key: 'li2020b', date: '2020', label: 'ICML 2020' },
      { key: 'Li_2019a', date: '2019-07', label: 'Psychological Science 2019' },
      { key: 'Li_2019b', date: '2019-12', label: 'Cognition 2019' },
    ]);
    expect(mappedEntries.map((data) => data.bibtex.fields.year)).toStrictEqual(['2020a', '2020b', '2019a', '2019b']);
  });

  test('a year is four digits and at most one letter: neither a number nor a word is read as one', () => {
    const dateOfYear = (year: string) =>
      publicationFromBibtex({ type: 'article', key: 'k', fields: { title: 'T', journal: 'J', year } }).data.date;
    expect(['2020a', '{2020b}', '2020', '2020ab', '20201', 'a2020', 'in press'].map(dateOfYear)).toStrictEqual([
      '2020',
      '2020',
      '2020',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('NASA ADS: an AAS journal macro (\\aap, \\mnras, \\apjl…) is the journal it names, labelled as astronomers do', async () => {
    const { entries } = await readFixtures('nasa-ads-aastex-journal-macros');
    const mappedEntries = entries.map((entry) => publicationFromBibtex(entry).data);
    expect(mappedEntries.map(({ venue, label, category }) => [venue, label, category])).toStrictEqual([
      ['Astronomy and Astrophysics', 'A&A 2026', 'journal'],
      ['Monthly Notices of the Royal Astronomical Society', 'MNRAS 2025', 'journal'],
      ['The Astrophysical Journal', 'ApJ 2024', 'journal'],
      ['The Astrophysical Journal Letters', 'ApJL 2023', 'journal'],
      ['The Astrophysical Journal Supplement Series', 'ApJS 2022', 'journal'],
      ['The Astronomical Journal', 'AJ 2021', 'journal'],
      ['Publications of the Astronomical Society of Australia', 'PASA 2020', 'journal'],
      ['Publications of the Astronomical Society of the Pacific', 'PASP 2019', 'journal'],
      ['Annual Review of Astronomy and Astrophysics', 'ARA&A 2018', 'journal'],
      ['Nature', 'Nature 2017', 'journal'],
      ['Physics Reports', 'Phys. Rep. 2016', 'journal'],
      ['Nature Astronomy', 'Nature Astronomy 2026', 'journal'],
    ]);
    expect(mappedEntries.map((data) => data.bibtex.fields.journal).slice(0, 3)).toStrictEqual([
      '\\aap',
      '\\mnras',
      '\\apj',
    ]);
  });

  test('an AAS journal macro is read alone in a venue field (journal, booktitle), and only there', () => {
    const mappedWith = (type: string, fields: Record<string, string>) =>
      publicationFromBibtex({ type, key: 'k', fields: { title: 'T', year: '2020', ...fields } }).data;
    expect(
      [
        mappedWith('article', { journal: '{\\mnras}' }),
        mappedWith('article', { journal: '\\apjs{}' }),
        mappedWith('inproceedings', { booktitle: '\\procspie' }),
        mappedWith('article', { journaltitle: '\\jcap' }),
        mappedWith('article', { journal: '\\apj, in press' }),
        mappedWith('article', { journal: '\\notamacro' }),
        mappedWith('article', { journal: '\\AAP' }),
      ].map(({ venue, label }) => [venue, label]),
    ).toStrictEqual([
      ['Monthly Notices of the Royal Astronomical Society', 'MNRAS 2020'],
      ['The Astrophysical Journal Supplement Series', 'ApJS 2020'],
      ['Proceedings of the SPIE', 'Proc. SPIE 2020'],
      ['Journal of Cosmology and Astroparticle Physics', 'JCAP 2020'],
      ['\\apj, in press', '\\apj, in press 2020'],
      ['\\notamacro', '\\notamacro 2020'],
      ['\\AAP', '\\AAP 2020'],
    ]);
    const elsewhere = mappedWith('misc', { howpublished: '\\aap', publisher: '\\mnras', note: '\\apj' });
    expect([elsewhere.venue, elsewhere.publisher]).toStrictEqual(['\\aap', '\\mnras']);
  });

  test('a type no style defines (@articlebold) is read by its fields, as BibTeX styles do; the entry keeps its type', async () => {
    const { entries } = await readFixtures('al-folio-custom-entry-types');
    const mappedEntries = entries.map((entry) => publicationFromBibtex(entry).data);
    expect(
      mappedEntries.map(({ key, type, category, status, label, bibtex }) => ({
        key,
        type,
        category,
        status,
        label,
        kept: bibtex.type,
      })),
    ).toStrictEqual([
      {
        key: 'li2025rtas',
        type: 'article-journal',
        category: 'journal',
        status: undefined,
        label: 'Real-time 2025',
        kept: 'articlebold',
      },
      {
        key: 'li2019battery',
        type: 'article-journal',
        category: 'journal',
        status: undefined,
        label: 'Battery 2019',
        kept: 'articlebold',
      },
      {
        key: 'li2023mixmax',
        type: 'paper-conference',
        category: 'conference',
        status: undefined,
        label: 'MobiSys 2023',
        kept: 'inproceedingsbold',
      },
      {
        key: 'li2024preprint',
        type: 'article',
        category: 'preprint',
        status: 'preprint',
        label: 'Preprint',
        kept: 'articlebold',
      },
      { key: 'li2022keynote', type: 'document', category: 'other', status: undefined, label: undefined, kept: 'talk' },
    ]);
    expect(mappedEntries.map((data) => data.venue)).toStrictEqual([
      'RTAS',
      'RTSS',
      'Proceedings of the 21st Annual International Conference on Mobile Systems, Applications and Services',
      'arXiv preprint arXiv:2402.01234',
      undefined,
    ]);
  });

  test('a type BibTeX or biblatex defines is read as that type, whatever its fields', () => {
    const typeOf = (type: string, fields: Record<string, string>) =>
      publicationFromBibtex({ type, key: 'k', fields: { title: 'T', year: '2020', ...fields } }).data.type;
    expect([
      typeOf('booklet', { journal: 'J' }),
      typeOf('collection', { booktitle: 'B' }),
      typeOf('misc', { journal: 'J' }),
      typeOf('phdthesis', { journal: 'J' }),
      typeOf('customa', { journaltitle: 'J' }),
      typeOf('constructor', { booktitle: 'B' }),
      typeOf('constructor', {}),
      typeOf('poster', { journal: '{}' }),
    ]).toStrictEqual([
      'document',
      'document',
      'document',
      'thesis',
      'article-journal',
      'paper-conference',
      'document',
      'document',
    ]);
  });

  test('al-folio: HTML in abbr (a <br> in a long badge) is left out of the label; the field stays as written', async () => {
    const { entries } = await readFixtures('al-folio-abbr-with-html');
    const mappedEntries = entries.map((entry) => publicationFromBibtex(entry).data);
    expect(mappedEntries.map(({ label, bibtex }) => [label, bibtex.fields.abbr])).toStrictEqual([
      ['J. Intell. Connect. Veh. 2023', 'J. Intell. <br> Connect. Veh.'],
      ['CVPR Highlight 2024', 'CVPR<br/>Highlight'],
      ['T-ITS 2022', '<b>T-ITS</b>'],
    ]);
    const abbrLabel = (abbr: string) =>
      publicationFromBibtex({ type: 'article', key: 'k', fields: { title: 'T', year: '2020', journal: 'J', abbr } })
        .data.label;
    expect(['A<B', '<br>', 'x < y > z'].map(abbrLabel)).toStrictEqual(['A<B 2020', 'J 2020', 'x < y > z 2020']);
  });

  test('every way of writing a month gives the month', async () => {
    const { entries } = await readFixtures('month-macros-and-numbers');
    expect(entries.map((entry) => publicationFromBibtex(entry).data.date)).toStrictEqual([
      '2024-07',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-07',
      '2024-12-24',
    ]);
  });

  test('a month joined to a day gives the day; to a range or another month, the first month', async () => {
    const { entries } = await readFixtures('month-joined-to-a-day-or-another-month');
    expect(entries.map((entry) => [entry.key, publicationFromBibtex(entry).data.date])).toStrictEqual([
      ['Chuan2021-np', '2021-01-31'],
      ['kenwright:memory-pool:comp-tools:2012', '2012-07'],
      ['cettolo-etal-2012-wit3', '2012-05'],
      ['norregaard-derczynski-2021-danfever', '2021-05'],
      ['deng-wiebe-2015-mpqa', '2015-05'],
      ['inbook-full', '1973-01-10'],
      ['phdthesis-full', '1988-06'],
      ['Maier:1977:space', '1977-10'],
      ['month-macro-tie-day', '2024-12-24'],
      ['month-joined-impossible-day', '2024-02'],
      ['month-join-as-braced-text', '2024-12'],
    ]);
    expect(entries.flatMap((entry) => publicationFromBibtex(entry).warnings ?? [])).toStrictEqual([]);
  });

  test('a day field says the day, whatever the join around the month says', async () => {
    const { entries } = await readBibEntries([
      {
        name: 'refs.bib',
        text: '@misc{k, author = {Li, Zexi}, title = {T}, year = 2024, month = dec # "~24", day = 25}',
      },
    ]);
    expect(publicationFromBibtex(entries[0] as BibEntry).data.date).toBe('2024-12-25');
  });

  test('accents, particles, Jr, corporate authors and "and others"', async () => {
    const { data } = await mapped('latex-accents-and-special-letters', 'vonneumann1944');
    expect(data.authors).toStrictEqual([
      { family: 'von Neumann', given: 'John' },
      { family: 'Morgenstern', given: 'Oskar' },
      { family: 'van Beethoven', given: 'Ludwig' },
      { family: 'de la Cruz', given: 'Juana Inés' },
      { family: 'King Jr.', given: 'Martin Luther' },
    ]);
    const group = await mapped('latex-accents-and-special-letters', 'who2020');
    expect(group.data.authors).toStrictEqual([
      { literal: 'World Health Organization' },
      { literal: 'Bell Labs' },
      { family: 'Smith', given: 'Ann' },
      { literal: 'others' },
    ]);
    const accents = await mapped('latex-accents-and-special-letters', 'garcia2021');
    expect(accents.data.title).toBe('Österreich, Straße and Cafés — Naïve Études of Æsthetics, 1990–2020');
  });

  test('protected case and math: readable text shown, the TeX kept for the export', async () => {
    const { data } = await mapped('protected-case-and-math', 'math2020');
    expect(data.title).toBe('An ℓ₁ Bound of O(n²) for α-Regularized Sparse Models in R^d');
    expect(data.bibtex.fields.title).toBe(
      'An $\\ell_1$ Bound of $O(n^2)$ for $\\alpha$-{Regularized} \\emph{Sparse} Models in $\\mathbb{R}^d$',
    );
  });

  test('a DOI written as a link is stored bare; % and _ in URLs survive', async () => {
    const { data } = await mapped('urls-with-percent-and-underscore', 'url-percent-underscore');
    expect([data.doi, data.url, data.venue]).toStrictEqual([
      '10.1145/3539618.3591976',
      'https://example.org/papers/my_paper%20v2.pdf',
      undefined,
    ]);
  });

  test('marks given as equal/corresponding fields', async () => {
    const { data } = await mapped('equal-and-corresponding-marks', 'marks-as-fields');
    expect(data.authors).toStrictEqual([
      { family: 'Li', given: 'Zexi', equal: true },
      { family: 'Gao', given: 'Lingzhi', equal: true },
      { family: 'Wu', given: 'Chao', corresponding: true },
    ]);
  });

  test('an edited book and DBLP @proceedings name editors and no author: editors, no authors', async () => {
    const book = await mapped('edited-book-dblp-proceedings-and-chapter', 'li2021handbook');
    expect([book.data.type, book.data.authors, book.data.editors]).toStrictEqual([
      'book',
      [],
      [
        { family: 'Li', given: 'Zexi' },
        { family: 'Okafor', given: 'Chidi' },
        { family: 'Lindqvist', given: 'Erik' },
      ],
    ]);
    const volume = await mapped('edited-book-dblp-proceedings-and-chapter', 'DBLP:conf/fedml/2023');
    expect([volume.data.type, volume.data.authors, volume.data.editors, volume.data.dblp]).toStrictEqual([
      'book',
      [],
      [{ family: 'Li', given: 'Zexi' }],
      'conf/fedml/2023',
    ]);
  });

  test("a chapter keeps its authors as authors and the book's editors as editors", async () => {
    const { data } = await mapped('edited-book-dblp-proceedings-and-chapter', 'haddad2021aggregation');
    expect([data.type, data.authors, data.editors]).toStrictEqual([
      'chapter',
      [
        { family: 'Haddad', given: 'Leila' },
        { family: 'Li', given: 'Zexi' },
      ],
      [
        { family: 'Li', given: 'Zexi' },
        { family: 'Okafor', given: 'Chidi' },
        { family: 'Lindqvist', given: 'Erik' },
      ],
    ]);
  });

  test('marks given as fields mark the editors of an entry that names only them', () => {
    const { data } = publicationFromBibtex({
      type: 'book',
      key: 'k',
      fields: { editor: 'Li, Zexi and Wu, Chao', corresponding: '2', title: 'T', year: '2020' },
    });
    expect([data.authors, data.editors]).toStrictEqual([
      [],
      [
        { family: 'Li', given: 'Zexi' },
        { family: 'Wu', given: 'Chao', corresponding: true },
      ],
    ]);
  });
});
