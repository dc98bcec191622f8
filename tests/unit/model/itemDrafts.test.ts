/** New items built from what a person typed: file names, canonical dates, authors with marks, keys, and placement. */
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import {
  citationKey,
  finishDraft,
  newsDraft,
  parseAuthor,
  publicationDraft,
  serviceDraft,
  splitAuthorList,
  talkDraft,
} from '../../../src/model/itemDrafts.js';
import type { NewsItem, Profile, PublicationItem } from '../../../src/model/items.js';
import type { PartialDate } from '../../../src/model/partialDate.js';

function newsItem(stem: string, date: PartialDate, order?: number): NewsItem {
  return {
    kind: 'news',
    id: `news/${stem}`,
    file: `news/${stem}.md`,
    body: stem,
    fields: { date, ...(order === undefined ? {} : { order }) },
  };
}

function profileWith(news: NewsItem[], publications: PublicationItem[] = []): Profile {
  return { owner: { name: 'Zexi Li' }, bio: '', news, publications, talks: [], service: [], sections: [] };
}

describe('newsDraft', () => {
  test('month precision: YYYY-MM-slug, the date in ISO form, the text as the body', () => {
    expect(newsDraft({ text: '  I joined Tongyi Lab, Alibaba Group!  ', date: { year: 2025, month: 7 } })).toEqual({
      kind: 'news',
      stem: '2025-07-i-joined-tongyi-lab-alibaba-group',
      data: { date: '2025-07' },
      body: 'I joined Tongyi Lab, Alibaba Group!',
    });
  });

  test('day precision: YYYY-MM-DD-slug; the slug leaves out link targets and markup', () => {
    const draft = newsDraft({
      text: 'Our paper [WISE](https://arxiv.org/abs/2405.14768) is in **NeurIPS 2024**',
      date: { year: 2024, month: 9, day: 26 },
      hidden: true,
    });
    expect(draft.stem).toBe('2024-09-26-our-paper-wise-is-in-neurips');
    expect(draft.data).toEqual({ date: '2024-09-26', hidden: true });
  });

  test('--link appends \\[[link](URL)\\]', () => {
    const draft = newsDraft({ text: 'New preprint.', date: { year: 2025 }, link: 'https://arxiv.org/abs/2405.14768' });
    expect(draft.body).toBe('New preprint. \\[[link](https://arxiv.org/abs/2405.14768)\\]');
    expect(draft.stem).toBe('2025-new-preprint');
    // A parenthesis that would end the Markdown link early puts the target in <>.
    const odd = newsDraft({ text: 'x', date: { year: 2025 }, link: 'https://example.org/a)b' });
    expect(odd.body).toBe('x \\[[link](<https://example.org/a)b>)\\]');
  });

  test('refuses an empty text and a link that is not a URL', () => {
    expect(() => newsDraft({ text: '  ', date: { year: 2025 } })).toThrow(UsageError);
    expect(() => newsDraft({ text: 'x', date: { year: 2025 }, link: 'not a url' })).toThrow(
      '--link: "not a url" is not a URL',
    );
  });

  test('a text without letters still gets a file name', () => {
    expect(newsDraft({ text: '🎉', date: { year: 2025, month: 1 } }).stem).toBe('2025-01-item');
  });
});

describe('talkDraft and serviceDraft', () => {
  test('a talk: date-slug of the title, fields in the documented order', () => {
    const draft = talkDraft({
      title: 'Model Editing for LLMs',
      date: { year: 2025, month: 4, day: 28 },
      venue: 'Xtra Lab, NUS',
      type: 'invited-talk',
      lang: 'en',
      abstract: ' We edit models. ',
    });
    expect(draft.stem).toBe('2025-04-28-model-editing-for-llms');
    expect(draft.data).toEqual({
      date: '2025-04-28',
      title: 'Model Editing for LLMs',
      venue: 'Xtra Lab, NUS',
      type: 'invited-talk',
      lang: 'en',
    });
    expect(Object.keys(draft.data)).toEqual(['date', 'title', 'venue', 'type', 'lang']);
    expect(draft.body).toBe('We edit models.');
  });

  test('a service entry: slug of the text, optional order, role and year', () => {
    const draft = serviceDraft({
      text: 'Session Chair of [KDD 2025](https://kdd.org).',
      role: 'chair',
      date: { year: 2025 },
      order: 2,
    });
    expect(draft).toEqual({
      kind: 'service',
      stem: 'session-chair-of-kdd-2025',
      data: { order: 2, role: 'chair', date: '2025' },
      body: 'Session Chair of [KDD 2025](https://kdd.org).',
    });
  });
});

describe('authors', () => {
  test.each([
    ['Zexi Li', { family: 'Li', given: 'Zexi' }],
    ['Li, Zexi', { family: 'Li', given: 'Zexi' }],
    ['Z. Li*', { family: 'Li', given: 'Z.', equal: true }],
    ['Ningyu Zhang#', { family: 'Zhang', given: 'Ningyu', corresponding: true }],
    ['Peng Wang *#', { family: 'Wang', given: 'Peng', equal: true, corresponding: true }],
    ['Aristotle', { family: 'Aristotle' }],
  ])('parseAuthor(%s)', (written, author) => {
    expect(parseAuthor(written)).toEqual(author);
  });

  test('parseAuthor refuses marks without a name', () => {
    expect(() => parseAuthor(' *# ')).toThrow(UsageError);
  });

  test.each([
    ['Peng Wang*; Zexi Li*; Ningyu Zhang#', ['Peng Wang*', 'Zexi Li*', 'Ningyu Zhang#']],
    ['Wang, Peng and Li, Zexi', ['Wang, Peng', 'Li, Zexi']],
    ['Ada Lovelace, Alan Turing', ['Ada Lovelace', 'Alan Turing']],
    ['Li, Zexi', ['Li, Zexi']],
    ['Lovelace, Ada*', ['Lovelace, Ada*']],
    ['van der Berg, Jan', ['van der Berg, Jan']],
    ['Ada Lovelace, Turing', ['Ada Lovelace', 'Turing']],
    ['Lovelace, Ada, Turing', ['Lovelace', 'Ada', 'Turing']],
    ['Lovelace,', ['Lovelace']],
    ['Ada Lovelace', ['Ada Lovelace']],
  ])('splitAuthorList(%s)', (text, names) => {
    expect(splitAuthorList(text)).toEqual(names);
  });
});

