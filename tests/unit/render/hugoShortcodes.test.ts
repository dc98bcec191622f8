import { describe, expect, test } from 'vitest';
import { neutraliseShortcodes } from '../../../src/render/hugoShortcodes.js';

describe('neutraliseShortcodes: text that Hugo shows as written and never runs', () => {
  test.each([
    ['no shortcode', 'Our paper is accepted {{ site.title }}.', 'Our paper is accepted {{ site.title }}.'],
    ['a shortcode in text', 'See {{< figure src="x" >}} here', 'See {{</* figure src="x" */>}} here'],
    ['a shortcode in code', 'Use `{{< youtube id >}}`.', 'Use `{{</* youtube id */>}}`.'],
    ['the percent form', 'A {{% notice tip %}} box', 'A {{%/* notice tip */%}} box'],
    ['a pair with its closing tag', '{{< hl >}}x{{< /hl >}}', '{{</* hl */>}}x{{</* /hl */>}}'],
    ['already escaped', 'Hugo writes {{</* figure */>}} so', 'Hugo writes {{</* figure */>}} so'],
    ['an opening without a close', 'a {{< b', 'a &#123;{< b'],
    ['a closing without an opening', 'a >}} b %}}', 'a >}} b %}}'],
    ['an end of comment inside', '{{< a */ b >}}', '&#123;{< a */ b >}}'],
    ['a percent opening and an angle close', '{{% a >}}', '&#123;{% a >}}'],
    ['across lines', 'a {{< b\nc >}} d', 'a {{</* b\nc */>}} d'],
  ])('%s', (_case, text, expected) => {
    expect(neutraliseShortcodes(text)).toBe(expected);
  });
});
