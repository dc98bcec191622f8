/** Author lists as the page writes them: the owner in bold, `\*` equal contribution, `\#` corresponding. */
import { describe, expect, test } from 'vitest';
import { ownerMatcher } from '../../../src/model/authorNames.js';
import type { Author } from '../../../src/model/schema.js';
import { authorMarkers, joinWithAnd, renderAuthorList } from '../../../src/render/authorList.js';

const isOwner = ownerMatcher(['Zexi Li', 'Z. Li']);
const owner: Author = { family: 'Li', given: 'Zexi' };
const wang: Author = { family: 'Wang', given: 'Peng' };
const chen: Author = { family: 'Chen', given: 'Yu' };

describe('renderAuthorList', () => {
  test('one author, the owner, in bold', () => {
    expect(renderAuthorList([owner], isOwner)).toBe('**Zexi Li**');
  });

  test('two authors joined with "and"', () => {
    expect(renderAuthorList([wang, owner], isOwner)).toBe('Peng Wang and **Zexi Li**');
  });

  test('three authors with an Oxford comma', () => {
    expect(renderAuthorList([wang, owner, chen], isOwner)).toBe('Peng Wang, **Zexi Li**, and Yu Chen');
  });

  test('equal-contribution and corresponding markers, inside the bold for the owner', () => {
    const authors: Author[] = [
      { ...owner, equal: true },
      { ...wang, equal: true, corresponding: true },
      { ...chen, corresponding: true },
    ];
    expect(renderAuthorList(authors, isOwner)).toBe('**Zexi Li\\***, Peng Wang\\*\\#, and Yu Chen\\#');
  });

  test('a literal group name, as written', () => {
    expect(renderAuthorList([owner, { literal: 'The WISE Team' }], isOwner)).toBe('**Zexi Li** and The WISE Team');
  });

  test('Markdown characters in a name are escaped', () => {
    expect(renderAuthorList([{ family: 'O_Brien', given: 'A*' }], isOwner)).toBe('A\\* O\\_Brien');
  });

  test('no authors give an empty text', () => {
    expect(renderAuthorList([], isOwner)).toBe('');
  });
});

describe('authorMarkers', () => {
  test('none for a plain author', () => {
    expect(authorMarkers(wang)).toBe('');
  });

  test('equal before corresponding', () => {
    expect(authorMarkers({ ...wang, corresponding: true, equal: true })).toBe('\\*\\#');
  });
});

describe('joinWithAnd', () => {
  test.each<[string[], string]>([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B, and C'],
    [['A', 'B', 'C', 'D'], 'A, B, C, and D'],
  ])('%j is %j', (parts, joined) => {
    expect(joinWithAnd(parts)).toBe(joined);
  });
});