describe('publicationDraft', () => {
  test('a key made like Google Scholar, file name from it, fields in the documented order', () => {
    const draft = publicationDraft({
      title: 'WISE: Rethinking the Knowledge Memory',
      authors: ['Peng Wang*', 'Zexi Li*; Ningyu Zhang#'],
      date: { year: 2024 },
      venue: 'NeurIPS',
      label: 'NeurIPS 2024',
      doi: 'https://doi.org/10.1000/xyz',
      links: ['code=https://github.com/zjunlp/EasyEdit'],
      selected: true,
      order: 2,
    });
    expect(draft.stem).toBe('wang2024wise');
    expect(draft.generatedKey).toBe(true);
    expect(draft.data).toEqual({
      key: 'wang2024wise',
      title: 'WISE: Rethinking the Knowledge Memory',
      authors: [
        { family: 'Wang', given: 'Peng', equal: true },
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Zhang', given: 'Ningyu', corresponding: true },
      ],
      date: '2024',
      venue: 'NeurIPS',
      doi: '10.1000/xyz',
      label: 'NeurIPS 2024',
      selected: true,
      order: 2,
      links: [{ type: 'code', url: 'https://github.com/zjunlp/EasyEdit' }],
    });
  });

  test('--author "Family, Given" is one author, as the README says', () => {
    const draft = publicationDraft({
      title: 'Notes',
      authors: ['Lovelace, Ada*', 'Turing, Alan'],
      date: { year: 1843 },
    });
    expect(draft.data.authors).toEqual([
      { family: 'Lovelace', given: 'Ada', equal: true },
      { family: 'Turing', given: 'Alan' },
    ]);
    expect(draft.data.key).toBe('lovelace1843notes');
  });

  test('a given key is kept as it is; the file name is made safe', () => {
    const draft = publicationDraft({ key: 'DBLP:conf/nips/WangL24', title: 'T', authors: ['A B'] });
    expect(draft.data.key).toBe('DBLP:conf/nips/WangL24');
    expect(draft.stem).toBe('dblp-conf-nips-wangl24');
    expect(draft.generatedKey).toBeUndefined();
  });

  test('needs an author, and links as type=URL', () => {
    expect(() => publicationDraft({ title: 'T', authors: [] })).toThrow('needs at least one author');
    expect(() => publicationDraft({ title: 'T', authors: ['A B'], links: ['https://x.org'] })).toThrow(
      '--link needs type=URL',
    );
  });

  test('citationKey: accents folded, stop words skipped, no year when there is none', () => {
    expect(citationKey([{ family: 'Müller' }], { year: 2023 }, 'On the Édge of Chaos')).toBe('muller2023edge');
    expect(citationKey([{ literal: 'The WISE Team' }], undefined, 'A study')).toBe('thewiseteamstudy');
  });
});

describe('finishDraft: the new item goes first among the items of its date', () => {
  const july = { year: 2025, month: 7 };

  test('the only item of its date gets no order', () => {
    const draft = finishDraft(
      newsDraft({ text: 'x', date: july }),
      profileWith([newsItem('a', { year: 2025, month: 6 })]),
    );
    expect(draft.data).toEqual({ date: '2025-07' });
  });

  test('one less than the smallest order of that date (none counts as 0)', () => {
    const existing = [newsItem('a', july), newsItem('b', july, 2), newsItem('c', { year: 2024, month: 7 }, -9)];
    expect(finishDraft(newsDraft({ text: 'x', date: july }), profileWith(existing)).data.order).toBe(-1);
    const ordered = [newsItem('a', july, 1), newsItem('b', july, 3)];
    expect(finishDraft(newsDraft({ text: 'x', date: july }), profileWith(ordered)).data.order).toBe(0);
  });

  test('a date of another precision is another date', () => {
    const draft = finishDraft(newsDraft({ text: 'x', date: { ...july, day: 1 } }), profileWith([newsItem('a', july)]));
    expect(draft.data).toEqual({ date: '2025-07-01' });
  });

  test('a made-up key that is taken gets a letter; a given one is refused', () => {
    const taken: PublicationItem = {
      kind: 'publication',
      id: 'pub/li2025fed',
      file: 'publications/li2025fed.md',
      body: '',
      fields: { key: 'li2025fed', title: 'Fed', authors: [{ family: 'Li' }] },
    };
    const made = finishDraft(
      publicationDraft({ title: 'Fed again', authors: ['Zexi Li'], date: { year: 2025 } }),
      profileWith([], [taken]),
    );
    expect(made.data.key).toBe('li2025fedb');
    expect(made.stem).toBe('li2025fedb');
    const given = publicationDraft({ key: 'li2025fed', title: 'Fed again', authors: ['Zexi Li'] });
    expect(() => finishDraft(given, profileWith([], [taken]))).toThrow(
      'the citation key "li2025fed" is already used by pub/li2025fed (Fed)',
    );
  });
});
