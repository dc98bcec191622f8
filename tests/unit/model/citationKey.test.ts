/** The citation key made from a work: first author's family name, year, first significant title word, in ASCII. */
import { describe, expect, test } from 'vitest';
import { citationKey } from '../../../src/model/citationKey.js';

describe('citationKey', () => {
  test.each([
    [[{ family: 'Wang', given: 'Peng' }], 2024, 'WISE: a study', 'wang2024wise'],
    [[{ family: 'Müller', given: 'Jürgen' }], 2019, 'The Über-graph of things', 'muller2019uber'],
    [[{ family: 'van der Berg' }], 2001, 'On the   use of ŁÓDŹ data', 'vanderberg2001use'],
    [[{ literal: 'Ørsted Group' }], undefined, 'A an the', 'rstedgroup'],
    [[{ family: 'İnce' }], 2020, '-- of ﬁnite sets', 'ince2020finite'],
    [[], undefined, '', 'publication'],
  ])('%j %s %s → %s', (authors, year, title, key) => {
    expect(citationKey(authors, year === undefined ? undefined : { year }, title)).toBe(key);
  });
});
