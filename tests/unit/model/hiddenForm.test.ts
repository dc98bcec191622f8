// Proves how a comment's one-line form is read off the page: the spaces inside its markers, and what is not one.
import { describe, expect, test } from 'vitest';
import { commentInner, hiddenFormOf } from '../../../src/model/hiddenForm.js';

describe('hiddenFormOf', () => {
  test.each([
    ['<!-- - *2022.02*: text -->', '<!-- {hidden} -->'],
    ['<!--- [**Preprint**] x  \n  **A**\\* -->', '<!--{hidden} -->'],
    ['<!--x-->', '<!--{hidden}-->'],
    ['<!--\tx  -->', '<!--\t{hidden}  -->'],
  ])('%j is written %j', (comment, form) => {
    expect(hiddenFormOf(comment)).toBe(form);
  });

  test.each([['<!--\n* a\n-->'], ['<!-- -->'], ['<!-- a --> b -->'], ['text'], ['<!-->']])(
    '%j is not one',
    (comment) => {
      expect(hiddenFormOf(comment)).toBeUndefined();
    },
  );

  test('commentInner gives the text between the form’s markers and spaces', () => {
    expect(commentInner('<!--- x  \n  y -->')).toEqual({ form: '<!--{hidden} -->', inner: '- x  \n  y' });
  });
});
