/** The safe YAML schema: what gets a type, what is refused, where nodes are, and how strings are written back. */
import { describe, expect, test } from 'vitest';
import {
  type ParsedYaml,
  parseSafeYaml,
  stringifySafeYaml,
  type YamlProblem,
} from '../../../src/frontMatter/safeYaml.js';

/** The value of a YAML text that must parse. */
function readValue(text: string): unknown {
  const result = parseSafeYaml(text);
  if (!result.ok) throw new Error(`unexpected YAML problem: ${result.problem.message}`);
  return result.yaml.value;
}

function parsed(text: string): ParsedYaml {
  const result = parseSafeYaml(text);
  if (!result.ok) throw new Error(`unexpected YAML problem: ${result.problem.message}`);
  return result.yaml;
}

/** The problem of a YAML text that must be refused. */
function problemOf(text: string): YamlProblem {
  const result = parseSafeYaml(text);
  if (result.ok) throw new Error('the YAML was accepted');
  return result.problem;
}

describe('parseSafeYaml scalars', () => {
  test.each<[string, unknown]>([
    ['2025.07', '2025.07'],
    ['2025.10', '2025.10'],
    ['01234', '01234'],
    ['12:30', '12:30'],
    ['2025-07-01', '2025-07-01'],
    ['1.5', '1.5'],
    ['yes', 'yes'],
    ['true', true],
    ['false', false],
    ['12', 12],
    ['0', 0],
    ['-5', -5],
    ['~', null],
    ['null', null],
  ])('v: %s reads as %j', (written, value) => {
    expect(readValue(`v: ${written}`)).toEqual({ v: value });
  });

  test('an empty value is null', () => {
    expect(readValue('v:\nw: 1')).toEqual({ v: null, w: 1 });
  });

  test('a number too long to be exact stays text', () => {
    expect(readValue('v: 1234567890123456')).toEqual({ v: '1234567890123456' });
  });
});

describe('parseSafeYaml refuses', () => {
  test('a !!js/function tag', () => {
    expect(problemOf('f: !!js/function "function () { return 1 }"').message).toBe(
      'Unresolved tag: tag:yaml.org,2002:js/function',
    );
  });

  test('a !!js/function tag, naming its line', () => {
    expect(problemOf('x: 1\ny: 2\nf: !!js/function "function () { return 1 }"').line).toBe(3);
  });

  test('a !!python/object tag', () => {
    expect(problemOf('a: !!python/object:os.system ls').message).toBe(
      'Unresolved tag: tag:yaml.org,2002:python/object:os.system',
    );
  });

  test('a !!python/object tag, naming its line', () => {
    expect(problemOf('x: 1\na: !!python/object:os.system ls').line).toBe(2);
  });

  test('a duplicate key', () => {
    expect(problemOf('a: 1\nb: 2\na: 3').message).toBe('Map keys must be unique');
  });

  test('a duplicate key, naming the line of the second one', () => {
    expect(problemOf('a: 1\nb: 2\na: 3').line).toBe(3);
  });

  test('a billion-laughs alias bomb is refused by the alias limit, before it is expanded', () => {
    const nine = (alias: string) => `[${Array(9).fill(alias).join(',')}]`;
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let index = 1; index < names.length; index++) {
      lines.push(`${names[index]}: &${names[index]} ${nine(`*${names[index - 1]}`)}`);
    }
    const result = parseSafeYaml(lines.join('\n'));
    expect(result).toEqual({
      ok: false,
      problem: {
        message: 'YAML cannot be read: Excessive alias count indicates a resource exhaustion attack',
        line: undefined,
      },
    });
  });
});

describe('lineOf', () => {
  const yaml = parsed(
    [
      'name: x',
      'page:',
      '  sections:',
      '    - kind: bio',
      '    - kind: news',
      '      title: News',
      'empty:',
      'last: 1',
    ].join('\n'),
  );

  test('a top-level key', () => {
    expect(yaml.lineOf(['name'])).toBe(1);
  });

  test('a nested map', () => {
    expect(yaml.lineOf(['page', 'sections'])).toBe(4);
  });

  test('a list item', () => {
    expect(yaml.lineOf(['page', 'sections', 1])).toBe(5);
  });

  test('a field of a list item', () => {
    expect(yaml.lineOf(['page', 'sections', 1, 'title'])).toBe(6);
  });

  test('a key with a missing value', () => {
    expect(yaml.lineOf(['empty'])).toBe(7);
  });

  test('a field that is not there points at the nearest node that is', () => {
    expect(yaml.lineOf(['page', 'sections', 1, 'nope'])).toBe(5);
  });

  test('a top-level field that is not there has no line', () => {
    expect(yaml.lineOf(['nope'])).toBeUndefined();
  });
});

describe('stringifySafeYaml', () => {
  test.each([
    'true',
    'False',
    'null',
    '~',
    '12',
    '0',
    '-3',
    '2025.07',
    '01234',
    '12:30',
    'x: y',
    '# x',
    'a #b',
    '---',
    '...',
    '- x',
    '[a]',
    '*a',
    '&a',
    '!a',
    '"quoted"',
    "'single'",
    ' leading space',
    'trailing space ',
    'line one\nline two',
    'line one\nline two\n',
    '',
    '联邦学习 — José',
  ])('%j reads back as the same string', (text) => {
    expect(readValue(stringifySafeYaml({ v: text }))).toEqual({ v: text });
  });

  test('quotes a string that would read as a boolean', () => {
    expect(stringifySafeYaml({ v: 'true' })).toBe('v: "true"\n');
  });

  test('quotes a string that would read as a number', () => {
    expect(stringifySafeYaml({ v: '12' })).toBe('v: "12"\n');
  });

  test('leaves 2025.07 plain, since the safe schema reads it as text', () => {
    expect(stringifySafeYaml({ v: '2025.07' })).toBe('v: 2025.07\n');
  });

  test('writes a list indented under its key', () => {
    expect(stringifySafeYaml({ permalink: '/', redirect_from: ['/about/'], n: 3, on: true })).toBe(
      'permalink: /\nredirect_from:\n  - /about/\nn: 3\non: true\n',
    );
  });
});
