import { describe, expect, test } from 'vitest';
import { categoryOfVenue } from '../../../src/bibtex/venueKind.js';

describe('categoryOfVenue: what a venue typed by hand is', () => {
  test.each([
    // The shipped venue map: conferences and journals by name, acronym or ISO-4 abbreviation
    ['ICML', 'conference'],
    ['International Conference on Machine Learning', 'conference'],
    ['Proceedings of the 40th International Conference on Machine Learning', 'conference'],
    ['SIGMOD Conference', 'conference'],
    ['STOC', 'conference'],
    ['NIPS', 'conference'],
    ['TACL', 'journal'],
    ['Transactions of the Association for Computational Linguistics', 'journal'],
    ['Proc. VLDB Endow.', 'journal'],
    ['IEEE Trans. Pattern Anal. Mach. Intell.', 'journal'],
    ['SIAM J. Comput.', 'journal'],
    ['Proceedings of the National Academy of Sciences', 'journal'],
    // A workshop, whoever holds it
    ['NeurIPS 2024 Workshop on Federated Learning', 'workshop'],
    ['CVPR Workshops', 'workshop'],
    // Preprint servers
    ['arXiv', 'preprint'],
    ['arXiv preprint arXiv:2405.14768', 'preprint'],
    ['bioRxiv', 'preprint'],
    // The words a venue uses
    ['Journal of Machine Learning Research', 'journal'],
    ['Physical Review Letters', 'journal'],
    ['USENIX Security Symposium', 'conference'],
    ['Annual Meeting of the Cognitive Science Society', 'conference'],
    // `Proceedings` alone says nothing: these are journals, and not in the map
    ['Proceedings of the Royal Society A', undefined],
    ['Proceedings of the IEEE', undefined],
    // Nothing tells
    ['Nature Communications', undefined],
    ['Patterns', undefined],
    ['', undefined],
  ])('%s → %s', (venue, category) => {
    expect(categoryOfVenue(venue)).toBe(category);
  });
});
