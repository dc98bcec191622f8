/** Author lists as the page writes them: the owner in bold, `\*` equal contribution, `\#` corresponding. */
import { describe, expect, test } from 'vitest';
import { ownerMatcher } from '../../../src/model/authorNames.js';
import type { Author } from '../../../src/model/schema.js';
import { authorMarkers, joinWithAnd, renderAuthorList, renderCreditedNames } from '../../../src/render/authorList.js';
import { layoutOf, lineContext, parsedLayout, publicationLine } from '../../../src/render/itemLines.js';
import { publication } from '../export/formats/profileBuilder.js';

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

describe("renderCreditedNames: the authors, else an edited volume's editors", () => {
  test('one editor, the owner, in bold and followed by (ed.)', () => {
    expect(renderCreditedNames({ authors: [], editors: [owner] }, isOwner)).toBe('**Zexi Li** (ed.)');
  });

  test('several editors followed by (eds.), joined as authors are', () => {
    expect(renderCreditedNames({ authors: [], editors: [wang, owner, chen] }, isOwner)).toBe(
      'Peng Wang, **Zexi Li**, and Yu Chen (eds.)',
    );
    expect(renderCreditedNames({ authors: [], editors: [wang, owner] }, isOwner, { join: 'commas' })).toBe(
      'Peng Wang, **Zexi Li** (eds.)',
    );
  });

  test("a chapter shows its authors only, not the book's editors", () => {
    expect(renderCreditedNames({ authors: [owner, wang], editors: [chen] }, isOwner)).toBe('**Zexi Li** and Peng Wang');
  });

  test('a work naming nobody gives an empty text', () => {
    expect(renderCreditedNames({ authors: [] }, isOwner)).toBe('');
  });
});

describe('{authors} of a publication line', () => {
  const book = publication('handbook', {
    title: 'Handbook of Federated Learning',
    authors: [],
    editors: [owner, wang],
    date: '2021',
  });
  const context = lineContext({ name: 'Zexi Li', nameVariants: ['Zexi Li', 'Z. Li'] });

  test('the default layout writes the editors where the authors go', () => {
    expect(publicationLine(book, layoutOf('publications', undefined, context), context)).toBe(
      '- Handbook of Federated Learning  \n  **Zexi Li** and Peng Wang (eds.)',
    );
  });

  test('a layout of its own, with {authors:commas}', () => {
    const layout = parsedLayout('publications', '1. {authors:commas}. *{title}*, {year}.');
    expect(publicationLine(book, layout, context)).toBe(
      '1. **Zexi Li**, Peng Wang (eds.). *Handbook of Federated Learning*, 2021.',
    );
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
