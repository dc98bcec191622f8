/** Liquid in exported pages: shown as text, never run by Jekyll, unless the profile says its own Markdown uses it. */
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import type { NewsItem, Profile } from '../../../src/model/items.js';
import { parsePartialDate } from '../../../src/model/partialDate.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import {
  escapeMarkdownText,
  markdownLink,
  neutraliseLiquid,
  neutraliseLiquidInMarkdown,
} from '../../../src/render/markdownText.js';

function news(stem: string, body: string): NewsItem {
  const parsed = parsePartialDate('2025.07');
  if (!parsed.ok) throw new Error(parsed.reason);
  return { kind: 'news', id: `news/${stem}`, file: `news/${stem}.md`, body, fields: { date: parsed.date } };
}

function profileWith(bio: string, newsBody: string, liquid?: boolean): Profile {
  return {
    owner: {
      name: 'Ada Lovelace',
      page: {
        frontMatter: { title: 'About' },
        ...(liquid === undefined ? {} : { liquid }),
        sections: [{ kind: 'bio' }, { kind: 'news', title: 'News' }],
      },
    },
    bio,
    news: [news('n', newsBody)],
    publications: [],
    talks: [],
    service: [],
    sections: [],
  };
}

describe('neutraliseLiquid', () => {
  test('writes the first brace of {{ and {% as an entity', () => {
    expect(neutraliseLiquid('{{ site.x }} and {% include a.html %}')).toBe(
      '&#123;{ site.x }} and &#123;% include a.html %}',
    );
  });

  test('leaves single braces, BibTeX-like groups and %} alone', () => {
    expect(neutraliseLiquid('a {b} c %} d { {')).toBe('a {b} c %} d { {');
  });

  test('handles runs of braces: no {{ or {% is left', () => {
    const out = neutraliseLiquid('{{{%{{');
    expect(out).not.toMatch(/\{[{%]/);
    expect(out).toBe('&#123;&#123;&#123;%&#123;{');
  });

  test('an escaped brace before Liquid loses its backslash, which would escape the entity (found by the news property)', () => {
    // Counterexample `a \{{ x }}`: the page showed `a &#123;{ x }}` instead of `a {{ x }}`.
    expect(neutraliseLiquid('a \\{{ x }} \\{% y %}')).toBe('a &#123;{ x }} &#123;% y %}');
    // An escaped backslash before the brace stays: `\\{{` shows a backslash, then the braces.
    expect(neutraliseLiquid('a \\\\{{ x }} \\\\\\{{ y }}')).toBe('a \\\\&#123;{ x }} \\\\&#123;{ y }}');
  });
});

describe('neutraliseLiquidInMarkdown', () => {
  test('a code span holding Liquid becomes <code> with entities, since an entity in a code span shows as written', () => {
    // Found by the news property: `a \`{%a\`` showed `a &#123;%a`.
    expect(neutraliseLiquidInMarkdown('a `{%a`')).toBe('a <code>&#123;&#37;a</code>');
    expect(neutraliseLiquidInMarkdown('`` a ` {{b}} ``')).toBe('<code>a &#96; &#123;&#123;b&#125;&#125;</code>');
  });

  test('leaves code spans without Liquid as written and neutralises Liquid around them', () => {
    expect(neutraliseLiquidInMarkdown('`x*y` {{ z }} `{{ w }}`')).toBe(
      '`x*y` &#123;{ z }} <code>&#123;&#123; w &#125;&#125;</code>',
    );
  });

  test('a fenced code block holding Liquid becomes <pre><code>, which shows every line as written', () => {
    const markdown = 'Use it so:\n\n  ```liquid\n  {{ site.url }}\n    <b>x</b> `y`\n  ```\n\nThen {{ z }}.';
    const html = new MarkdownIt({ html: true }).render(neutraliseLiquidInMarkdown(markdown));
    expect(html).toBe(
      '<p>Use it so:</p>\n' +
        '<pre><code>&#123;&#123; site&#46;url &#125;&#125;\n  &#60;b&#62;x&#60;&#47;b&#62; &#96;y&#96;</code></pre>\n' +
        '<p>Then {{ z }}.</p>\n',
    );
    expect(neutraliseLiquidInMarkdown('~~~\nno liquid `{` here\n~~~\n{{ x }}')).toBe(
      '~~~\nno liquid `{` here\n~~~\n&#123;{ x }}',
    );
  });

  test('an indented code block holding Liquid becomes <pre><code> too, which shows every line as written', () => {
    const markdown = 'Use it so:\n\n    {{ site.url }}\n\n      <b>x</b> `y`\n\nThen {{ z }}.';
    const html = new MarkdownIt({ html: true }).render(neutraliseLiquidInMarkdown(markdown));
    expect(html).toBe(
      '<p>Use it so:</p>\n' +
        '<pre><code>&#123;&#123; site&#46;url &#125;&#125;\n\n  &#60;b&#62;x&#60;&#47;b&#62; &#96;y&#96;</code></pre>\n' +
        '<p>Then {{ z }}.</p>\n',
    );
    // A tab indents as four columns; a heading may come right before the block.
    expect(neutraliseLiquidInMarkdown('## Use\n\t{% x %}')).toBe(
      '## Use\n<pre><code>&#123;&#37; x &#37;&#125;</code></pre>',
    );
  });

  test('an indented line that is no code block keeps the entity: a paragraph continued, a list item text', () => {
    expect(neutraliseLiquidInMarkdown('Use\n    {{ x }}')).toBe('Use\n    &#123;{ x }}');
    expect(neutraliseLiquidInMarkdown('- item\n\n    {{ x }}')).toBe('- item\n\n    &#123;{ x }}');
    // Four columns past the list item's text it is code, which stays inside the item.
    const markdown = '1. item\n\n       {{ x }}\n       {{ y }}\n\nafter {{ z }}';
    const html = new MarkdownIt({ html: true }).render(neutraliseLiquidInMarkdown(markdown));
    expect(html).toBe(
      '<ol>\n<li>\n<p>item</p>\n<pre><code>&#123;&#123; x &#125;&#125;\n&#123;&#123; y &#125;&#125;</code></pre>\n</li>\n</ol>\n' +
        '<p>after {{ z }}</p>\n',
    );
  });

  test('an unclosed fence runs to the end, and ```a``` is a code span, not a fence', () => {
    expect(neutraliseLiquidInMarkdown('```\n{{ x }}')).toBe('<pre><code>&#123;&#123; x &#125;&#125;</code></pre>');
    expect(neutraliseLiquidInMarkdown('```{{a}}```')).toBe('<code>&#123;&#123;a&#125;&#125;</code>');
  });

  test('an escaped or unclosed backtick opens no code span', () => {
    expect(neutraliseLiquidInMarkdown('\\`{{ x }}\\`')).toBe('\\`&#123;{ x }}\\`');
    expect(neutraliseLiquidInMarkdown('`{{ x }}')).toBe('`&#123;{ x }}');
    expect(neutraliseLiquidInMarkdown('``{{ x }}`')).toBe('``&#123;{ x }}`');
  });
});

describe('titles and URLs', () => {
  test('escapeMarkdownText neutralises Liquid in a title', () => {
    expect(escapeMarkdownText('{% raw %}x{% endraw %}')).toBe('&#123;% raw %}x&#123;% endraw %}');
  });

  test('a link target with {{ is neutralised too', () => {
    expect(markdownLink('T', 'https://x.org/{{a}}')).toBe('[T](https://x.org/&#123;{a}})');
  });
});

describe('the user own Markdown on the page', () => {
  test('by default Liquid in the bio and in news is shown as text', () => {
    const page = renderAboutPage(profileWith('See {{ site.baseurl }}/cv.pdf', 'Talk {% include x %}'));
    expect(page).toContain('See &#123;{ site.baseurl }}/cv.pdf');
    expect(page).toContain('* **\\[2025.07\\]** Talk &#123;% include x %}');
    expect(page).not.toMatch(/\{[{%]/);
  });

  test('a news item holding a fenced code block with Liquid shows it as written, inside its list item', () => {
    const page = renderAboutPage(profileWith('', 'Released:\n\n```\n{{ site.url }}\n```'));
    const html = new MarkdownIt({ html: true }).render(page.slice(page.indexOf('## News')));
    expect(html).toBe(
      '<h2>News</h2>\n<ul>\n<li>\n<p><strong>[2025.07]</strong> Released:</p>\n' +
        '<pre><code>&#123;&#123; site&#46;url &#125;&#125;</code></pre>\n</li>\n</ul>\n',
    );
  });

  test('a news item holding an indented code block with Liquid shows it as written, inside its list item', () => {
    const page = renderAboutPage(profileWith('', 'Released:\n\n    {{ site.url }}\n    <b>x</b>'));
    const html = new MarkdownIt({ html: true }).render(page.slice(page.indexOf('## News')));
    expect(html).toBe(
      '<h2>News</h2>\n<ul>\n<li>\n<p><strong>[2025.07]</strong> Released:</p>\n' +
        '<pre><code>&#123;&#123; site&#46;url &#125;&#125;\n&#60;b&#62;x&#60;&#47;b&#62;</code></pre>\n</li>\n</ul>\n',
    );
  });

  test('page.liquid: true copies it as written', () => {
    const page = renderAboutPage(profileWith('See {{ site.baseurl }}/cv.pdf', 'Talk {% include x %}', true));
    expect(page).toContain('See {{ site.baseurl }}/cv.pdf');
    expect(page).toContain('* **\\[2025.07\\]** Talk {% include x %}');
  });
});
