/** Plain text made safe inside Markdown, link targets that survive any URL, and comments that cannot be closed early. */
import { describe, expect, test } from 'vitest';
import {
  escapeMarkdownText,
  hideInComment,
  indentContinuation,
  markdownLink,
  markdownLinkTarget,
} from '../../../src/render/markdownText.js';

describe('escapeMarkdownText', () => {
  test('escapes * _ [ ] < > ` and the backslash', () => {
    expect(escapeMarkdownText('a*b_c[d]<e>`f`\\g')).toBe('a\\*b\\_c\\[d\\]\\<e\\>\\`f\\`\\\\g');
  });

  test('leaves other punctuation and Unicode alone', () => {
    expect(escapeMarkdownText('Federated Learning: (A) Survey — 联邦学习?')).toBe(
      'Federated Learning: (A) Survey — 联邦学习?',
    );
  });

  test('joins lines into one, so that a title stays on its list item', () => {
    expect(escapeMarkdownText('First line \n  second line')).toBe('First line second line');
  });
});

describe('markdownLinkTarget', () => {
  test('keeps a plain URL raw', () => {
    expect(markdownLinkTarget('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
  });

  test('keeps balanced parentheses raw', () => {
    expect(markdownLinkTarget('https://en.wikipedia.org/wiki/Fold_(higher-order_function)')).toBe(
      'https://en.wikipedia.org/wiki/Fold_(higher-order_function)',
    );
  });

  test('wraps an unclosed parenthesis in <>', () => {
    expect(markdownLinkTarget('https://example.org/a(b')).toBe('<https://example.org/a(b>');
  });

  test('wraps a closing parenthesis without an opening one in <>', () => {
    expect(markdownLinkTarget('https://example.org/a)b')).toBe('<https://example.org/a)b>');
  });

  test('wraps parentheses closed before they open in <>', () => {
    expect(markdownLinkTarget('https://example.org/a)(b')).toBe('<https://example.org/a)(b>');
  });

  test('wraps a URL with a space in <>, the space encoded', () => {
    expect(markdownLinkTarget('https://example.org/my paper.pdf')).toBe('<https://example.org/my%20paper.pdf>');
  });

  test('encodes angle brackets inside the <>', () => {
    expect(markdownLinkTarget('https://example.org/<x>')).toBe('<https://example.org/%3Cx%3E>');
  });
});

describe('markdownLink', () => {
  test('links text to a URL', () => {
    expect(markdownLink('Paper', 'https://example.org/p')).toBe('[Paper](https://example.org/p)');
  });

  test('leaves the text alone without a URL', () => {
    expect(markdownLink('Paper', undefined)).toBe('Paper');
  });
});

describe('hideInComment', () => {
  test('wraps Markdown in a comment on lines of their own', () => {
    expect(hideInComment('* hidden')).toBe('<!--\n* hidden\n-->');
  });

  test('breaks up --> so that it cannot end the comment', () => {
    expect(hideInComment('a --> b')).toBe('<!--\na - -> b\n-->');
  });

  test('breaks up --!> so that it cannot end the comment', () => {
    expect(hideInComment('a --!> b')).toBe('<!--\na - -!> b\n-->');
  });

  test('leaves no way to close the comment before its end', () => {
    const hidden = hideInComment('x --> y --!> z ---> w');
    expect(hidden.slice(4, -3)).not.toMatch(/--!?>/);
  });
});

describe('indentContinuation', () => {
  test('indents every line after the first', () => {
    expect(indentContinuation('one\ntwo\nthree', '  ')).toBe('one\n  two\n  three');
  });

  test('does not indent empty lines', () => {
    expect(indentContinuation('one\n\ntwo', '  ')).toBe('one\n\n  two');
  });
});
