/**
 * The plain-YAML reader either declines or reads exactly what the reference parser (the `yaml` package with the
 * safe schema) and js-yaml read: on the files profile writes, on hand-written shapes, and on fuzzed documents.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseYamlFast } from '../../../src/frontMatter/fastYaml.js';
import { serializeItemFile } from '../../../src/frontMatter/itemFile.js';
import { readPlainYaml } from '../../../src/frontMatter/plainYaml.js';
import { parseYamlDocument } from '../../../src/frontMatter/safeYaml.js';
import { newProfileText } from '../../../src/model/newProfile.js';

function expectReadAsReference(yaml: string): 'read' | 'declined' {
  const plain = readPlainYaml(yaml);
  if (plain === undefined) return 'declined';
  const reference = parseYamlDocument(yaml);
  expect(reference.ok, `the reference refuses what the plain reader read:\n${yaml}`).toBe(true);
  if (reference.ok) expect(plain.value ?? null, yaml).toStrictEqual(reference.yaml.value ?? null);
  return 'read';
}

describe('readPlainYaml reads what the reference parser reads', () => {
  test.each([
    [
      'an imported publication',
      serializeItemFile(
        {
          key: 'li2022can',
          type: 'article-journal',
          title: 'Can We Share Models? "Yes"',
          authors: [
            { family: 'Li', given: 'Zexi' },
            { family: "O'Brien", given: 'Feng', corresponding: true },
          ],
          date: '2022',
          url: 'https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20',
          order: 6,
          selected: true,
          bibtex: { type: 'article', fields: { author: 'Li, Zexi and {\\O}stergaard, P.', year: '2022' } },
        },
        '',
      ).split('---\n')[1] as string,
    ],
    [
      'plain scalars of every type',
      'a: 2025.07\nb: 01234\nc: 12:30\nd: true\ne: False\nf: ~\ng: null\nh: -3\ni: 0\nj:\n',
    ],
    ['quoted scalars', 'a: "null"\nb: \'it\'\'s\'\nc: "tab\\tand \\"quote\\" \\\\ back"\nd: "WISE: Rethinking"'],
    [
      'escaped quotes and backslashes before the closing quote',
      'a: "x\\\\"\nb: "y\\"z"\nc: "\\\\\\"w"\nd: ["p\\"q", "r\\\\", s]\ne: { f: "g\\"h", i: \'j\'\'k\' }',
    ],
    ['comments and blank lines', '# head\nkey: value\n\n  # indented comment\ntitle: x#y\n'],
    ['indentless and indented lists', 'a:\n- x\n- 2\nb:\n    - { k: v, n: 1 }\n    - "q"\nc: end'],
    ['nested maps', 'page:\n  frontMatter:\n    permalink: /\n    flag: true\n  dateStyle: dotted'],
    ['indicators that are still plain text', 'file: :papers/A.pdf:PDF\nneg: -x\nq: ?x\nurl: { u: https://a.b/c?d=e }'],
    ['a no-break space kept', 'a: x\u00a0\nb:\n  - { f: y\u00a0 }\n\u00a0c: 1'],
    ['flow lists', 'a: [1, x, "y, z", \'q\', true]\nb: []\nc:\n  - { e: [a@b.c, d], f: x }\n  - [p]'],
    [
      'the bundled profile.md',
      readFileSync(new URL('../../../profile/profile.md', import.meta.url), 'utf8').split('---\n')[1] as string,
    ],
    ['maps in a list', 'a:\n  - b: 1\n    c: x\n  - d:\n    e: [1]\nf:\n- g: h\n  i:\n    j: k\n  l:\n  - m\n- n'],
    ['maps in a list, with more than one space after the dash', 'a:\n  -   b: 1\n      c: 2\n  - "d"\n  -  e:'],
    ['a list entry that only looks like a map', 'a:\n  - b:c\n  - d :e\n  - "f: g"'],
    ['an empty document', ''],
    ['a comment only', '# nothing'],
  ])('%s', (_name, yaml) => {
    expectReadAsReference(yaml);
  });

  test('takes the bundled profile.md, so that a cold start never runs js-yaml', () => {
    const text = readFileSync(new URL('../../../profile/profile.md', import.meta.url), 'utf8');
    expect(expectReadAsReference(text.split('---\n')[1] as string)).toBe('read');
  });

  test('takes the profile.md that init writes, page sections and all, so that loading it never runs js-yaml', () => {
    const text = newProfileText({ name: 'Zexi Li', email: 'zexi@example.org' });
    const yaml = text.split('---\n')[1] as string;
    expect(expectReadAsReference(yaml)).toBe('read');
    const value = readPlainYaml(yaml)?.value as { page?: { sections?: unknown[] } } | undefined;
    expect(value?.page?.sections).toContainEqual({
      kind: 'publications',
      title: 'Selected Publications',
      only: 'selected',
    });
  });

  test('finds the closing quote past escaped quotes and backslashes', () => {
    const yaml = 'a: "x\\\\"\nb: "y\\"z"\nc: "\\\\\\"w"\nd: ["p\\"q", "r\\\\", s]\ne: { f: "g\\"h", i: \'j\'\'k\' }';
    expect(expectReadAsReference(yaml)).toBe('read');
    expect(readPlainYaml(yaml)?.value).toStrictEqual({
      a: 'x\\',
      b: 'y"z',
      c: '\\"w',
      d: ['p"q', 'r\\', 's'],
      e: { f: 'g"h', i: "j'k" },
    });
  });

  test('takes every file profile writes for an import', () => {
    expect(expectReadAsReference('key: a\ntitle: "A: b"\nauthors:\n  - { family: Ø, given: Å. B. }\n')).toBe('read');
  });

  test('is what parseYamlFast answers with first, and agrees with js-yaml', () => {
    const yaml = 'key: k\nlist:\n  - { a: 1, b: "x, y" }\nnested:\n  deep: v\n';
    expect(parseYamlFast(yaml)).toStrictEqual(readPlainYaml(yaml));
    expect(readPlainYaml(yaml)?.value).toStrictEqual(load(yaml));
  });
});

describe('readPlainYaml declines what it does not read itself', () => {
  test.each([
    ['a duplicate key', 'a: 1\na: 2'],
    ['a duplicate flow key', 'a:\n  - { b: 1, b: 2 }'],
    ['an anchor', 'a: &x 1\nb: *x'],
    ['a tag', 'a: !!js/function x'],
    ['a block scalar', 'a: |\n  text'],
    ['a multi-line plain scalar', 'a: one\n  two'],
    ['a multi-line quoted scalar', 'a: "one\n  two"'],
    ['a nested flow sequence', 'a: [1, [2]]'],
    ['a map in a flow sequence', 'a: [{ b: 1 }]'],
    ['a map in a list whose next key is indented further', 'a:\n  - b: 1\n     c: 2'],
    ['a map in a list whose value goes on below it', 'a:\n  - b: one\n    two'],
    ['a list right below a map entry of a list', 'a:\n- b: 1\n  - c'],
    ['a trailing comment', 'a: 1 # one'],
    ['a tab', 'a:\tb'],
    ['a YAML-only escape', 'a: "\\x41"'],
    ['a unicode escape', 'a: "\\u0041"'],
    ['a merge key', '<<: { a: 1 }'],
    ['a null key', 'null: 1'],
    ['a __proto__ key', '__proto__: 1'],
    ['a top-level list', '- a\n- b'],
    ['an indented start', '  a: 1'],
    ['a trailing comma', 'a:\n  - { b: 1, }'],
    ['a document marker', '---\na: 1'],
    ['a key without a space after its colon', 'a:b: 1'],
  ])('%s', (_name, yaml) => {
    expect(readPlainYaml(yaml)).toBeUndefined();
  });

  test('nesting deeper than it takes', () => {
    const deep = Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n');
    expect(readPlainYaml(`${deep} x`)).toBeUndefined();
  });
});

describe('readPlainYaml on fuzzed documents', () => {
  test('reads as the reference does wherever it does not decline', () => {
    // Lines built from the pieces that make YAML tricky, at a few indents: most are declined, and every one that is
    // read must be read as the reference reads it.
    const pieces = [
      'a',
      'b',
      'key',
      ':',
      ': ',
      '- ',
      '-',
      ' ',
      '  ',
      '#',
      ' #',
      '"',
      "'",
      "''",
      '\\',
      '\\n',
      '\\"',
      '{',
      '}',
      '{ a: 1 }',
      '[a, b]',
      '[ "x" ]',
      '{ e: [a, "b"] }',
      '[',
      ']',
      ',',
      ', ',
      '&',
      '*',
      '!',
      '?',
      '%',
      '@',
      '|',
      '>',
      '~',
      'null',
      'true',
      '1',
      '-2',
      '007',
      '2025-07',
      '\u00a0',
      'ü',
      '\t',
    ];
    let seed = 17;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    let read = 0;
    for (let round = 0; round < 10_000; round++) {
      const lines: string[] = [];
      for (let line = 0, count = 1 + next(5); line < count; line++) {
        let text = ['', '  ', '    '][next(3)] as string;
        if (next(2) === 0) text += `${['a', 'b', 'key', 'list'][next(4)]}: `;
        for (let piece = 0, length = next(6); piece < length; piece++) text += pieces[next(pieces.length)];
        lines.push(text);
      }
      if (expectReadAsReference(lines.join('\n')) === 'read') read++;
    }
    // The fuzz must reach the reader's own code, not only its refusals.
    expect(read).toBeGreaterThan(250);
  });

  test('reads maps in lists as the reference does wherever it does not decline', () => {
    // Lists whose entries are `- key: value` maps, with their other keys, nested values and comments at indents
    // around the entry's own: the shapes where a map in a list ends or goes on.
    const lineShapes = [
      (at: string) => `${at}- k: v`,
      (at: string) => `${at}-  k: 1`,
      (at: string) => `${at}- k:`,
      (at: string) => `${at}- k: [a, "b"]`,
      (at: string) => `${at}- { k: v }`,
      (at: string) => `${at}- s`,
      (at: string) => `${at}  t: w`,
      (at: string) => `${at}   t: w`,
      (at: string) => `${at}  t:`,
      (at: string) => `${at}    u: 2`,
      (at: string) => `${at}  - x`,
      (at: string) => `${at}    - x`,
      (at: string) => `${at}t: w`,
      (at: string) => `${at}  # note`,
      (at: string) => `${at}  k: again`,
      () => '',
    ];
    let seed = 29;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * below);
    };
    let read = 0;
    for (let round = 0; round < 5_000; round++) {
      const lines = ['list:'];
      for (let line = 0, count = 1 + next(6); line < count; line++) {
        lines.push(
          (lineShapes[next(lineShapes.length)] as (at: string) => string)(['', '  ', '    '][next(3)] as string),
        );
      }
      if (next(2) === 0) lines.push('after: end');
      if (expectReadAsReference(lines.join('\n')) === 'read') read++;
    }
    expect(read).toBeGreaterThan(500);
  });
});
