/** When a shared identifier makes two entries one work, and when their titles and authors say it was pasted wrongly. */
import { describe, expect, test } from 'vitest';
import { compareWorks, type WorkFacts } from '../../../src/bibtex/sameWork.js';

const noLabel = () => undefined;
const work = (facts: Partial<WorkFacts>): WorkFacts => ({ authors: [], isPreprint: false, ...facts });
const wen = { family: 'Wen', given: 'Zehao' };

describe('compareWorks by identifier', () => {
  test('the same DOI and title: one work, found by the DOI', () => {
    const a = work({ title: 'Learned Indexes Revisited', authors: [wen], doi: '10.1145/1' });
    const b = work({ title: 'Learned indexes revisited', authors: [wen], doi: '10.1145/1' });
    expect(compareWorks(a, b, noLabel)).toStrictEqual({ same: true, by: 'doi' });
  });

  test('a preprint renamed when published, by the same authors: still one work', () => {
    const preprint = work({
      title: 'Editing Large Language Models: Problems, Methods, and Opportunities',
      authors: [wen, { family: 'Yao', given: 'Yunzhi' }],
      arxiv: '2305.13172',
      isPreprint: true,
    });
    const published = work({
      title: 'Editing Large Language Models: Problems and Opportunities',
      authors: [{ family: 'Yao', given: 'Yunzhi' }, wen],
      arxiv: '2305.13172v3',
    });
    expect(compareWorks(preprint, published, noLabel)).toStrictEqual({ same: true, by: 'arxiv' });
  });

  test('the same arXiv id on titles without a word in common: two works, the identifier named', () => {
    const anyHome = work({
      title: 'AnyHome: Generation of 3D Homes',
      authors: [wen, { family: 'Fu' }],
      arxiv: '2312.06644',
    });
    const mediaBias = work({
      title: 'ChatGPT vs Media Bias',
      authors: [wen, { family: 'Younes' }],
      arxiv: '2312.06644',
    });
    expect(compareWorks(anyHome, mediaBias, noLabel)).toStrictEqual({ same: false, sharedIdentifier: 'arxiv' });
  });

  test('the same DOI on other authors and a title that shares less than half its words: two works', () => {
    const cats = work({ title: 'First Paper About Cats', authors: [{ family: 'Doe' }], doi: '10.1000/xyz123' });
    const dogs = work({ title: 'Second Paper About Dogs', authors: [{ family: 'Roe' }], doi: '10.1000/XYZ123' });
    expect(compareWorks(cats, dogs, noLabel)).toStrictEqual({ same: false, sharedIdentifier: 'doi' });
  });

  test('other authors but most of the title: one work (a source that spells the names its own way)', () => {
    const a = work({ title: 'Fast Joins over Streams', authors: [{ family: 'Li' }], doi: '10.1109/1' });
    const b = work({ title: 'Fast Joins over Data Streams', authors: [{ literal: 'Z. Li' }], doi: '10.1109/1' });
    expect(compareWorks(a, b, noLabel)).toStrictEqual({ same: true, by: 'doi' });
  });

  test('a source without authors or without a title cannot disagree: the identifier decides', () => {
    const full = work({ title: 'Fast Joins over Streams', authors: [{ family: 'Li' }], ids: { openalex: 'W1' } });
    expect(
      compareWorks(full, work({ title: 'Something Else Entirely', ids: { openalex: 'w1' } }), noLabel),
    ).toStrictEqual({ same: false, sharedIdentifier: 'openalex' });
    expect(compareWorks(full, work({ authors: [{ family: 'Roe' }], ids: { openalex: 'W1' } }), noLabel)).toStrictEqual({
      same: true,
      by: 'openalex',
    });
    expect(
      compareWorks(full, work({ title: 'Joins over Streams, Fast', ids: { openalex: 'W1' } }), noLabel),
    ).toStrictEqual({ same: true, by: 'openalex' });
  });
});
