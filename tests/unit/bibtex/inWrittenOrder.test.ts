/** Front matter put in the order a publication is written: known fields first, in their order, then the others. */
import { describe, expect, test } from 'vitest';
import { inWrittenOrder } from '../../../src/bibtex/mergePublication.js';

describe('inWrittenOrder', () => {
  test('known fields in written order, unknown ones after them as they came, undefined values left out', () => {
    const data = {
      bibtex: { type: 'article', fields: {} },
      mood: 'kept',
      citedBy: [{ count: 3, source: 'openalex', date: '2026-11-30' }],
      title: 'WISE',
      note: undefined,
      key: 'wang2024wise',
      openalex: 'W1',
      authors: [],
      extra: 1,
      doi: undefined,
    };
    const ordered = inWrittenOrder(data);
    expect(Object.keys(ordered)).toEqual(['key', 'title', 'authors', 'openalex', 'citedBy', 'bibtex', 'mood', 'extra']);
    expect(ordered).toEqual({
      key: 'wang2024wise',
      title: 'WISE',
      authors: [],
      openalex: 'W1',
      citedBy: [{ count: 3, source: 'openalex', date: '2026-11-30' }],
      bibtex: { type: 'article', fields: {} },
      mood: 'kept',
      extra: 1,
    });
  });
});
