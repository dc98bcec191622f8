/**
 * The publications of tests/fixtures/unit/tiny-profile as CSL-JSON items, exactly as `export --format csl-json` and
 * the profile JSON both write them (a month, a group author, a key with a colon, an abstract; a hidden one with the
 * defaults and a type from its category). One copy, so that the two formats cannot drift apart unnoticed.
 */
export const tinyProfileCsl = {
  li2025fed: {
    id: 'li2025fed',
    'citation-key': 'li2025fed',
    type: 'paper-conference',
    title: 'Federated *Learning* with [Brackets]',
    author: [{ family: 'Li', given: 'Zexi' }, { family: 'Wang', given: 'Peng' }, { literal: 'The WISE Team' }],
    issued: { 'date-parts': [[2025, 10]] },
    'container-title': 'Advances in Neural Information Processing Systems',
    URL: 'https://example.org/paper_(v2)',
    abstract: 'The abstract.',
    custom: {
      id: 'pub/li2025fed',
      label: 'NeurIPS 2025',
      status: 'accepted',
      selected: true,
      hidden: false,
      order: 1,
      equalContribution: [0, 1],
      corresponding: [1],
    },
  },
  old2023note: {
    id: 'Old2023:Note',
    'citation-key': 'Old2023:Note',
    type: 'article-journal',
    title: 'A Note',
    author: [{ family: 'Li', given: 'Z.' }],
    issued: { 'date-parts': [[2023]] },
    custom: { id: 'pub/old2023note', status: 'published', category: 'journal', selected: false, hidden: true },
  },
} as const;
