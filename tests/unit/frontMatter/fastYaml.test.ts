// Proves the js-yaml fast path reads every value exactly as the reference parser (the `yaml` package
// with the safe schema) does, and hands over what it must not decide itself.
import { describe, expect, test } from 'vitest';
import { parseYamlFast } from '../../../src/frontMatter/fastYaml.js';
import { parseSafeYaml } from '../../../src/frontMatter/safeYaml.js';

const sameAsReference = [
  'a: 2025.07\nb: 2025.10\nc: 01234\nd: 12:30\ne: 2025-07-01\nf: 2025-07',
  't: true\nT: True\nu: TRUE\nf: false\ny: yes\nn: no\no: on\noff: off',
  'n: 12\nz: 0\nneg: -3\nbig: 1234567890123456\nlead: 007\nplus: +5\nhex: 0x1F\noct: 0o17\nexp: 1e3\nf: 1.5',
  'empty:\ntilde: ~\nnull1: null\nNull2: Null\nquoted: "null"\nsq: \'true\'',
  'list:\n  - a\n  - 2\n  - true\n  -\nflow: [1, x, "y", false]\nmap: { family: Li, given: Zexi, equal: true }',
  'nested:\n  deep:\n    deeper: [ { a: 1 }, { b: "2" } ]',
  'block: |\n  line one\n  line two\nfolded: >-\n  a\n  b\n',
  'title: "WISE: Rethinking"\nsingle: \'it\'\'s\'\nunicode: 浙江省科协“科学+”平台\nemoji: "🏆"',
  '1: one\n2025: year\n"k": v',
  'url: https://example.org/a#b?c=d&e=f\nhash: "#tag"\nat: "@x"',
  '',
  '# only a comment',
  'key: value # trailing comment',
];

describe('parseYamlFast reads values as parseSafeYaml does', () => {
  test.each(sameAsReference)('%j', (text) => {
    const reference = parseSafeYaml(text);
    if (!reference.ok) throw new Error(`reference refused ${JSON.stringify(text)}`);
    expect(parseYamlFast(text)?.value ?? null).toEqual(reference.yaml.value ?? null);
  });
});

describe('parseYamlFast leaves to the reference parser', () => {
  test.each([
    ['a custom tag', 'f: !!js/function "function () {}"'],
    ['a python tag', 'x: !!python/object:os.system ls'],
    ['a duplicate key', 'a: 1\na: 2'],
    ['broken syntax', 'a: [1, 2\nb: 3'],
    ['an anchor and alias', 'a: &x [1, 2]\nb: *x'],
    ['an alias bomb', 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]'],
  ])('%s', (_name, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });
});
