/** BibTeX name lists read by BibTeX's own rules, with the equal-contribution and corresponding-author marks. */
import { describe, expect, test } from 'vitest';
import { formatNameList, markSpellingOf, parseName, parseNameList, wordCase } from '../../../src/bibtex/bibtexNames.js';

describe('parseName', () => {
  test.each([
    ['Last, First', 'Wang, Peng', { family: 'Wang', given: 'Peng' }],
    ['First Last', 'Peng Wang', { family: 'Wang', given: 'Peng' }],
    ['initials', 'Nicholas D. Lane', { family: 'Lane', given: 'Nicholas D.' }],
    ['a von part in "von Last, First"', 'von Neumann, John', { family: 'von Neumann', given: 'John' }],
    ['a von part in "First von Last"', 'Ludwig van Beethoven', { family: 'van Beethoven', given: 'Ludwig' }],
    ['a two-word particle', 'de la Cruz, Juana', { family: 'de la Cruz', given: 'Juana' }],
    ['Jr in "von Last, Jr, First"', 'King, Jr., Martin Luther', { family: 'King Jr.', given: 'Martin Luther' }],
    ['an accent on a dotless i', "Garc{\\'\\i}a, Jos{\\'e}", { family: 'García', given: 'José' }],
    [
      '{\\L} starts an upper-case given name, not a particle',
      '{\\L}ukasz Kowalski',
      { family: 'Kowalski', given: 'Łukasz' },
    ],
    ['{\\AA} decoded', '{\\AA}se M{\\"u}ller', { family: 'Müller', given: 'Åse' }],
    ['a hyphenated given name', 'Hans-Peter Schmidt', { family: 'Schmidt', given: 'Hans-Peter' }],
    ['a corporate author in braces', '{World Health Organization}', { literal: 'World Health Organization' }],
    ['a corporate author in double braces', '{{Bell Labs}}', { literal: 'Bell Labs' }],
    ['and others', 'others', { literal: 'others' }],
    ['one word', 'Aristotle', { family: 'Aristotle' }],
    ['UTF-8 names', 'Nguyễn, Văn An', { family: 'Nguyễn', given: 'Văn An' }],
    // People bold their own name in every list; the page marks the owner itself.
    ['a name in \\textbf', '\\textbf{Doe, Jane}', { family: 'Doe', given: 'Jane' }],
    ['a name in \\textbf, marked', '\\textbf{Jane Doe}*', { family: 'Doe', given: 'Jane', equal: true }],
    ['a mark inside the bold', '\\textbf{Doe\\#, Jane}', { family: 'Doe', given: 'Jane', corresponding: true }],
    ['a name in \\underline', '\\underline{Jane Doe}', { family: 'Doe', given: 'Jane' }],
    ['a name in {\\bf …}', '{\\bf Doe, Jane}', { family: 'Doe', given: 'Jane' }],
    ['a name in <b>', '<b>Doe, Jane</b>', { family: 'Doe', given: 'Jane' }],
    ['a name in <strong>', '<strong>Jane Doe</strong>', { family: 'Doe', given: 'Jane' }],
    ['bold on part of a name: decoded as text', '\\textbf{Jane} Doe', { family: 'Doe', given: 'Jane' }],
    ['a comma before the next "and"', 'Torralba-Agell, Adrià,', { family: 'Torralba-Agell', given: 'Adrià' }],
    ['et al.', 'et al.', { literal: 'others' }],
    [
      "biblatex's extended name format (Better BibTeX)",
      'family=Jong, given=Michiel, prefix=de, useprefix=true',
      { family: 'de Jong', given: 'Michiel' },
    ],
    [
      'extended, braced values and a suffix',
      'family={Luther King}, given={Martin}, suffix=Jr.',
      { family: 'Luther King Jr.', given: 'Martin' },
    ],
    ['extended, accents', 'family=M{\\"u}ller, given=J{\\"u}rgen', { family: 'Müller', given: 'Jürgen' }],
    ['{et al.}', '{et al.}', { literal: 'others' }],
  ])('%s', (_what, written, expected) => {
    expect(parseName(written)).toStrictEqual(expected);
  });

  test.each([
    ['* after the family name', 'Wang*, Peng', { family: 'Wang', given: 'Peng', equal: true }],
    ['\\# after the family name', 'Zhang\\#, Ningyu', { family: 'Zhang', given: 'Ningyu', corresponding: true }],
    ["al-folio's *†", 'Einstein*†, A.', { family: 'Einstein', given: 'A.', equal: true, corresponding: true }],
    ['$^*$ after a full name', 'Zexi Li$^*$', { family: 'Li', given: 'Zexi', equal: true }],
    ['$^\\dagger$ after a full name', 'Chao Wu$^\\dagger$', { family: 'Wu', given: 'Chao', corresponding: true }],
    ['\\textsuperscript{*}', 'Li\\textsuperscript{*}, Zexi', { family: 'Li', given: 'Zexi', equal: true }],
  ])('reads the mark %s', (_what, written, expected) => {
    expect(parseName(written)).toStrictEqual(expected);
  });
});

