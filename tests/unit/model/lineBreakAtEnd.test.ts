// Proves withoutLineBreakAtEnd cuts what the pattern it replaces cut, on any line, in work linear in the line.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withoutLineBreakAtEnd } from '../../../src/model/lineBreakAtEnd.js';

const replacedPattern = /(?:<br\s*\/?>|\\| {2,})\s*$/i;

describe('withoutLineBreakAtEnd', () => {
  test.each([
    ['2025.07: text<br>', '2025.07: text'],
    ['2025.07: text<BR />  ', '2025.07: text'],
    ['2025.07: text\\', '2025.07: text'],
    ['2025.07: text  ', '2025.07: text'],
    ['2025.07: text \t  ', '2025.07: text \t'],
    ['2025.07: text ', '2025.07: text '],
    ['a<br> b', 'a<br> b'],
  ])('%j', (line, expected) => {
    expect(withoutLineBreakAtEnd(line)).toBe(expected);
  });

  test('is the replaced pattern on any line of spaces, tabs, breaks and text', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '<br>', '<br/>', '<BR >', '\\', 'a', '<', '/', '>', 'br');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const line = pieces.join('');
        expect(withoutLineBreakAtEnd(line)).toBe(line.replace(replacedPattern, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
