// Proves each common way of writing a publication is read into the same fields: label, title and link, authors and
// marks, venue, year, links, arXiv id and DOI, and what the venue says about the paper (preprint, journal, …).
import { describe, expect, test } from 'vitest';
import { parsePublicationEntry } from '../../../../src/importPage/readEntries/publicationEntry.js';

describe('parsePublicationEntry', () => {
  test("the seed's form: a label, a linked title, the author line under it", () => {
    const text =
      '[**ACM SIGIR 2023**] [Edge-cloud Collaborative Learning](https://dl.acm.org/doi/abs/10.1145/3539618.3591976)  \n  **Zexi Li\\***, Qunwei Li\\*, and Chao Wu\\#';
    expect(parsePublicationEntry(text)).toEqual({
      kind: 'publication',
      title: 'Edge-cloud Collaborative Learning',
      authors: [
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Li', given: 'Qunwei', equal: true },
        { family: 'Wu', given: 'Chao', corresponding: true },
      ],
      boldAuthors: ['Zexi Li'],
      url: 'https://dl.acm.org/doi/abs/10.1145/3539618.3591976',
      label: 'ACM SIGIR 2023',
      date: { year: 2023 },
      links: [],
      doi: '10.1145/3539618.3591976',
      category: 'conference',
      type: 'paper-conference',
    });
  });

  test('title first in bold, authors, the venue in italics, [PDF] and [Code] links after', () => {
    const text =
      '**Learning to Grasp from Human Play.** **Alex Doe**\\*, Priya Patel\\*, Jane Roe. *Conference on Robot Learning (CoRL)*, 2023. [[PDF]](https://x.org/a.pdf) [[Code]](https://github.com/a/b)';
    expect(parsePublicationEntry(text)).toMatchObject({
      title: 'Learning to Grasp from Human Play',
      authors: [
        { family: 'Doe', given: 'Alex', equal: true },
        { family: 'Patel', given: 'Priya', equal: true },
        { family: 'Roe', given: 'Jane' },
      ],
      boldAuthors: ['Alex Doe'],
      label: 'Conference on Robot Learning (CoRL), 2023',
      venue: 'Conference on Robot Learning (CoRL)',
      date: { year: 2023 },
      links: [
        { type: 'pdf', url: 'https://x.org/a.pdf' },
        { type: 'code', url: 'https://github.com/a/b' },
      ],
      category: 'conference',
    });
  });

  test('authors first, the title in quotes, the venue in italics', () => {
    const text =
      'Jane Smith, **Ada Lovelace**†, Charles Babbage✉. "Amortized Inference." *Journal of Machine Learning Research*, 2025.';
    expect(parsePublicationEntry(text)).toMatchObject({
      title: 'Amortized Inference',
      boldAuthors: ['Ada Lovelace'],
      venue: 'Journal of Machine Learning Research',
      date: { year: 2025 },
      category: 'journal',
      type: 'article-journal',
    });
  });

  test('authors first, the title linked, an arXiv preprint', () => {
    const text =
      '**Chen Liu**, Rahul Mehta. [Scaling Laws for Graph Transformers](https://arxiv.org/abs/2502.55555v2). arXiv preprint, 2025.';
    expect(parsePublicationEntry(text)).toMatchObject({
      title: 'Scaling Laws for Graph Transformers',
      url: 'https://arxiv.org/abs/2502.55555v2',
      arxiv: '2502.55555',
      venue: 'arXiv preprint',
      status: 'preprint',
      category: 'preprint',
      type: 'article',
    });
  });

  test('a label in backticks (AcadHomepage), title and authors on one line', () => {
    expect(
      parsePublicationEntry(
        '`NeurIPS 2024` [Prosody Transfer](https://arxiv.org/abs/2409.12345), **Wei Zhang**, Jia Li',
      ),
    ).toMatchObject({
      label: 'NeurIPS 2024',
      title: 'Prosody Transfer',
      date: { year: 2024 },
      boldAuthors: ['Wei Zhang'],
    });
  });

  test('\\[[code](url)\\] links, an HTML link for the title, an award, and notes for what has no field', () => {
    const text =
      '<a href="https://x.org/p">A Paper Title</a><br>Ann Lee, Bo Chen<br>*ICML 2024* (Oral) **Best Paper Award** \\[[code](https://github.com/x)\\]';
    expect(parsePublicationEntry(text)).toMatchObject({
      title: 'A Paper Title',
      url: 'https://x.org/p',
      venue: 'ICML',
      label: 'ICML 2024',
      award: 'Best Paper Award',
      links: [{ type: 'code', url: 'https://github.com/x' }],
      notes: '(Oral)',
    });
  });

  test.each([
    ['J. Smith, **J. Doe**, A. Brown. "A Great Paper". *ICML*, 2025.'],
    ['J. Smith, <b>J. Doe</b>, A. Brown. "A Great Paper". *ICML*, 2025.'],
    ['J. Smith, __J. Doe__, A. Brown. "A Great Paper". *ICML*, 2025.'],
  ])('the owner in bold with an initial (%s) is one author, not the end of a sentence', (text) => {
    expect(parsePublicationEntry(text)).toMatchObject({
      title: 'A Great Paper',
      authors: [
        { family: 'Smith', given: 'J.' },
        { family: 'Doe', given: 'J.' },
        { family: 'Brown', given: 'A.' },
      ],
      boldAuthors: ['J. Doe'],
      venue: 'ICML',
    });
    expect(parsePublicationEntry(text)).not.toHaveProperty('notes');
  });

  test('APA-like: family names first, & before the last, (year), title, *Venue*, volume(issue), pages, [PDF]', () => {
    const text =
      'Doe, J., Smith, A. B., & **Li, Z.**\\* (2024). Title of the paper. *Journal of Things*, 12(3), 1–10. [PDF](https://x.org/a.pdf)';
    expect(parsePublicationEntry(text)).toEqual({
      kind: 'publication',
      title: 'Title of the paper',
      authors: [
        { family: 'Doe', given: 'J.' },
        { family: 'Smith', given: 'A. B.' },
        { family: 'Li', given: 'Z.', equal: true },
      ],
      boldAuthors: ['Z. Li'],
      label: 'Journal of Things, 12(3), 1–10, 2024',
      venue: 'Journal of Things',
      volume: '12',
      issue: '3',
      pages: '1–10',
      date: { year: 2024 },
      links: [{ type: 'pdf', url: 'https://x.org/a.pdf' }],
      category: 'journal',
      type: 'article-journal',
    });
  });

  test('APA-like with plain marks, "and" before the last, a quoted title and In *Proc.*', () => {
    const text = 'Li, Z.*, Wang, P.*, and Zhang, N.# (2024). "Title of the paper." In *Proc. NeurIPS*.';
    expect(parsePublicationEntry(text)).toEqual({
      kind: 'publication',
      title: 'Title of the paper',
      authors: [
        { family: 'Li', given: 'Z.', equal: true },
        { family: 'Wang', given: 'P.', equal: true },
        { family: 'Zhang', given: 'N.', corresponding: true },
      ],
      boldAuthors: [],
      label: 'Proc. NeurIPS, 2024',
      venue: 'Proc. NeurIPS',
      date: { year: 2024 },
      links: [],
      category: 'conference',
      type: 'paper-conference',
    });
  });

  test('APA-like with a linked title, particles and two-word family names, the volume in italics, a DOI', () => {
    const text =
      '**Li, Z.**, García López, M.†, & van der Berg, K.✉ (2023a). [A linked title](https://x.org/p). *Neural Computation*, *35*(2), 101–130. https://doi.org/10.1162/neco_a_01234';
    expect(parsePublicationEntry(text)).toMatchObject({
      title: 'A linked title',
      url: 'https://x.org/p',
      authors: [
        { family: 'Li', given: 'Z.' },
        { family: 'García López', given: 'M.', equal: true },
        { family: 'van der Berg', given: 'K.', corresponding: true },
      ],
      boldAuthors: ['Z. Li'],
      label: 'Neural Computation, 35(2), 101–130, 2023a',
      venue: 'Neural Computation',
      volume: '35',
      issue: '2',
      pages: '101–130',
      date: { year: 2023 },
      doi: '10.1162/neco_a_01234',
    });
    expect(parsePublicationEntry(text)).not.toHaveProperty('notes');
  });

  test('APA-like with an award and a note after the venue, and "in press"', () => {
    expect(
      parsePublicationEntry(
        'Doe, J., & **Li, Z.** (in press). Title of the paper. *Journal of Things*. **Best Paper Award** (Oral)',
      ),
    ).toMatchObject({
      label: 'Journal of Things, in press',
      award: 'Best Paper Award',
      notes: '(Oral)',
      status: 'accepted',
    });
  });

  test('authors first with initials, the plain title, the venue in italics: the form that worked before', () => {
    expect(parsePublicationEntry('**Z. Li**, P. Wang, N. Zhang. Title of the paper. *NeurIPS*, 2024.')).toEqual({
      kind: 'publication',
      title: 'Title of the paper',
      authors: [
        { family: 'Li', given: 'Z.' },
        { family: 'Wang', given: 'P.' },
        { family: 'Zhang', given: 'N.' },
      ],
      boldAuthors: ['Z. Li'],
      label: 'NeurIPS, 2024',
      venue: 'NeurIPS',
      date: { year: 2024 },
      links: [],
      category: 'conference',
      type: 'paper-conference',
    });
  });

  test('Vancouver-like: initials without periods, title, venue, year;volume(issue):pages', () => {
    expect(parsePublicationEntry('Li Z, **Wang P**\\*, Zhang N. Title of the paper. Venue. 2024;12(3):1-10.')).toEqual({
      kind: 'publication',
      title: 'Title of the paper',
      authors: [
        { family: 'Li', given: 'Z' },
        { family: 'Wang', given: 'P', equal: true },
        { family: 'Zhang', given: 'N' },
      ],
      boldAuthors: ['P Wang'],
      label: 'Venue. 2024;12(3):1-10',
      venue: 'Venue',
      volume: '12',
      issue: '3',
      pages: '1-10',
      date: { year: 2024 },
      links: [],
    });
  });

  test('Vancouver-like with et al, the venue in italics, a month, and a doi: after', () => {
    expect(
      parsePublicationEntry(
        '**Li Z**, Wang PJ, et al. Deep nets for cells. *Nat Commun*. 2023 Mar;14(1):e1234. doi:10.1038/s41467-023-00001',
      ),
    ).toMatchObject({
      title: 'Deep nets for cells',
      authors: [{ family: 'Li', given: 'Z' }, { family: 'Wang', given: 'PJ' }, { literal: 'et al' }],
      label: 'Nat Commun. 2023 Mar;14(1):e1234',
      venue: 'Nat Commun',
      pages: 'e1234',
      date: { year: 2023 },
      doi: '10.1038/s41467-023-00001',
    });
  });

  test('the section says what the papers are and that they are selected', () => {
    expect(
      parsePublicationEntry('[A Title](https://x.org) Ann Lee, Bo Chen', { selected: true, category: 'workshop' }),
    ).toMatchObject({ selected: true, category: 'workshop', type: 'paper-conference' });
  });

  test.each([
    ['See [Google Scholar](https://scholar.google.com) for the full list.'],
    ['Doe, J., & **Li, Z.** (2024).'],
    ['Smith (2024) showed that attention is all you need.'],
    ['Li Z, Wang P. A title without a venue or a date.'],
    ['[**Preprint**] [A title without authors](https://x.org)'],
    ['Below are my papers (* equal contribution).'],
  ])('%s is not a publication', (text) => {
    expect(parsePublicationEntry(text)).toBeUndefined();
  });
});
