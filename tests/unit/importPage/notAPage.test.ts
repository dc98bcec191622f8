// Proves that what is plainly not a page's Markdown (a bibliography, a built HTML page, an empty or binary file,
// a folder, a terminal on standard input) is refused with a message that says what to pass instead.
import { readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { importPageCommand } from '../../../src/commands/importPageCommand.js';
import { importPage } from '../../../src/useCases/importPage.js';
import { quietContext as context } from '../../support/quietContext.js';
import { useTempFolders } from '../../support/tempFolders.js';

const plan = (name: string, text: string) =>
  importPage({
    dir: '/nonexistent/never-written',
    page: { name, bytes: new TextEncoder().encode(text) },
    dryRun: true,
  });

describe('the core refuses what is not a page', () => {
  test.each([
    ['refs.bib', '@article{a, title = {x}}\n', 'this is not a home page; nothing was imported'],
    ['cv.pdf', '%PDF-1.7\n', 'this is not a home page; nothing was imported'],
    ['site.yml', 'title: x\n', 'this is not a home page; nothing was imported'],
    ['about.md', '', 'the page is empty; nothing was imported'],
    ['about.md', '\uFEFF\n  \n\t\n', 'the page is empty; nothing was imported'],
    ['about.md', 'a\u0000b', 'this is a binary file, not a home page; nothing was imported'],
    [
      'index.html',
      '<!DOCTYPE html>\n<html><body>Hi</body></html>\n',
      'this is a built HTML page, not its Markdown source; nothing was imported',
    ],
    [
      'about.md',
      '<html lang="en">\n<body>Hi</body></html>\n',
      'this is a built HTML page, not its Markdown source; nothing was imported',
    ],
  ])('%s %j', async (name, text, message) => {
    await expect(plan(name, text)).rejects.toMatchObject({ message, file: name, exitCode: 1 });
  });

  test('a bibliography gets the command that imports it as the hint', async () => {
    await expect(plan('refs.bib', '@article{a,}')).rejects.toMatchObject({
      hint: 'it looks like a bibliography: import it with `profile import-bib FILE`',
    });
  });

  test('a page of front matter only, or of raw HTML blocks, is still a page', async () => {
    await expect(plan('about.md', '---\ntitle: x\n---\n')).resolves.toBeDefined();
    await expect(plan('about.html', '<div class="bio">Hi, I am Ann Lee.</div>\n')).resolves.toBeDefined();
  });
});

describe('the command refuses a folder and a terminal on standard input', () => {
  const { fresh } = useTempFolders('import-page-');

  test('a folder given as the page', async () => {
    const root = await fresh();
    await expect(importPageCommand({ file: '.', dir: 'p' }, context(root, false))).rejects.toMatchObject({
      message: 'this is a folder, not a page; nothing was imported',
      file: '.',
      exitCode: 1,
    });
    expect(await readdir(root)).toEqual([]);
  });

  test('- when standard input is a terminal: a usage error at once, never a wait', async () => {
    const root = await fresh();
    await expect(importPageCommand({ file: '-', dir: 'p' }, context(root, true))).rejects.toMatchObject({
      message: '"-" reads the page from standard input, which is a terminal here',
      hint: 'pipe the page into it, e.g. curl -s https://raw.githubusercontent.com/you/you.github.io/master/_pages/about.md | profile import-page -',
      exitCode: 2,
    });
    expect(await readdir(root)).toEqual([]);
  });
});
