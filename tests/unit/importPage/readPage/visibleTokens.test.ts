// Proves the check that nothing is lost sees what a visitor sees: words, emoji, link targets and Liquid, and not
// markup, punctuation or comments.
import { describe, expect, test } from 'vitest';
import { missingTokens, visibleTokens, withoutTokens } from '../../../../src/importPage/readPage/visibleTokens.js';

describe('visibleTokens', () => {
  test('words and emoji, not markup; link and image targets; comments left out', () => {
    expect(
      visibleTokens(
        '🎉 **[Our paper](https://x.org/a_(b))** is *in*! ![me](/me.jpg) <!-- hidden words --> <a href="/cv.pdf">CV</a>',
      ),
    ).toEqual(['url:/me.jpg', 'url:https://x.org/a_(b)', 'url:/cv.pdf', '🎉', 'Our', 'paper', 'is', 'in', 'me', 'CV']);
  });

  test('Liquid is a token as written; a neutralised `&#123;{` is not the same', () => {
    expect(visibleTokens('[here]({{ site.baseurl }}/cv.pdf)')).toEqual([
      'liquid:{{ site.baseurl }}',
      'url:/cv.pdf',
      'here',
    ]);
    expect(visibleTokens('&#123;{ site.baseurl }}')).toEqual(['site', 'baseurl']);
  });

  test('escapes, entities and the ✉ mark', () => {
    expect(visibleTokens('\\[2025.07\\] Caf&eacute; &amp; Zhang✉️')).toEqual(['2025', '07', 'Caf', 'eacute', 'Zhang']);
  });
});

describe('missingTokens and withoutTokens', () => {
  test('repeats count; the order of the original is kept', () => {
    expect(missingTokens(['a', 'b', 'a', 'c'], ['a', 'c'])).toEqual(['b', 'a']);
    expect(withoutTokens(['Jul', '2025', 'text', '2025'], ['Jul', '2025'])).toEqual(['text', '2025']);
  });
});
