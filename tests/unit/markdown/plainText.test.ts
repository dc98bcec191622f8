/** Markdown's plain text, one rule: the bio, abstracts and service texts for JSON Resume, the importer's titles and venues. */
import { describe, expect, test } from 'vitest';
import { markdownToPlain, markdownToPlainText } from '../../../src/markdown/plainText.js';

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

describe('markdownToPlain', () => {
  test('reads a fragment of a line as inline Markdown: a leading number, `#` or `-` is text', () => {
    expect(markdownToPlain('2019. *Title*')).toBe('2019. Title');
    expect(markdownToPlain('# 1 - [On graphs](https://x.org "t")')).toBe('# 1 - On graphs');
  });

  test('is the same rule as the paragraphs, on one line', () => {
    const markdown = '__*Bold*__ and 2 * 3,\nsnake_case, `a*b`, <https://y.org>, [ref][1], <i>it</i>, AT&amp;T<!-- x';
    expect(markdownToPlain(markdown)).toBe('Bold and 2 * 3, snake_case, a*b, https://y.org, ref, it, AT&T');
    expect(markdownToPlainText(markdown)).toBe(markdownToPlain(markdown));
  });

  test('keeps a bracket that is no link, and the star of an author mark', () => {
    expect(markdownToPlain('[PDF] Smith*, Jones*')).toBe('[PDF] Smith*, Jones*');
  });
});

describe('raw HTML blocks', () => {
  test('show the text between their tags, entities decoded and backslashes kept', () => {
    expect(markdownToPlainText('<div class="bio">\nHello <b>w</b>orld &amp; a\\b\n</div>\n\nAfter.')).toBe(
      'Hello world & a\\b\n\nAfter.',
    );
  });
});
