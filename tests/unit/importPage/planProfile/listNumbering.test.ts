// Proves how a list's numbers as the page wrote them are read, and how the layout found for `1.` then numbers them.
import { describe, expect, test } from 'vitest';
import { numberedLayout, readListNumbering } from '../../../../src/importPage/planProfile/listNumbering.js';

describe('readListNumbering', () => {
  test.each([
    [['1. a', '2. b', '3. c'], { numbering: 'up', from: 1 }],
    [['4. a', '5. b'], { numbering: 'up', from: 4 }],
    [['3) a', '2) b', '1) c'], { numbering: 'down', from: 1 }],
    [['12. a', '11. b'], { numbering: 'down', from: 11 }],
    [['7. a'], { numbering: 'up', from: 7 }],
  ] as const)('%j', (written, numbering) => {
    expect(readListNumbering(written)).toEqual(numbering);
  });

  test.each([[['1. a', '1. b']], [['1. a']], [['1. a', '3. b']], [['- a', '- b']], [['2. a', '2. b']]])(
    '%j: written as `1.` before each item, or not a numbered list',
    (written) => {
      expect(readListNumbering(written)).toBeUndefined();
    },
  );
});

describe('numberedLayout', () => {
  test('the leading 1. or 1) becomes the placeholder', () => {
    expect(numberedLayout('1. **{title}**', { numbering: 'up', from: 1 })).toBe('{number}. **{title}**');
    expect(numberedLayout('1) {title}', { numbering: 'down', from: 1 })).toBe('{number:down}) {title}');
  });
});
