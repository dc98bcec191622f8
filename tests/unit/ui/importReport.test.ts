/** The import report's word on a source that lists no works: one line of the text report, `sources` in its JSON. */
import { expect, test } from 'vitest';
import type { ImportReportEntry } from '../../../src/bibtex/planBibImport.js';
import { printImportReport, renderImportReportJson } from '../../../src/ui/importReport.js';
import type { ImportedSource } from '../../../src/useCases/importSources.js';

const sources: ImportedSource[] = [
  { name: 'openalex:A5023888391', format: 'openalex-works', works: 0, listsNone: true },
  { name: 'works.json', format: 'csl-json', works: 1 },
];
const added: ImportReportEntry = { status: 'added', file: 'works.json', line: 1, key: 'k', id: 'pub/k' };

function printed(dryRun: boolean, withSources = true): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  printImportReport([added], {
    dryRun,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    command: 'import',
    ...(withSources ? { sources } : {}),
  });
  return { stdout, stderr };
}

test('a source that lists no works says so on a line of its own, before the summary; the others add their entries', () => {
  expect(printed(false)).toStrictEqual({
    stdout: [
      'added           pub/k (works.json:1)',
      'no works        openalex:A5023888391 (it lists none)',
      'import: 1 added, 0 updated, 0 unchanged, 0 skipped',
      '',
    ].join('\n'),
    stderr: '',
  });
  expect(printed(true).stdout).toBe(
    [
      'would be added    pub/k (works.json:1)',
      'no works          openalex:A5023888391 (it lists none)',
      'import: 1 added, 0 updated, 0 unchanged, 0 skipped; dry run, nothing was written',
      '',
    ].join('\n'),
  );
  // import-bib has no sources: its report is as it was.
  expect(printed(false, false).stdout).toBe(
    ['added           pub/k (works.json:1)', 'import: 1 added, 0 updated, 0 unchanged, 0 skipped', ''].join('\n'),
  );
});

test('--json: the sources with their works after the summary; without sources (import-bib) none', () => {
  expect(JSON.parse(renderImportReportJson([], false, sources))).toStrictEqual({
    dryRun: false,
    summary: { added: 0, updated: 0, merged: 0, folded: 0, unchanged: 0, skipped: 0, problems: 0 },
    sources,
    entries: [],
  });
  expect(Object.keys(JSON.parse(renderImportReportJson([], true)))).toStrictEqual(['dryRun', 'summary', 'entries']);
});
