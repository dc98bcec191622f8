// Proves how a news text is written inside an HTML list: HTML already kept byte for byte, Markdown as its HTML.
import { expect, test } from 'vitest';
import { newsTextAsHtml } from '../../../src/render/htmlNewsText.js';

test.each([
  [
    'One paper accepted to <strong>ACL 2025</strong> (main).',
    'One paper accepted to <strong>ACL 2025</strong> (main).',
  ],
  ['&nbsp;I joined Tencent &amp; friends.', '&nbsp;I joined Tencent &amp; friends.'],
  ['Accepted at **ICML**.', 'Accepted at <strong>ICML</strong>.'],
  ['See [the paper](https://example.org/p?a=1&b=2).', 'See <a href="https://example.org/p?a=1&amp;b=2">the paper</a>.'],
  ['Released `pkg` and *more*.', 'Released <code>pkg</code> and <em>more</em>.'],
])('%s', (markdown, html) => {
  expect(newsTextAsHtml(markdown, false)).toBe(html);
});

test('Liquid stays neutralised once the Markdown is HTML', () => {
  expect(newsTextAsHtml('**New** &#123;{ site.title }}', false)).toBe('<strong>New</strong> &#123;{ site.title }}');
  expect(newsTextAsHtml('**New** {{ site.title }}', true)).toBe('<strong>New</strong> {{ site.title }}');
});
