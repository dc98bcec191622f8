// Proves author lines are read as names with their marks and the owner in bold, in every spelling pages use,
// and that a line that is not a list of names (a title, a venue) is refused.
import { describe, expect, test } from 'vitest';
import { authorMarksOf } from '../../../../src/importPage/readEntries/authorMarks.js';
import {
  isPersonName,
  parseAuthorLine,
  parseFamilyInitialsLine,
  parseVancouverLine,
} from '../../../../src/importPage/readEntries/pageAuthors.js';

describe('parseAuthorLine', () => {
  test('the seed: escaped marks, the owner in bold with the mark inside, "and" before the last', () => {
    expect(parseAuthorLine('Peng Wang\\*, **Zexi Li\\***, Ningyu Zhang\\#, and Huajun Chen\\#')).toEqual({
      authors: [
        { family: 'Wang', given: 'Peng', equal: true },
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Zhang', given: 'Ningyu', corresponding: true },
        { family: 'Chen', given: 'Huajun', corresponding: true },
      ],
      bold: ['Zexi Li'],
    });
  });

  test('names followed by (ed.) or (eds.), as the page writes an edited volume, are editors', () => {
    expect(parseAuthorLine('**Zexi Li**, Chidi Okafor, and Erik Lindqvist (eds.)')).toEqual({
      authors: [
        { family: 'Li', given: 'Zexi' },
        { family: 'Okafor', given: 'Chidi' },
        { family: 'Lindqvist', given: 'Erik' },
      ],
      bold: ['Zexi Li'],
      editors: true,
    });
    expect(parseAuthorLine('**Zexi Li** (ed.)')).toEqual({
      authors: [{ family: 'Li', given: 'Zexi' }],
      bold: ['Zexi Li'],
      editors: true,
    });
    expect(parseAuthorLine('(eds.)')).toBeUndefined();
  });

  test('† and ✉ marks, a mark outside the bold, initials, particles', () => {
    expect(parseAuthorLine('J. Smith, **Ada Lovelace**†, Laurens van der Maaten✉️, William F. Shen')).toEqual({
      authors: [
        { family: 'Smith', given: 'J.' },
        { family: 'Lovelace', given: 'Ada', equal: true },
        { family: 'van der Maaten', given: 'Laurens', corresponding: true },
        { family: 'Shen', given: 'William F.' },
      ],
      bold: ['Ada Lovelace'],
    });
  });

  test('<sup> marks, <u> or <b> for the owner, & between names, et al.', () => {
    expect(parseAuthorLine('<u>Wei Zhang</u><sup>*</sup> & <b>Li Na</b>, Xu Tan<sup>#</sup>, et al.')).toEqual({
      authors: [
        { family: 'Zhang', given: 'Wei', equal: true },
        { family: 'Na', given: 'Li' },
        { family: 'Tan', given: 'Xu', corresponding: true },
        { literal: 'et al' },
      ],
      bold: ['Wei Zhang', 'Li Na'],
    });
  });

  test('a whole line in bold is emphasis, not the owner', () => {
    expect(parseAuthorLine('**Ann Lee, Bo Chen**')?.bold).toEqual([]);
  });

  test('"(corresponding author)" after a name', () => {
    expect(parseAuthorLine('Ann Lee, Bo Chen (corresponding author)')?.authors[1]).toEqual({
      family: 'Chen',
      given: 'Bo',
      corresponding: true,
    });
  });

  test.each([
    ['Revisiting Weighted Aggregation in Federated Learning with Neural Networks'],
    ['*Advances in Neural Information Processing Systems*, 2024'],
    ['[Title](https://x.org), Ann Lee'],
    ['In Proceedings of KDD'],
  ])('%s is not an author line', (line) => {
    expect(parseAuthorLine(line)).toBeUndefined();
  });
});

describe('isPersonName', () => {
  test.each(['Zexi Li', 'J.-P. Sartre', "Conan O'Brien", 'Jean-Luc Picard', '李泽西', 'Yann LeCun', 'et al.'])(
    '%s',
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );
  test.each(['Deep Learning for Graphs', 'A.', 'Zexi Li 2024', 'van der'])('%s is not a name', (name) => {
    expect(isPersonName(name)).toBe(false);
  });
});

describe('authorMarksOf', () => {
  test('the defaults: * † ‡ ⚖ equal contribution, # ✉ corresponding', () => {
    const marks = authorMarksOf('no legend here');
    expect([[...marks.equal], [...marks.corresponding]]).toEqual([
      ['*', '†', '‡', '⚖'],
      ['#', '✉'],
    ]);
  });

  test('a legend on the page moves a mark to its meaning', () => {
    const marks = authorMarksOf('(\\* equal contribution, † corresponding author)');
    expect([[...marks.equal], [...marks.corresponding]]).toEqual([
      ['*', '‡', '⚖'],
      ['#', '✉', '†'],
    ]);
    expect(parseAuthorLine('**Chen Liu**†, Rahul Mehta', marks)?.authors[0]).toEqual({
      family: 'Liu',
      given: 'Chen',
      corresponding: true,
    });
  });
});

describe('parseFamilyInitialsLine (APA-like)', () => {
  test('family name, initials: the owner in bold around both, marks after the initials, & before the last', () => {
    expect(
      parseFamilyInitialsLine('Doe, J.-P., **Li, Z.**\\*, van der Berg, K. A.<sup>#</sup>, & García López, M.'),
    ).toEqual({
      authors: [
        { family: 'Doe', given: 'J.-P.' },
        { family: 'Li', given: 'Z.', equal: true },
        { family: 'van der Berg', given: 'K. A.', corresponding: true },
        { family: 'García López', given: 'M.' },
      ],
      bold: ['Z. Li'],
    });
  });

  test('APA 7 leaves out the middle of a long list with an ellipsis', () => {
    expect(parseFamilyInitialsLine('Doe, J., Roe, R., . . . **Li, Z.**')?.authors).toEqual([
      { family: 'Doe', given: 'J.' },
      { family: 'Roe', given: 'R.' },
      { literal: '…' },
      { family: 'Li', given: 'Z.' },
    ]);
  });

  test.each([['Doe, J., Smith'], ['J., Doe'], ['Deep, Learning'], ['Peng Wang, Zexi Li'], ['Doe, J.: a study']])(
    '%s is refused',
    (line) => {
      expect(parseFamilyInitialsLine(line)).toBeUndefined();
    },
  );
});

describe('parseVancouverLine', () => {
  test('family name and initials without periods, marks, the owner in bold, et al', () => {
    expect(parseVancouverLine('Li Z\\*, **Wang PJ**\\#, van der Berg K, et al')).toEqual({
      authors: [
        { family: 'Li', given: 'Z', equal: true },
        { family: 'Wang', given: 'PJ', corresponding: true },
        { family: 'van der Berg', given: 'K' },
        { literal: 'et al' },
      ],
      bold: ['PJ Wang'],
    });
  });

  test.each([['Peng Wang, Zexi Li'], ['Deep Learning for Cells'], ['Li Z, Wang']])('%s is refused', (line) => {
    expect(parseVancouverLine(line)).toBeUndefined();
  });
});
