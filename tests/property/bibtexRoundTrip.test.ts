/**
 * For any generated BibTeX entry (accents, UTF-8, protected and nested braces, `@string` macros, `#`, month macros,
 * names in both forms and `and others`, as authors or, for an edited volume, as its only editors): `import-bib` into
 * a profile, then `export --format bib`, gives the entry back.
 * The README promises more than the same meaning: an imported entry is written back from the entry it was imported
 * from, the same key, the same type and every field. So the export, read by the same reader, has exactly the fields
 * of the original, in the same order, each with the very raw TeX the original stands for once its macros and `#` are
 * expanded (the generator knows that TeX on its own). The publication itself shows what the generator meant: the
 * title and names decoded to Unicode, the date at the precision written. Importing the export again changes nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { readBibEntries } from '../../src/bibtex/readBibEntries.js';
import { renderFormat } from '../../src/export/renderFormat.js';
import { serializeItemFile } from '../../src/frontMatter/itemFile.js';
import { formatIsoDate } from '../../src/model/partialDate.js';
import { loadValidProfile } from '../../src/store/loadProfile.js';
import { importBibtex } from '../../src/useCases/importBibtex.js';
import { bibtexEntry, type GeneratedEntry } from './bibtexArbitraries.js';
import { propertyRuns } from './propertyRuns.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-property-bib-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

const encoder = new TextEncoder();

async function importText(dir: string, name: string, text: string) {
  return importBibtex({ dir, files: [{ name, bytes: encoder.encode(text) }] });
}

async function checkRoundTrip(entry: GeneratedEntry): Promise<void> {
  const dir = path.join(root, `run-${runs++}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'profile.md'), serializeItemFile({ name: 'Ada Lovelace' }, ''));

  const imported = await importText(dir, 'refs.bib', entry.bib);
  expect(imported.report.map(({ status, key, problem }) => ({ status, key, problem }))).toEqual([
    { status: 'added', key: entry.key, problem: undefined },
  ]);
  const { profile } = await loadValidProfile(dir);
  const [publication] = profile.publications;
  expect(profile.publications).toHaveLength(1);
  expect(publication?.fields.key).toBe(entry.key);
  expect(publication?.fields.title).toBe(entry.title);
  expect(publication?.fields.authors).toEqual(entry.authors);
  expect(publication?.fields.editors).toEqual(entry.editors);
  expect(publication?.fields.date && formatIsoDate(publication.fields.date)).toBe(entry.date);

  const exported = await renderFormat(profile, 'bib', {});
  const original = await readBibEntries([{ name: 'refs.bib', text: entry.bib }]);
  const readBack = await readBibEntries([{ name: 'export.bib', text: exported }]);
  expect(original.skipped).toEqual([]);
  expect(readBack.skipped).toEqual([]);
  const written = readBack.entries.map(({ key, type, fields }) => ({ key, type, fields: Object.entries(fields) }));
  expect(written).toEqual([{ key: entry.key, type: entry.type, fields: Object.entries(entry.rawFields) }]);
  expect(readBack.entries[0]?.fields).toStrictEqual(original.entries[0]?.fields);

  const again = await importText(dir, 'export.bib', exported);
  expect(again.report.map(({ status }) => status)).toEqual(['unchanged']);
  rmSync(dir, { recursive: true, force: true });
}

describe('BibTeX round trip', () => {
  test('import-bib then export --format bib gives back the same entry, and the publication means what it says', async () => {
    await fc.assert(fc.asyncProperty(bibtexEntry, checkRoundTrip), propertyRuns(150));
  });

  test('found by this property: a macro wrapped over lines read as "a     A", not "a A" as the field itself would', async () => {
    await checkRoundTrip({
      bib: '@string{zzoab = {\n    A}}\n\n@article{A,\n  title = {a},\n  author = "Lovelace",\n  year = 1900,\n  journal = {a} # zzoab\n}\n',
      key: 'A',
      type: 'article',
      rawFields: { title: 'a', author: 'Lovelace', year: '1900', journal: 'a A' },
      title: 'a',
      authors: [{ family: 'Lovelace' }],
      date: '1900',
    });
  });
});
