/**
 * "Never skip an entry that BibTeX itself would read", checked against BibTeX itself: every .bib fixture is read by
 * the real `bibtex` program (tests/support/bibtex.ts) and imported by the built CLI, and the two are compared entry
 * by entry. An entry BibTeX reads is imported, or reported with its reason; the year and the number of authors agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type BibtexReading, bibtexMissing, readWithBibtex } from '../../support/bibtex.js';
import { runCli } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const { fresh } = useTempFolders();
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every .bib file under tests/fixtures/, by its path there. */
function bibFixtures(folder = fixtures): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return bibFixtures(full);
    return entry.name.endsWith('.bib') ? [path.relative(fixtures, full)] : [];
  });
}

/**
 * Where profile reads differently from BibTeX 0.99d, on purpose, each with why. BibTeX knows no comments: it reads an
 * `@article{…}` inside `@comment{…}` or after a `%` as an entry; biber, bibtex-ruby (jekyll-scholar) and every
 * reference manager read them as the comments their authors meant, and so does profile.
 */
const readOnPurposeAsComments: Record<string, readonly string[]> = {
  'bib/comment-preamble-and-percent-lines.bib': ['commented-out', 'not-an-entry'],
};
/** Files that are not UTF-8 are refused whole, with an error naming the line and how to convert them. */
/**
 * Author lists written with commas where BibTeX wants `and`: BibTeX reads each list as one name ("Too many commas"),
 * profile as the names the researcher listed (src/bibtex/bibtexNames.ts), so the number of authors differs on purpose.
 */
const commaListsReadAsNames: Record<string, readonly string[]> = {
  'bib/author-list-separated-by-commas.bib': ['song2026attention', 'wang2019flare'],
};
const refusedAsNotUtf8 = new Set(['bib/broken-latin1-not-utf8.bib', 'adversarial/bib-latin1-bytes.bib']);

interface ReportEntry {
  status: string;
  key?: string;
  id?: string;
  reason?: string;
  problem?: boolean;
}

interface ListedPublication {
  id: string;
  fields: { date?: string; authors?: unknown[] };
}

async function importWithProfile(fixture: string): Promise<{
  status: number | null;
  stderr: string;
  entries: ReportEntry[];
  publications: Map<string, ListedPublication>;
}> {
  const root = await fresh();
  await writeFiles(root, { 'profile/profile.md': '---\nname: Zexi Li\n---\n' });
  const dir = path.join(root, 'profile');
  const imported = await runCli(['import-bib', path.join(fixtures, fixture), '--dir', dir, '--json'], { cwd: root });
  const entries = imported.stdout === '' ? [] : (JSON.parse(imported.stdout) as { entries: ReportEntry[] }).entries;
  const listed = await runCli(['list', 'publications', '--json', '--all', '--dir', dir], { cwd: root });
  const publications = new Map(
    (JSON.parse(listed.stdout || '[]') as ListedPublication[]).map((publication) => [publication.id, publication]),
  );
  return { status: imported.status, stderr: imported.stderr, entries, publications };
}

const importedStatuses = new Set(['added', 'merged', 'folded']);
const crossrefTarget = /^is the crossref target of \d+ entr(?:y|ies), whose fields it completes/;
/**
 * What BibTeX reads without an error and profile refuses, each as an error naming the entry and what to do: a key
 * LaTeX cannot `\cite` (`x\y`), an entry without a title (nothing to show on a page), and a `}` that closes an entry
 * before its end, where BibTeX quietly drops the fields after it.
 */
const refusedOnPurpose = [
  /which LaTeX cannot cite/,
  /^has no title$/,
  /^a "}" at line \d+ closes the entry before its end, so the fields after it would be lost$/,
];

describe.skipIf(bibtexMissing !== undefined)(`what BibTeX reads is imported ${bibtexMissing ?? ''}`, () => {
  test('the fixtures hold the syntax real exports write, and BibTeX reads each of them', () => {
    const files = bibFixtures();
    expect(files.length).toBeGreaterThan(30);
    const variants = readWithBibtex(readFileSync(path.join(fixtures, 'bib/bibtex-syntax-real-exports-write.bib')));
    expect(variants.errors).toBe(0);
    expect(variants.entries.map((entry) => entry.key)).toStrictEqual([
      '9354321',
      '10.1145/3448016.3457001',
      '10.1007/978-3-030-59410-7_12',
      'Li1998',
      'li2019spaced',
      'li2018tabs',
      'Müller2017Unicode',
      'li2022toolkit',
      'li2023blog',
      'li2016report',
    ]);
  });

  for (const fixture of bibFixtures())
    test.concurrent(fixture, async ({ expect }) => {
      const bibtex: BibtexReading = readWithBibtex(readFileSync(path.join(fixtures, fixture)));
      const ours = await importWithProfile(fixture);

      if (refusedAsNotUtf8.has(fixture)) {
        expect(ours.status).toBe(1);
        expect(ours.stderr).toMatch(/not valid UTF-8; nothing was imported\n {2}hint: convert it first, e\.g\. `iconv/);
        return;
      }

      const reported = new Map(ours.entries.map((entry) => [entry.key, entry]));
      const asComments = new Set(readOnPurposeAsComments[fixture] ?? []);
      for (const read of bibtex.entries) {
        if (asComments.has(read.key)) {
          expect(reported.has(read.key), `${read.key} is a comment's text`).toBe(false);
          continue;
        }
        const entry = reported.get(read.key);
        if (bibtex.errors > 0 && entry === undefined) {
          // BibTeX said the entry is broken and read what it could (a key made of a field name, an empty key): the
          // import must have said so too.
          expect(
            ours.entries.some((other) => other.problem === true),
            `${read.key}: BibTeX's errors were reported`,
          ).toBe(true);
          continue;
        }
        expect(entry, `BibTeX reads "${read.key}"; the import reports it`).toBeDefined();
        if (entry === undefined || bibtex.errors > 0) continue;

        // A file BibTeX reads without an error: each entry is a publication, a crossref target that completes one,
        // or one of the few it reads that profile refuses on purpose, with an error that says why.
        if (entry.status === 'skipped') {
          const refused = refusedOnPurpose.some((refusal) => refusal.test(entry.reason ?? ''));
          expect(entry.problem, `${read.key}: ${entry.reason}`).toBe(refused);
          if (!refused) expect(entry.reason).toMatch(crossrefTarget);
          continue;
        }
        expect(importedStatuses.has(entry.status), `${read.key} is ${entry.status}`).toBe(true);
        const publication = ours.publications.get(entry.id ?? '');
        expect(publication, `${read.key} is listed as ${entry.id}`).toBeDefined();
        if (publication === undefined) continue;
        // A preprint folded into its published version is listed with the published version's date.
        if (entry.status === 'added' && /^\d{4}$/.test(read.year))
          expect(publication.fields.date?.slice(0, 4), read.key).toBe(read.year);
        if (read.authors > 0 && !commaListsReadAsNames[fixture]?.includes(read.key))
          expect(publication.fields.authors?.length, read.key).toBe(read.authors);
      }
      // Nothing imported that BibTeX does not read, but for the entries BibTeX itself reports as broken.
      const readByBibtex = new Set(bibtex.entries.map((entry) => entry.key));
      for (const entry of ours.entries) {
        if (readByBibtex.has(entry.key ?? '') || entry.problem === true) continue;
        expect(bibtex.errors, `"${entry.key}" is imported, and BibTeX had errors where it is`).toBeGreaterThan(0);
      }
    });
});
