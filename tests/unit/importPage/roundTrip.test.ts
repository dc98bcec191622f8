// Proves, for every fixture page, that importing it and exporting the new profile loses nothing a visitor sees:
// every visible word and emoji is still visible, every hidden one still hidden, and the front matter is the same.
import { describe, expect, test } from 'vitest';
import { stringifySafeYaml } from '../../../src/frontMatter/safeYaml.js';
import { readPageText } from '../../../src/importPage/readPage/pageText.js';
import { frontMatterValues, hiddenLines, visibleText } from '../../seed/seedPageText.js';
import { fixturePages, folderFiles, readFixture, useImportedPages } from './importedFolder.js';

const { importFixture: importPage } = useImportedPages();

/**
 * The page with its front matter as the YAML the seed helpers read: TOML, a key written twice, a BOM and CRLF are
 * read as import-page reads them (pageShapes.test.ts proves that reading).
 */
function asYamlPage(text: string): string {
  const page = readPageText(text, 'page.md');
  const body = page.bodyLines.join('\n');
  return page.frontMatter === undefined ? body : `---\n${stringifySafeYaml(page.frontMatter)}---\n${body}`;
}

async function readFixtureAsYaml(page: Parameters<typeof readFixture>[0]): Promise<string> {
  return asYamlPage(await readFixture(page));
}

async function importFixture(page: Parameters<typeof readFixture>[0]) {
  const imported = await importPage(page);
  return { ...imported, exported: asYamlPage(imported.exported) };
}

const monthNames = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;

/** The words and emoji of a text; `✉`, a corresponding-author mark, is written `#` by the export. */
function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}\p{M}]+|\p{Extended_Pictographic}/gu) ?? []).filter((word) => word !== '✉');
}

/**
 * What `original` shows that `exported` does not. A month name may go when the export writes the same date in
 * numbers (`Jul 2025` → `2025.07`, the page's own style chosen by the majority of its dates): the unit tests
 * check each item's date exactly.
 */
function lostWords(original: string, exported: string): string[] {
  const left = new Map<string, number>();
  for (const word of words(exported)) left.set(word, (left.get(word) ?? 0) + 1);
  const lost: string[] = [];
  for (const word of words(original)) {
    const count = left.get(word) ?? 0;
    if (count > 0) left.set(word, count - 1);
    else if (!monthNames.test(word)) lost.push(word);
  }
  return lost;
}

describe.each(fixturePages)('%s: import-page then export', (page) => {
  test('every visible word of the page is visible on the export', async () => {
    const original = await readFixtureAsYaml(page);
    const { exported } = await importFixture(page);
    expect(lostWords(visibleText(original), visibleText(exported))).toEqual([]);
  });

  test('every hidden word stays hidden', async () => {
    const original = await readFixtureAsYaml(page);
    const { exported } = await importFixture(page);
    expect(lostWords(hiddenLines(original).join(' '), hiddenLines(exported).join(' '))).toEqual([]);
  });

  test('nothing hidden becomes visible', async () => {
    const original = await readFixtureAsYaml(page);
    const { exported } = await importFixture(page);
    const shown = visibleText(exported);
    const shownBefore = visibleText(original);
    const leaked = hiddenLines(original)
      .map((line) => visibleText(`---\n---\n${line}`))
      .filter((line) => line.split(' ').length >= 3 && shown.includes(line) && !shownBefore.includes(line));
    expect(leaked).toEqual([]);
  });

  test('the front matter has the same values', async () => {
    const original = await readFixtureAsYaml(page);
    const { exported } = await importFixture(page);
    expect(frontMatterValues(exported)).toEqual(frontMatterValues(original));
  });

  test('the same page gives the same folder, byte for byte', async () => {
    const first = await importFixture(page);
    const second = await importFixture(page);
    expect(await folderFiles(second.dir)).toStrictEqual(await folderFiles(first.dir));
  });
});
