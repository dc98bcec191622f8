// Proves the numbers a numbered list's items get: counted over the visible items, up from `numberFrom` or down to it.
import { describe, expect, test } from 'vitest';
import { parseLineLayout } from '../../../src/model/lineLayout.js';
import { layoutVocabularies } from '../../../src/model/pageLayouts.js';
import { layoutNumbering, listNumbers, widenedForNumber } from '../../../src/render/listNumbers.js';

const layout = (source: string) => {
  const parsed = parseLineLayout(source, layoutVocabularies.news);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.layout;
};

describe('listNumbers', () => {
  test('counts up from 1', () => {
    expect(listNumbers([false, false, false])).toEqual([1, 2, 3]);
  });

  test('counts up from another number', () => {
    expect(listNumbers([false, false], 'up', 4)).toEqual([4, 5]);
  });

  test('counts down to 1 at the last item', () => {
    expect(listNumbers([false, false, false], 'down')).toEqual([3, 2, 1]);
  });

  test('a hidden item is not counted: it carries the number of the visible item after it', () => {
    expect(listNumbers([false, true, false])).toEqual([1, 2, 2]);
    expect(listNumbers([false, true, false], 'down')).toEqual([2, 1, 1]);
  });
});

describe('layoutNumbering', () => {
  test.each([
    ['{number}. {text}', 'up'],
    ['{number:down}) {text}', 'down'],
    ['{?{number}. }{text}', 'up'],
    ['- {text}', undefined],
  ])('%s', (source, numbering) => {
    expect(layoutNumbering(layout(source))).toBe(numbering);
  });

  test('{number:sideways} is not a numbering', () => {
    const parsed = parseLineLayout('{number:sideways}. {text}', layoutVocabularies.news);
    expect(parsed).toEqual({ ok: false, reason: '{number:sideways}: "sideways" is not one of up, down' });
  });
});

describe('widenedForNumber', () => {
  const twoLines = layout('{number}. {date}  \n   {text}');
  test('item 10 and up: its indented lines get a space per extra digit', () => {
    expect(widenedForNumber('10. 2025  \n   text', twoLines, 10)).toBe('10. 2025  \n    text');
    expect(widenedForNumber('100. 2025  \n   text', twoLines, 100)).toBe('100. 2025  \n     text');
  });

  test('items 1 to 9, and layouts without {number} before the text, are left alone', () => {
    expect(widenedForNumber('9. 2025  \n   text', twoLines, 9)).toBe('9. 2025  \n   text');
    expect(widenedForNumber('1. 2025  \n   text', layout('1. {date}  \n   {text}'), 10)).toBe('1. 2025  \n   text');
  });
});
