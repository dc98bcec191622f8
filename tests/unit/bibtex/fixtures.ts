/** Reading the BibTeX fixtures of tests/fixtures/bib/ the way import-bib does. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BibReadResult, decodeBibText, readBibEntries } from '../../../src/bibtex/readBibEntries.js';

export const bibFixtureDir = fileURLToPath(new URL('../../fixtures/bib/', import.meta.url));

export function bibFixturePath(name: string): string {
  return `${bibFixtureDir}${name}.bib`;
}

export function bibFixtureText(name: string): string {
  return decodeBibText(readFileSync(bibFixturePath(name)), `${name}.bib`);
}

/** The entries of one or more fixtures, read in order as one import reads its files. */
export function readFixtures(...names: string[]): Promise<BibReadResult> {
  return readBibEntries(names.map((name) => ({ name: `${name}.bib`, text: bibFixtureText(name) })));
}

/** Every fixture `import-bib` accepts whole (the `broken-*` ones excepted). */
export const acceptedFixtures = [
  'al-folio-abbr-with-html',
  'al-folio-custom-entry-types',
  'al-folio-papers-custom-fields',
  'arxiv-preprint-and-published-version',
  'biblatex-date-and-journaltitle',
  'bom-and-crlf-line-ends',
  'comment-preamble-and-percent-lines',
  'crossref-child-inherits-from-proceedings',
  'dblp-export-with-crossref',
  'edited-book-dblp-proceedings-and-chapter',
  'equal-and-corresponding-marks',
  'google-scholar-export',
  'latex-accents-and-special-letters',
  'month-joined-to-a-day-or-another-month',
  'month-macros-and-numbers',
  'nasa-ads-aastex-journal-macros',
  'protected-case-and-math',
  'string-macros-and-concatenation',
  'urls-with-percent-and-underscore',
  'year-with-disambiguation-letter',
  'zotero-better-bibtex-export',
];
