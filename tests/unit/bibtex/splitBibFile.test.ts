/** The splitter finds every entry and its line before anything is parsed, so that one broken entry stays alone. */
import { describe, expect, test } from 'vitest';
import { splitBibFile } from '../../../src/bibtex/splitBibFile.js';
import { bibFixtureText } from './fixtures.js';

const summary = (text: string) =>
  splitBibFile(text).map((chunk) => ({
    kind: chunk.kind,
    line: chunk.line,
    key: chunk.key,
    ...(chunk.problem ? { problem: chunk.problem.message } : {}),
  }));

describe('splitBibFile', () => {
  test('entries, @string and @preamble with their lines; % lines, @comment groups and free text are skipped', () => {
    expect(summary(bibFixtureText('comment-preamble-and-percent-lines'))).toStrictEqual([
      { kind: 'preamble', line: 2, key: undefined },
      { kind: 'entry', line: 15, key: 'visible2022' },
    ]);
  });

  test('an entry hidden in a multi-line @comment stays hidden (citation-js would bring it back)', () => {
    const keys = splitBibFile(bibFixtureText('comment-preamble-and-percent-lines')).map((chunk) => chunk.key);
    expect(keys).not.toContain('commented-out');
  });

  test('an unclosed entry ends where the next one starts, which is still read', () => {
    expect(summary(bibFixtureText('broken-unclosed-brace'))).toStrictEqual([
      { kind: 'entry', line: 1, key: 'good-before' },
      {
        kind: 'entry',
        line: 8,
        key: 'unclosed-brace',
        problem: 'the entry is not closed before the next entry at line 15 (a missing "}" or an extra "{")',
      },
      { kind: 'entry', line: 15, key: 'good-after' },
    ]);
  });

  test('a stray "}" that would silently drop the following fields is a problem at its line', () => {
    expect(summary(bibFixtureText('broken-stray-closing-brace'))[0]).toStrictEqual({
      kind: 'entry',
      line: 1,
      key: 'stray-brace',
      problem: 'a "}" at line 3 closes the entry before its end, so the fields after it would be lost',
    });
  });

  test('records macros used as values and fields that are exactly one macro', () => {
    const [entry] = splitBibFile('@inproceedings{k, booktitle = "Proc. " # kdd, month = jul, year = 2024}');
    expect(entry?.macros).toStrictEqual(['kdd', 'jul']);
    expect([...(entry?.bareMacroFields ?? [])]).toStrictEqual([['month', 'jul']]);
    expect(entry?.fields).toStrictEqual(['booktitle', 'month', 'year']);
    expect(entry?.monthParts).toBeUndefined();
  });

  test('a month joined with # keeps its parts as written; another field joined with # does not', () => {
    const [entry] = splitBibFile('@misc{k, note = "a" # {b}, month = "31~" #  Jan # {,\n 2}, year = 2024}');
    expect(entry?.monthParts).toStrictEqual(['"31~"', 'Jan', '{,\n 2}']);
    expect(entry?.macros).toStrictEqual(['jan']);
  });

  test('entries in parentheses, quoted values with braces, and an @ in free text', () => {
    const text = 'write to me@example.org\n@article(k1, title = "A {"}quote{"} inside")\n@misc{k2, note = {x}}';
    expect(summary(text)).toStrictEqual([
      { kind: 'entry', line: 2, key: 'k1' },
      { kind: 'entry', line: 3, key: 'k2' },
    ]);
  });

  test('unbalanced braces inside a quoted value (which BibTeX refuses) are a problem', () => {
    expect(summary('@misc{k, title = "a } b", year = 2020}\n')[0]?.problem).toBe(
      'the braces in the value of "title" do not balance',
    );
  });
});
