/** Comments that cannot be closed early, and lists whose hidden runs both kramdown and CommonMark hide. */
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { hideInComment, joinListRuns } from '../../../src/render/hiddenComment.js';
import { kramdownTest, renderKramdown } from '../../support/kramdown.js';

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

describe('joinListRuns', () => {
  const visibleHiddenVisible = joinListRuns([
    { hidden: false, markdown: '- one\n  two' },
    { hidden: true, markdown: '- hidden' },
    { hidden: false, markdown: '- three' },
  ]);

  test('a comment after visible items opens after a blank line; the next items follow its end directly', () => {
    expect(visibleHiddenVisible).toBe('- one\n  two\n\n<!--\n- hidden\n-->\n- three');
    expect(
      joinListRuns([
        { hidden: true, markdown: '* a' },
        { hidden: false, markdown: '* b' },
      ]),
    ).toBe('<!--\n* a\n-->\n* b');
  });

  test('markdown-it (CommonMark) shows the visible items, tight, and hides the rest', () => {
    expect(new MarkdownIt({ html: true }).render(visibleHiddenVisible)).toBe(
      '<ul>\n<li>one\ntwo</li>\n</ul>\n<!--\n- hidden\n-->\n<ul>\n<li>three</li>\n</ul>\n',
    );
  });

  kramdownTest('kramdown (Jekyll) shows the visible items, tight, and hides the rest', async () => {
    const page = await renderKramdown(visibleHiddenVisible);
    expect(page.visible).toEqual(['one\ntwo', 'three']);
    expect(page.comments).toEqual(['<!--\n- hidden\n-->']);
    expect(page.html).not.toContain('<p>');
  });

  kramdownTest('why the blank line: without it kramdown shows the marker and the hidden items (issue 18)', async () => {
    const page = await renderKramdown('- one\n  two\n<!--\n- hidden\n-->\n- three');
    expect(page.visible).toEqual(['one\ntwo\n<!–', 'hidden\n–>', 'three']);
    expect(page.comments).toEqual([]);
  });

  kramdownTest('kramdown hides a run at the end of a list, before the next heading', async () => {
    const page = await renderKramdown(
      `## News\n${joinListRuns([
        { hidden: false, markdown: '* one' },
        { hidden: true, markdown: '* hidden' },
      ])}\n\n## Next`,
    );
    expect(page.visible).toEqual(['News', 'one', 'Next']);
  });
});
