/** The diff `--dry-run` prints: removed lines before added ones, two lines of context, `…` for the rest. */
import { describe, expect, test } from 'vitest';
import { diffLines, renderDiff } from '../../../src/render/lineDiff.js';

describe('lineDiff', () => {
  test('a changed line is shown as - then +', () => {
    expect(diffLines('a\nb\nc\n', 'a\nB\nc\n')).toEqual([
      { kind: ' ', text: 'a' },
      { kind: '-', text: 'b' },
      { kind: '+', text: 'B' },
      { kind: ' ', text: 'c' },
    ]);
  });

  test('an added and a removed line; identical texts have no change', () => {
    expect(renderDiff('a\nb\n', 'a\nb\nc\n')).toEqual([' a', ' b', '+c']);
    expect(renderDiff('a\nb\nc\n', 'a\nc\n')).toEqual([' a', '-b', ' c']);
    expect(diffLines('x\n', 'x\n').every((line) => line.kind === ' ')).toBe(true);
  });

  test('far from a change, kept lines become one …', () => {
    const before = ['---', 'date: "2025-07"', '---', '', 'one', 'two', 'three', 'four', ''].join('\n');
    const after = ['---', 'date: "2025-07"', 'hidden: true', '---', '', 'one', 'two', 'three', 'four', ''].join('\n');
    expect(renderDiff(before, after)).toEqual([' ---', ' date: "2025-07"', '+hidden: true', ' ---', ' ', '…']);
  });
});
