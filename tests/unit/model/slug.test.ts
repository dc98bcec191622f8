/** Slugs made from text: the first words, and never a hanging word at the end. */
import { describe, expect, test } from 'vitest';
import { slugFromText } from '../../../src/model/slug.js';

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
