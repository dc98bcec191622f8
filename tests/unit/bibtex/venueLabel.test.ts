/** Venue labels: the longest matching pattern wins, the profile's own patterns first, a year appended once. */
import { describe, expect, test } from 'vitest';
import { labelOfVenue, withYear } from '../../../src/bibtex/venueLabel.js';

describe('labelOfVenue', () => {
  test.each([
    ['Advances in Neural Information Processing Systems', 'NeurIPS'],
    ['Proceedings of the 40th International Conference on Machine Learning', 'ICML'],
    ['Findings of the Association for Computational Linguistics: EMNLP 2023', 'ACL Findings'],
    [
      'Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics',
      'NAACL',
    ],
    [
      'Proceedings of the 46th International ACM SIGIR Conference on Research and Development in Information Retrieval',
      'SIGIR',
    ],
    ['IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', 'CVPR'],
    ['SIAM International Conference on Data Mining', 'SDM'],
    ['Patterns', undefined],
  ])('%s → %s', (venue, label) => {
    expect(labelOfVenue(venue, [])).toBe(label);
  });

  test("the profile's pattern wins even when a default is longer", () => {
    expect(
      labelOfVenue('Advances in Neural Information Processing Systems', [
        { match: 'Neural Information', label: 'NIPS' },
      ]),
    ).toBe('NIPS');
  });

  test('matches whole words only, ignoring case and accents', () => {
    expect(labelOfVenue('international conference on machine learning', [])).toBe('ICML');
    expect(
      labelOfVenue('Workshop on Machine Learningish Things', [{ match: 'Machine Learning', label: 'ML' }]),
    ).toBeUndefined();
    expect(labelOfVenue('Conférence Française', [{ match: 'Conference Francaise', label: 'CF' }])).toBe('CF');
  });
});

describe('withYear', () => {
  test.each([
    ['NeurIPS', 2024, 'NeurIPS 2024'],
    ['NeurIPS 2024', 2024, 'NeurIPS 2024'],
    ["ICML'23", 2023, "ICML'23"],
    ['Patterns', undefined, 'Patterns'],
  ])('%s, %s → %s', (label, year, expected) => {
    expect(withYear(label, year)).toBe(expected);
  });
});
