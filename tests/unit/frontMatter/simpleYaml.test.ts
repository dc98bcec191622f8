/**
 * The fast YAML paths must agree with the `yaml` package wherever they answer: same value read, same text
 * written. Compared on every front matter in the repository, on generated publications and on fuzzed strings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseYamlFast } from '../../../src/frontMatter/fastYaml.js';
import {
  serializeItemFile,
  stringifyFrontMatter,
  stringifyFrontMatterWithDocument,
} from '../../../src/frontMatter/itemFile.js';
import { parseSafeYaml, parseYamlDocument } from '../../../src/frontMatter/safeYaml.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

function frontMatterOf(text: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  return end < 0 ? undefined : lines.slice(1, end).join('\n');
}

/** The fast reader either declines or reads what the yaml package reads. */
function expectSameRead(yaml: string): 'fast' | 'declined' {
  const fast = parseYamlFast(yaml);
  if (fast === undefined) return 'declined';
  const full = parseYamlDocument(yaml);
  expect(full.ok, `the yaml package refuses what the fast reader read:\n${yaml}`).toBe(true);
  if (full.ok) expect(fast.value ?? null, yaml).toStrictEqual(full.yaml.value ?? null);
  return 'fast';
}

/** The fast writer either declines or writes exactly the yaml package's text. */
function expectSameWrite(data: Record<string, unknown>): 'fast' | 'declined' {
  const fast = stringifyFrontMatter(data);
  const slow = stringifyFrontMatterWithDocument(data);
  expect(fast, JSON.stringify(data)).toBe(slow);
  expectSameRead(slow);
  return 'fast';
}

const trickyStrings = [
  '',
  ' ',
  'plain text',
  'WISE: Rethinking',
  'a #b',
  'a#b',
  '#start',
  '- dash',
  '-1',
  '-x',
  '--x',
  '?x',
  ':x',
  ':papers/A16M.pdf:PDF',
  '-{x}',
  ':,',
  '?',
  ':',
  'ends:',
  'ends ',
  ' starts',
  '2024',
  '2024-07',
  '2025.10',
  '01234',
  '12:30',
  '0x1F',
  '0o17',
  '.5',
  '+.5',
  '1e5',
  '.inf',
  '.nan',
  '~',
  'null',
  'Null',
  'true',
  'yes',
  'no',
  'on',
  'Off',
  'y',
  'n',
  "O'Brien",
  'say "hi"',
  `both ' and "`,
  'back\\slash',
  '{braces}',
  '[list]',
  'a, b',
  'x}',
  '&anchor',
  '*alias',
  '!tag',
  '|block',
  '>folded',
  '%percent',
  '@at',
  '`tick`',
  '---',
  '...',
  '--- not',
  'tab\there',
  'line\nbreak',
  'trailing\n',
  'ctrl\u0007char',
  'del\u007f',
  'nbsp\u00a0here',
  'ＦＵＬＬ',
  'emoji 😀',
  'García Łukasz Åse',
  'https://example.org/a_b?x=1%20y#frag',
  '10.1145/3539618.3591976',
  '{WISE}: Rethinking $\\alpha$-tests',
  "Garc{\\'\\i}a, Jos{\\'e} and {\\L}ukasz Kowalski",
  'M{\\"u}ller',
  '12\\% on average',
  '1--20',
  '1–20',
  'bom\ufeff',
  'sep\u2028',
];

describe('the fast YAML reader (js-yaml) agrees with the yaml package', () => {
  test('on every front matter in the repository', () => {
    const files = [
      ...markdownFiles(path.join(repoRoot, 'profile')),
      ...markdownFiles(path.join(repoRoot, 'tests/fixtures')),
    ];
    let fast = 0;
    for (const file of files) {
      const yaml = frontMatterOf(readFileSync(file, 'utf8'));
      if (yaml !== undefined && expectSameRead(yaml) === 'fast') fast++;
    }
    // Most files are plain enough for the fast path; the point is that none of them is read differently.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  test('on one-line values of every tricky kind, plain, quoted and in flow maps', () => {
    for (const value of trickyStrings) {
      const written = [
        `key: ${value}`,
        `key: ${JSON.stringify(value)}`,
        `key: '${value.replace(/'/g, "''")}'`,
        `list:\n  - ${value}`,
        `list:\n  - { a: ${value}, b: x }`,
        `list:\n  - { a: ${JSON.stringify(value)} }`,
        `nested:\n  inner: ${value}`,
        `list: [${value}, b]`,
        `list: [${JSON.stringify(value)}]`,
        `list:\n  - { a: x, b: [${value}, ${JSON.stringify(value)}] }`,
      ];
      for (const yaml of written) expectSameRead(yaml);
    }
  });

  test('hands over errors, tags, anchors and aliases', () => {
    for (const yaml of ['a: 1\na: 2', 'a: &x 1\nb: *x', 'a: !!js/function x', 'a: [1, 2', 'a: "open', 'a:\n\tb: 1']) {
      expect(parseYamlFast(yaml), yaml).toBeUndefined();
    }
  });

  test('parseSafeYaml still gives line numbers for plain files', () => {
    const parsed = parseSafeYaml('key: a\ntitle: b\nauthors:\n  - { family: Li }');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.yaml.lineOf(['title'])).toBe(2);
      expect(parsed.yaml.lineOf(['authors', 0, 'family'])).toBe(4);
    }
  });
});

describe('the fast YAML writer writes what the yaml package writes', () => {
  test('for tricky strings as values, list items, flow-map values and nested values', () => {
    for (const value of trickyStrings) {
      expectSameWrite({ key: 'k', title: value });
      expectSameWrite({ key: 'k', authors: [{ family: value, given: 'A' }] });
      expectSameWrite({ key: 'k', nameVariants: [value] });
      expectSameWrite({ key: 'k', bibtex: { type: 'article', fields: { note: value } } });
    }
  });

  test('for numbers, booleans, and a whole publication', () => {
    expectSameWrite({ order: 3, hidden: true, selected: false, big: 2 ** 60, negative: -1, zero: -0 });
    const publication = {
      key: 'DBLP:conf/nips/WangLZ24',
      type: 'paper-conference',
      title: 'WISE: Rethinking the Knowledge Memory',
      authors: [
        { family: 'Wang', given: 'Peng', equal: true },
        { family: 'García', given: 'José', corresponding: true },
        { literal: 'World Health Organization' },
      ],
      date: '2024-07',
      venue: 'Advances in Neural Information Processing Systems',
      pages: '1–20',
      doi: '10.5555/1234',
      url: 'https://arxiv.org/abs/2405.14768',
      label: 'NeurIPS 2024',
      category: 'conference',
      links: [{ type: 'code', url: 'https://github.com/x/y' }],
      bibtex: { type: 'inproceedings', fields: { title: '{WISE}: Rethinking', year: '2024', month: 'jul' } },
    };
    expectSameWrite(publication);
    expect(serializeItemFile(publication, 'Abstract.')).toBe(
      `---\n${stringifyFrontMatterWithDocument(publication)}---\n\nAbstract.\n`,
    );
  });

  test('for random strings built from the characters YAML cares about', () => {
    const alphabet = [...'ab :#-?,[]{}&*!|>\'"%@`~.019eExo\\\t\nü😀', '\u00a0', '\u0085', '\u2028'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 3000; round++) {
      const length = Math.floor(next() * 8);
      let value = '';
      for (let index = 0; index < length; index++) value += alphabet[Math.floor(next() * alphabet.length)];
      expectSameWrite({ title: value, authors: [{ family: value }] });
    }
  });
});
