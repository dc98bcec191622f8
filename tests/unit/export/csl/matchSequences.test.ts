/** Myers' matching between the marked and the plain rendering of an entry. */
import { describe, expect, test } from 'vitest';
import { matchSequences } from '../../../../src/export/csl/matchSequences.js';

const units = (text: string) => Array.from(text);

describe('matchSequences', () => {
  test('equal sequences match one to one', () => {
    expect(Array.from(matchSequences(units('abc'), units('abc')) ?? [])).toEqual([0, 1, 2]);
  });

  test('an extra period is the later one: the first stays with the name it ends', () => {
    // "D.." (marked rendering) against "D." (plain): the second period has no partner.
    expect(Array.from(matchSequences(units('D.. (2'), units('D. (2')) ?? [])).toEqual([0, 1, -1, 2, 3, 4]);
  });

  test('changed, inserted and deleted units', () => {
    expect(Array.from(matchSequences(units('an x'), units('An xy')) ?? [])).toEqual([-1, 1, 2, 3]);
    expect(Array.from(matchSequences([], units('ab')) ?? [])).toEqual([]);
    expect(Array.from(matchSequences(units('ab'), []) ?? [])).toEqual([-1, -1]);
  });

  test('gives up when the sequences are too different', () => {
    expect(matchSequences(units('abcdef'), units('uvwxyz'), 5)).toBeUndefined();
    expect(matchSequences(units('abcdef'), units('uvwxyz'), 12)).toEqual(new Int32Array(6).fill(-1));
  });
});
