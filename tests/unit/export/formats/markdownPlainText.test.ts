/** The bio, abstracts and service texts as JSON Resume's plain text. */
import { describe, expect, test } from 'vitest';
import { markdownToPlainText } from '../../../../src/export/formats/markdownPlainText.js';

describe('markdownToPlainText', () => {
  test('drops hidden comments, even an unclosed one, and keeps paragraphs', () => {
    expect(markdownToPlainText('One\n<!-- hidden -->line.\n\n<!-- a whole\n\nparagraph -->\n\nTwo.<!-- open')).toBe(
      'One line.\n\nTwo.',
    );
  });

  test('reduces emphasis, links, images, code and tags to their text', () => {
    expect(
      markdownToPlainText(
        '__*Bold italic*__, _**also**_, *a*, [link](https://x.org/a_(b) "t"), ![alt](i.png), [ref][1], `c_d`, <br>, <https://y.org>',
      ),
    ).toBe('Bold italic, also, a, link, alt, ref, c_d, , https://y.org');
  });

  test('keeps what is text: snake_case, spaced stars, escapes, entities', () => {
    expect(markdownToPlainText('snake_case and 2 * 3, \\*not emphasis\\*, \\[x\\], AT&amp;T &#169;')).toBe(
      'snake_case and 2 * 3, *not emphasis*, [x], AT&T ©',
    );
  });

  test('drops heading and quote markers', () => {
    expect(markdownToPlainText('## Title\n> quoted')).toBe('Title quoted');
  });
});
