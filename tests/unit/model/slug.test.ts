/** Slugs made from text: the first words, and never a hanging word at the end. */
import { describe, expect, test } from 'vitest';
import { slugFromText, uniqueStem } from '../../../src/model/slug.js';

describe('slugFromText', () => {
  test.each([
    ['I joined Tongyi Lab, Alibaba Group, as a research scientist.', 'i-joined-tongyi-lab-alibaba-group'],
    ['Learning to scale stochastic routing is hard', 'learning-to-scale-stochastic-routing'],
    ['Two papers at KDD 2026 and ICML 2026', 'two-papers-at-kdd-2026'],
    ['Session chair of the', 'session-chair'],
    ['The', 'the'],
    ['', 'item'],
  ])('%s → %s', (text, slug) => {
    expect(slugFromText(text)).toBe(slug);
  });
});

describe('uniqueStem', () => {
  test('gives the stem, then -2, -3 … while they are taken', () => {
    const taken = new Set(['li2011citation', 'li2011citation-2']);
    expect(uniqueStem('li2011citation', (stem) => taken.has(stem))).toBe('li2011citation-3');
    expect(uniqueStem('wang2024wise', (stem) => taken.has(stem))).toBe('wang2024wise');
  });

  test('with a memory of suffixes, gives what it gives without one to a caller that takes every stem', () => {
    const taken = new Set(['li2011citation', 'li2011citation-3', 'chen2020open']);
    const nextSuffix = new Map<string, number>();
    const given = ['li2011citation', 'chen2020open', 'li2011citation', 'li2011citation', 'chen2020open'].map((stem) => {
      const plain = uniqueStem(stem, (candidate) => taken.has(candidate));
      const remembered = uniqueStem(stem, (candidate) => taken.has(candidate), nextSuffix);
      expect(remembered).toBe(plain);
      taken.add(remembered);
      return remembered;
    });
    expect(given).toEqual([
      'li2011citation-2',
      'chen2020open-2',
      'li2011citation-4',
      'li2011citation-5',
      'chen2020open-3',
    ]);
  });
});
