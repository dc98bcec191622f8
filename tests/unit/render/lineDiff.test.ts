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

  test('one change in a 200,000-line file costs little and shows only that change', () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => `line ${index}`);
    const changed = [...lines];
    changed[100_000] = 'changed';
    expect(renderDiff(`${lines.join('\n')}\n`, `${changed.join('\n')}\n`, 1)).toEqual([
      '…',
      ' line 99999',
      '-line 100000',
      '+changed',
      ' line 100001',
      '…',
    ]);
  });

  test('two long texts with nothing in common are shown replaced, not compared line by line', () => {
    const before = Array.from({ length: 3000 }, (_, index) => `a${index}`).join('\n');
    const after = Array.from({ length: 3000 }, (_, index) => `b${index}`).join('\n');
    const lines = diffLines(before, after);
    expect(lines).toHaveLength(6000);
    expect(lines[0]).toEqual({ kind: '-', text: 'a0' });
    expect(lines[3000]).toEqual({ kind: '+', text: 'b0' });
  });
});
