// Proves a page's front matter is kept as written where writing its values would change a line (quotes, comments),
// and that the export writes that text only while it still says what `frontMatter` says.
import { describe, expect, test } from 'vitest';
import { frontMatterTextSays, readFrontMatter } from '../../../src/frontMatter/pageFrontMatter.js';

describe('readFrontMatter keeps the text as written', () => {
  test('when quotes or a comment would be lost', () => {
    const text = '---\ntitle: "About"\n# my page\npermalink: /\n---\n\nHi.\n';
    const read = readFrontMatter(text, 'about.md');
    expect(read.data).toEqual({ title: 'About', permalink: '/' });
    expect(read.asWritten).toBe('---\ntitle: "About"\n# my page\npermalink: /\n---\n');
  });

  test('not when writing the values gives the same lines', () => {
    expect(readFrontMatter('---\ntitle: About\npermalink: /\n---\n\nHi.\n', 'about.md').asWritten).toBeUndefined();
  });
});

describe('frontMatterTextSays', () => {
  test('the text while its values are the front matter, YAML or TOML', () => {
    expect(frontMatterTextSays('---\ntitle: "About"\n---\n', { title: 'About' })).toBe(true);
    expect(frontMatterTextSays("+++\ntitle = 'Home'\nweight = 1\n+++\n", { title: 'Home', weight: 1 })).toBe(true);
  });

  test('not once a value was changed after the import', () => {
    expect(frontMatterTextSays('---\ntitle: "About"\n---\n', { title: 'About me' })).toBe(false);
    expect(frontMatterTextSays('---\ntitle: "About"\n---\n', { title: 'About', permalink: '/' })).toBe(false);
  });
});