describe('parseNameList', () => {
  test.each([
    [
      'four commas: a list',
      'Yingjian Song*, Jiayu Chen*, Zixuan Zeng and Fei Dou',
      [
        { family: 'Song', given: 'Yingjian', equal: true },
        { family: 'Chen', given: 'Jiayu', equal: true },
        { family: 'Zeng', given: 'Zixuan' },
        { family: 'Dou', given: 'Fei' },
      ],
    ],
    [
      'two commas between full names: a list',
      'Yimin Wang, Jiajia Liu, Ye Jiang',
      [
        { family: 'Wang', given: 'Yimin' },
        { family: 'Liu', given: 'Jiajia' },
        { family: 'Jiang', given: 'Ye' },
      ],
    ],
    [
      'two commas around a suffix: one name',
      'King, Jr., Martin Luther',
      [{ family: 'King Jr.', given: 'Martin Luther' }],
    ],
    ['one comma: one name', 'van der Berg, Jan Peter', [{ family: 'van der Berg', given: 'Jan Peter' }]],
    ['commas inside braces: one name', '{Song, Chen, Zeng and Dou}', [{ literal: 'Song, Chen, Zeng and Dou' }]],
  ])('names separated by commas where BibTeX wants "and": %s', (_, written, authors) => {
    expect(parseNameList(written)).toStrictEqual(authors);
  });

  test('read as before comma lists were read: the list is one name, as BibTeX reads it', () => {
    expect(parseNameList('Yimin Wang, Jiajia Liu, Ye Jiang', { commaLists: false })).toStrictEqual([
      { family: 'Yimin Wang Jiajia Liu', given: 'Ye Jiang' },
    ]);
  });

  test('splits at top-level "and" only', () => {
    expect(parseNameList('{Barnes and Noble} and Li, Zexi AND Wu, Chao')).toStrictEqual([
      { literal: 'Barnes and Noble' },
      { family: 'Li', given: 'Zexi' },
      { family: 'Wu', given: 'Chao' },
    ]);
  });
  test('joins names written over several lines (DBLP)', () => {
    expect(parseNameList('Peng Wang and\n                  Zexi Li')).toStrictEqual([
      { family: 'Wang', given: 'Peng' },
      { family: 'Li', given: 'Zexi' },
    ]);
  });
});

describe("wordCase (BibTeX's rule for particles)", () => {
  test.each([
    ['von', 'lower'],
    ['Neumann', 'upper'],
    ['{\\L}ukasz', 'upper'],
    ["{\\'e}cole", 'lower'],
    ['{\\ss}', 'lower'],
    ['{von}Neumann', 'upper'],
    ['{}', 'caseless'],
  ])('%s is %s', (word, expected) => {
    expect(wordCase(word)).toBe(expected);
  });
});

describe('writing names back', () => {
  test('uses the spelling of marks the list already has', () => {
    const spelling = markSpellingOf('Einstein*†, A. and Podolsky*, B.');
    expect(spelling).toStrictEqual({ equal: '*', corresponding: '†' });
    expect(formatNameList(parseNameList('Einstein*†, A. and Podolsky*, B.'), spelling)).toBe(
      'Einstein*†, A. and Podolsky*, B.',
    );
  });
  test('reads back as the same names and marks', () => {
    const authors = [
      { family: 'García', given: 'José', equal: true },
      { family: 'van der Berg', given: 'Jan' },
      { family: 'King Jr.', given: 'Martin Luther', corresponding: true },
      { literal: 'World Health Organization' },
      { literal: 'others' },
    ];
    const written = formatNameList(authors, { equal: '*', corresponding: '\\#' });
    expect(written).toBe(
      "Garc{\\'{\\i}}a*, Jos{\\'e} and van der Berg, Jan and King Jr.\\#, Martin Luther and {World Health Organization} and others",
    );
    expect(parseNameList(written)).toStrictEqual(authors);
  });
  test('a list without marks has no spelling', () => {
    expect(markSpellingOf('Li, Zexi and Wu, Chao')).toBeUndefined();
  });
});
