// Proves collapseWhitespace gives what the replace-and-trim it stands for gives, on any text, and keeps tidy text as it is.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collapseWhitespace } from '../../../src/model/collapseWhitespace.js';

const reference = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('collapseWhitespace', () => {
  test.each([
    ['', ''],
    ['Open retrieval for models', 'Open retrieval for models'],
    ['  two  spaces ', 'two spaces'],
    ['a\tb', 'a b'],
    ['line\nbreak', 'line break'],
    ['no\u00a0break', 'no break'],
    ['\u2028separated\u3000ideographic', 'separated ideographic'],
    ['\ufeffbom', 'bom'],
    [' lead', 'lead'],
    ['trail ', 'trail'],
  ])('%j becomes %j', (text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected);
  });

  test('gives what collapsing every run of whitespace and trimming gives, for any text', () => {
    const characters = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      'a',
      'é',
      'ł',
      '-',
    );
    fc.assert(
      fc.property(fc.array(characters, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(collapseWhitespace(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('returns the very string it was given when there is nothing to collapse', () => {
    const title = ['Graphs citation', 'for citation analysis'].join(' ');
    expect(Object.is(collapseWhitespace(title), title)).toBe(true);
  });
});
