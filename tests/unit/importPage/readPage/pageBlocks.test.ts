// Proves the block scanner cuts a page the way a Markdown renderer does where it matters to the importer:
// comments run to the first `-->` (even inside a list), fences hide headings, lists keep their indented and lazy lines.
import { describe, expect, test } from 'vitest';
import { splitBlocks, splitTableRow } from '../../../../src/importPage/readPage/pageBlocks.js';

const blocks = (text: string, firstLine = 1) => splitBlocks(text.split('\n'), firstLine);
const shapes = (text: string) => blocks(text).map((block) => `${block.type} ${block.line}-${block.endLine}`);

describe('splitBlocks', () => {
  test('headings, paragraphs, a list and a comment, with their page lines', () => {
    const page = ['## News', '* one', '* two', '  continued', '', '<!-- hidden -->', 'Some text', 'more text'].join(
      '\n',
    );
    expect(blocks(page, 10).map((block) => `${block.type} ${block.line}-${block.endLine}`)).toEqual([
      'heading 10-10',
      'list 11-13',
      'comment 15-15',
      'paragraph 16-17',
    ]);
  });

  test('a list item keeps its lines as written (hard breaks too), its indented and lazy lines without the item indentation', () => {
    const [list] = blocks(
      ['- [**KDD 2025**] [Title](https://x.org)  ', '   **Zexi Li\\***, Jie Lin\\*', '  * nested', 'lazy'].join('\n'),
    );
    expect(list?.type === 'list' ? list.items.map((item) => item.text) : []).toEqual([
      '[**KDD 2025**] [Title](https://x.org)  \n **Zexi Li\\***, Jie Lin\\*\n* nested\nlazy',
    ]);
  });

  test('a comment at the start of a line ends a list, as in the seed', () => {
    const page = ['- first  ', '  authors  ', '<!--- [**SIGIR**] hidden  ', '  more-->  ', '- last'].join('\n');
    const found = blocks(page);
    expect(found.map((block) => block.type)).toEqual(['list', 'comment', 'list']);
    const comment = found[1];
    expect(comment?.type === 'comment' ? [comment.inner, comment.closed, comment.trailing] : []).toEqual([
      '- [**SIGIR**] hidden  \n  more',
      true,
      '  ',
    ]);
  });

  test('a comment ends at the first -->: what follows on its line is visible text', () => {
    const [comment] = blocks('<!-- * **[2020.01]** A --> B -->');
    expect(comment?.type === 'comment' ? [comment.inner, comment.trailing] : []).toEqual([
      ' * **[2020.01]** A ',
      ' B -->',
    ]);
  });

  test('an unclosed comment hides the rest of the page', () => {
    const [comment] = blocks('<!-- start\n## Not a heading\nmore');
    expect(comment?.type === 'comment' ? [comment.closed, comment.endLine] : []).toEqual([false, 3]);
  });

  test('a fence hides headings and lists', () => {
    expect(shapes('```markdown\n## not a heading\n* not an item\n```\nafter')).toEqual(['code 1-4', 'paragraph 5-5']);
  });

  test('setext headings, thematic breaks and a bold line', () => {
    const found = blocks('Misc\n====\n\n---\n\n**News**\n- item');
    expect(found.map((block) => (block.type === 'heading' ? `h${block.level} ${block.text}` : block.type))).toEqual([
      'h1 Misc',
      'rule',
      'paragraph',
      'list',
    ]);
  });

  test('HTML blocks run to a blank line; a table is recognised by its delimiter row', () => {
    const page =
      '<div class="paper-box">\n[Title](x)\n</div>\n\n| Date | News |\n| --- | --- |\n| Jan 2025 | a \\| b |';
    const found = blocks(page);
    expect(found.map((block) => block.type)).toEqual(['html', 'table']);
    const table = found[1];
    expect(table?.type === 'table' ? table.rows : []).toEqual([
      { line: 5, cells: ['Date', 'News'] },
      { line: 7, cells: ['Jan 2025', 'a \\| b'] },
    ]);
  });

  test('a loose list: items separated by blank lines stay one list', () => {
    expect(shapes('* a\n\n* b\n\n  b continued\n\nafter')).toEqual(['list 1-5', 'paragraph 7-7']);
  });
});

describe('splitTableRow', () => {
  test('pipes inside code stay in their cell', () => {
    expect(splitTableRow('| `a|b` | c |')).toEqual(['`a|b`', 'c']);
  });
});

describe('splitBlocks reads CommonMark through markdown-it', () => {
  test('a line no token holds (a link reference definition) stays on the page as a paragraph', () => {
    expect(shapes('Text [one][1].\n\n[1]: https://x.org\n\n## Next')).toEqual([
      'paragraph 1-1',
      'paragraph 3-3',
      'heading 5-5',
    ]);
  });

  test('text indented four spaces after a blank line is code, as the page shows it', () => {
    expect(shapes('Intro\n\n    indented code\n\nafter')).toEqual(['paragraph 1-1', 'code 3-3', 'paragraph 5-5']);
  });

  test('a list ends where its marker changes; an ordered marker keeps its number', () => {
    const found = blocks('- a\n* b\n3) c');
    expect(found.map((block) => (block.type === 'list' ? block.items.map((item) => item.marker) : []))).toEqual([
      ['-'],
      ['*'],
      ['3)'],
    ]);
  });
});
