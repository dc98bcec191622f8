/** `profile import` as a real process, on recorded answers and exported files: read, merged by identity, reported. */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const fixtureDir = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const fetchedDir = fileURLToPath(new URL('../../fixtures/fetch/', import.meta.url));
const orcidSummary = 'orcid-works-v3-three-groups-one-without-publication-date.json';
const orcidBulk = 'orcid-works-bulk-v3-two-works-with-contributors-and-an-html-citation.json';
const openalex = 'openalex-work-journal-article-with-corresponding-author.json';

const { fresh } = useTempFolders();

/** `root/profile` with the given profile.md front matter, and the named fixtures copied to `root/`. */
async function profileWith(root: string, frontMatter: string, fixtures: readonly string[]): Promise<string> {
  await writeFiles(root, { 'profile/profile.md': `---\n${frontMatter}---\n` });
  for (const fixture of fixtures) await copyFile(path.join(fixtureDir, fixture), path.join(root, fixture));
  return path.join(root, 'profile');
}

describe.concurrent('import', () => {
  test('an ORCID summary, then the full works of its put-codes: the full works add the authors, by put-code', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWith(root, 'name: Di Xu\norcid: 0000-0002-0613-2229\n', [orcidSummary, orcidBulk]);
    const result = await runCli(['import', orcidSummary, orcidBulk, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/2021verification (${orcidSummary}:1)`,
        `added           pub/2020cascade (${orcidSummary}:2)`,
        `added           pub/absolute (${orcidSummary}:3)`,
        `merged          into pub/2020cascade (${orcidBulk}:1, same key): another source: added authors`,
        `merged          into pub/2021verification (${orcidBulk}:2, same key): another source: added authors`,
        'import: 3 added, 0 updated, 2 merged, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    // ORCID's summary names no authors; the record is the owner's, so no "not among the authors" warning.
    expect(result.stderr).toBe(
      [
        `${orcidSummary}:1: warning: entry "orcid:0000-0002-0613-2229:89975745": has no author or editor; imported without authors`,
        `${orcidSummary}:2: warning: entry "orcid:0000-0002-0613-2229:76065020": has no author or editor; imported without authors`,
        `${orcidSummary}:3: warning: entry "orcid:0000-0002-0613-2229:64418159": has no author or editor; imported without authors`,
        '',
      ].join('\n'),
    );
    const paper = await readFile(path.join(dir, 'publications/2020cascade.md'), 'utf8');
    expect(paper).toContain(
      [
        'authors:',
        '  - { family: Xu, given: Di }',
        '  - { family: Coleto, given: Andres Garcia }',
        '  - { family: Moon, given: Benjamin }',
        '  - { family: Papa, given: Jonathan C. }',
        '  - { family: Pomerantz, given: Michael }',
        '  - { family: Rolland, given: Jannick P. }',
        'date: "2020-07-06"',
        'venue: Optics Express',
        'doi: 10.1364/oe.394638',
        'orcidPutCode: "76065020"',
      ].join('\n'),
    );
    const undated = await readFile(path.join(dir, 'publications/absolute.md'), 'utf8');
    expect(undated).not.toContain('date:');
    const validate = await runCli(['validate', '--dir', dir], { cwd: root });
    expect(validate.status).toBe(0);
  });

  test('an ORCID 2.x summary (JOURNAL_ARTICLE, SELF): types and DOIs kept; a journal article with an arXiv id is no preprint', async ({
    expect,
  }) => {
    const root = await fresh();
    const file = 'orcid-works-v2-group-of-two-versions-and-a-work-without-doi.json';
    const dir = await profileWith(root, 'name: Alberto Accomazzi\norcid: 0000-0002-4110-3511\n', [file]);
    const result = await runCli(['import', file, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/2022best (${file}:1)`,
        `added           pub/2007closing (${file}:2)`,
        `added           pub/1989approach (${file}:3)`,
        'import: 3 added, 0 updated, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    const read = (name: string) => readFile(path.join(dir, 'publications', `${name}.md`), 'utf8');
    expect(await read('2022best')).toContain(
      [
        'type: article-journal',
        'title: Best Practices for Data Publication in the Astronomical Literature',
        'date: "2022-05"',
        'doi: 10.3847/1538-4365/ac6268',
        'arxiv: "2106.01477"',
        'orcidPutCode: "111778373"',
        'url: https://doi.org/10.3847/1538-4365/ac6268',
        'category: journal',
      ].join('\n'),
    );
    expect(await read('1989approach')).toContain('type: chapter\n');
    expect(await read('1989approach')).toContain('doi: 10.1007/3-540-51044-3_24\n');
    expect(await read('2007closing')).not.toContain('doi:');
  });

  test('OpenAlex: the corresponding author offered; a new download where only the count moved is said so; then nothing to do', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWith(root, 'name: Orest Sebastian Masue\norcid: 0000-0002-7100-3116\n', [openalex]);
    const result = await runCli(['import', openalex, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/masue2016are (${openalex}:1)`,
        '  corresponding: Orest Sebastian Masue marked as the source says (check it)',
        'import: 1 added, 0 updated, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('');
    const paper = await readFile(path.join(dir, 'publications/masue2016are.md'), 'utf8');
    expect(paper).toContain(
      [
        'authors:',
        '  - { family: Masue, given: Orest Sebastian, corresponding: true }',
        '  - { family: Askvik, given: Steinar }',
        'date: "2016-07-22"',
        'venue: International Journal of Public Administration',
        'publisher: Taylor & Francis',
        'volume: "40"',
        'issue: "9"',
        'pages: 780–791',
        'issn: "0190-0692"',
        'doi: 10.1080/01900692.2016.1201839',
        'openalex: W2492449078',
      ].join('\n'),
    );
    expect(paper).toContain('citedBy:\n  - { count: 6, source: openalex, date: "2025-11-06" }\n');

    const text = await readFile(path.join(root, openalex), 'utf8');
    await writeFile(
      path.join(root, openalex),
      text
        .replace('"cited_by_count":6,', '"cited_by_count":7,')
        .replace('"updated_date":"2025-11-06T03:46:38.306776"', '"updated_date":"2025-12-01T02:10:11.000000"'),
    );
    const counts = await runCli(['import', openalex, '--dir', dir], { cwd: root });
    expect(counts.stdout).toBe(
      [
        `updated         pub/masue2016are (${openalex}:1): citation count only`,
        'import: 0 added, 1 updated, 0 unchanged, 0 skipped (1 only in citation counts)',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(dir, 'publications/masue2016are.md'), 'utf8')).toContain(
      'citedBy:\n  - { count: 7, source: openalex, date: "2025-12-01" }\n',
    );
    const again = await runCli(['import', openalex, '--json', '--dir', dir], { cwd: root });
    expect(JSON.parse(again.stdout).summary).toStrictEqual({
      added: 0,
      updated: 0,
      merged: 0,
      folded: 0,
      unchanged: 1,
      skipped: 0,
      problems: 0,
    });
  });

  test('a download cut short: exit 1, nothing written, the reason and what to do', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWith(root, 'name: Orest Sebastian Masue\n', [openalex]);
    const text = await readFile(path.join(root, openalex), 'utf8');
    await writeFile(path.join(root, 'cut.json'), text.slice(0, 3000));
    const result = await runCli(['import', 'cut.json', '--dir', dir], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        'cut.json:1: error: entry skipped: ends in the middle of its JSON (a download cut short?)',
        '  hint: download it again; nothing of it was imported',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toBe('import: 0 added, 0 updated, 0 unchanged, 1 skipped (1 with errors)\n');
  });

  test('files of no works: a list that holds none is 0 works (exit 0); an empty file is refused (exit 1)', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWith(root, 'name: Ada Lovelace\n', []);
    await copyFile(
      path.join(fetchedDir, 'openalex-works-author-with-no-works.json'),
      path.join(root, 'openalex-works-author-with-no-works.json'),
    );
    await writeFile(path.join(root, 'zotero-empty-collection.json'), '[]\n');
    await writeFile(path.join(root, 'scopus-export.ris'), '');
    const lists = ['openalex-works-author-with-no-works.json', 'zotero-empty-collection.json'];
    const none = await runCli(['import', ...lists, '--dir', dir], { cwd: root });
    expect([none.status, none.stdout, none.stderr]).toStrictEqual([
      0,
      [
        'no works        openalex-works-author-with-no-works.json (it lists none)',
        'no works        zotero-empty-collection.json (it lists none)',
        'import: 0 added, 0 updated, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
      '',
    ]);
    const json = await runCli(['import', ...lists, 'scopus-export.ris', '--json', '--dir', dir], { cwd: root });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.sources).toStrictEqual([
      { name: 'openalex-works-author-with-no-works.json', format: 'openalex-works', works: 0, listsNone: true },
      { name: 'zotero-empty-collection.json', format: 'csl-json', works: 0, listsNone: true },
      { name: 'scopus-export.ris', works: 0 },
    ]);
    expect(report.entries.map((entry: { file: string; reason: string }) => [entry.file, entry.reason])).toStrictEqual([
      ['scopus-export.ris', 'is empty'],
    ]);
  });

  test('a BibTeX file is sent to import-bib', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWith(root, 'name: Orest Sebastian Masue\n', []);
    await writeFile(path.join(root, 'refs.bib'), '@article{a, title={T}, author={A, B}, year={2020}}\n');
    const result = await runCli(['import', 'refs.bib', '--dir', dir], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'refs.bib:1: error: entry skipped: is BibTeX\n  hint: import it with profile import-bib refs.bib\n',
    );
  });

  test('MEDLINE, a Latin-1 Scopus RIS, Semantic Scholar, Crossref, Zotero and arXiv files in one import: every identifier and count kept', async ({
    expect,
  }) => {
    const root = await fresh();
    const files = [
      'pubmed-medline-two-records-one-with-orcid-after-a-blank-line.nbib',
      'scopus-ris-latin1-article-with-accented-author.ris',
      'semantic-scholar-author-papers-page-with-pages-and-pubmed-ids.json',
      'zotero-csl-json-accented-family-name-and-ligatures.json',
      'arxiv-atom-entry-with-doi-and-journal-ref.xml',
    ];
    const dir = await profileWith(root, 'name: Anna De Grassi\norcid: 0000-0001-7273-4263\n', files);
    await copyFile(path.join(fetchedDir, 'crossref-work-10.17705-1cais.04607.json'), path.join(root, 'crossref.json'));
    const result = await runCli(['import', ...files, 'crossref.json', '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/qiao2012effects (${files[0]}:2)`,
        `added           pub/laera2020crat (${files[0]}:49)`,
        `added           pub/pierrot2020forc (${files[1]}:1)`,
        `added           pub/higgins2023sars (${files[2]}:1)`,
        `added           pub/li2023pan (${files[2]}:2)`,
        `added           pub/dupre2009new (${files[3]}:1)`,
        `added           pub/cheng2012conservation (${files[4]}:1)`,
        'added           pub/schryen2021knowledge (crossref.json:1)',
        'import: 8 added, 0 updated, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      [
        `${files[1]}:1: warning: entry "doi:10.1063/5.0020407": the file is not UTF-8; it was read as Latin-1 (Windows-1252)`,
        'warning: 7 imported entries do not list you among the authors: pmid:23039619, doi:10.1063/5.0020407, s2:01063e45d9fc9635d29d8d78aa24ed8de351f36a, s2:03df05f4f245084b72a3099c105801f4d63d6e1d, zotero:H8KQMTYV, and 2 more',
        '  hint: add the spelling these entries use to nameVariants in profile.md',
        '',
      ].join('\n'),
    );
    const read = (name: string) => readFile(path.join(dir, 'publications', `${name}.md`), 'utf8');
    expect(await read('laera2020crat')).toContain('doi: 10.1002/humu.23901\npmid: "31448845"\n');
    expect(await read('pierrot2020forc')).toContain('  - { family: Béron, given: F. }\n');
    expect(await read('pierrot2020forc')).toContain("Pierrot, A. and B{\\'e}ron, F. and Blon, T.");
    expect(await read('li2023pan')).toContain(
      'doi: 10.1016/j.cell.2023.07.014\npmid: "37582357"\nsemanticScholar: 03df05f4f245084b72a3099c105801f4d63d6e1d\n',
    );
    expect(await read('li2023pan')).toContain('citedBy:\n  - { count: 4, source: semanticScholar, date: ');
    expect(await read('schryen2021knowledge')).toContain(
      'citedBy:\n  - { count: 10, source: crossref, date: "2023-04-21" }\n',
    );
    expect(await read('cheng2012conservation')).toContain('doi: 10.1007/s11464-013-0304-z\narxiv: "1212.2319"\n');
    const validate = await runCli(['validate', '--dir', dir], { cwd: root });
    expect(validate.status).toBe(0);
  });

  test('a DBLP person page of a homonym: the owner by pid, the homonym number dropped from every name', async ({
    expect,
  }) => {
    const root = await fresh();
    const file = 'dblp-person-homonym-number-and-two-ee-links.xml';
    const dir = await profileWith(root, 'name: Di Xu\ndblp: 95/7448-1\n', [file]);
    const result = await runCli(['import', file, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/coriamendoza2012automatic (${file}:1)`,
        `added           pub/xu2012quality (${file}:2)`,
        `added           pub/pourazad2012random (${file}:3)`,
        `added           pub/xu2011correction (${file}:4)`,
        `added           pub/xu2010guidelines (${file}:5)`,
        `added           pub/xu2010improved (${file}:6)`,
        `added           pub/xu2010saturated (${file}:7)`,
        `added           pub/xu2009logo (${file}:8)`,
        'import: 8 added, 0 updated, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('');
    const paper = await readFile(path.join(dir, 'publications/xu2011correction.md'), 'utf8');
    expect(paper).toContain(
      [
        'authors:',
        '  - { family: Xu, given: Di }',
        '  - { family: Doutre, given: Colin }',
        '  - { family: Nasiopoulos, given: Panos }',
        'date: "2011"',
        'venue: IEEE Trans. Vis. Comput. Graph.',
        'volume: "17"',
        'issue: "3"',
        'pages: 333–344',
        'doi: 10.1109/TVCG.2010.63',
        'dblp: journals/tvcg/XuDN11',
      ].join('\n'),
    );
  });

  test('a DBLP person page (a CoRR and a venue copy) and an arXiv entry: one publication, the preprints folded', async ({
    expect,
  }) => {
    const root = await fresh();
    const files = ['dblp-person-corr-and-venue-copy-with-pids.xml', 'arxiv-atom-preprint-with-doi.xml'];
    await writeFiles(root, { 'profile/profile.md': '---\nname: Michael Ley\ndblp: 00/1\n---\n' });
    for (const file of files) await copyFile(path.join(fixtureDir, file), path.join(root, file));
    const dir = path.join(root, 'profile');
    const result = await runCli(['import', ...files, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/ley2009dblp (${files[0]}:1)`,
        `added           pub/michels2017oxpath (${files[0]}:2)`,
        `folded          preprint into pub/michels2017oxpath (${files[0]}:3, same title and authors): added arxiv, links`,
        `folded          preprint into pub/michels2017oxpath (${files[1]}:1, same DOI): added body`,
        'import: 2 added, 0 updated, 2 folded, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe(
      `${files[1]}:1: warning: entry "arXiv:1703.01234" gives another authors than pub/michels2017oxpath, which keeps its own\n`,
    );
    const paper = await readFile(path.join(dir, 'publications/michels2017oxpath.md'), 'utf8');
    expect(paper).toContain(
      'pages: 1–2\ndoi: 10.1109/JCDL.2017.7991609\narxiv: "1703.01234"\ndblp: conf/jcdl/MichelsFLSS17\n',
    );
    const bib = await runCli(['export', '--format', 'bib', '--dir', dir], { cwd: root });
    expect(bib.stdout).toContain('@inproceedings{DBLP:conf/jcdl/MichelsFLSS17,');
    expect(bib.stdout).toContain('  doi = {10.1109/JCDL.2017.7991609},');
  });

  test('the owner spelt differently is recognised by ORCID iD, and reported without it', async ({ expect }) => {
    const root = await fresh();
    await copyFile(path.join(fixtureDir, openalex), path.join(root, openalex));
    await writeFiles(root, {
      'byOrcid/profile.md': '---\nname: O. Masue-Mzumbe\norcid: https://orcid.org/0000-0002-7100-3116\n---\n',
      'byName/profile.md': '---\nname: O. Masue-Mzumbe\n---\n',
    });
    const byOrcid = await runCli(['import', openalex, '--dir', 'byOrcid', '--dry-run'], { cwd: root });
    expect(byOrcid.stderr).toBe('');
    const byName = await runCli(['import', openalex, '--dir', 'byName', '--dry-run'], { cwd: root });
    expect(byName.stderr).toBe(
      [
        'warning: 1 imported entry does not list you among the authors: openalex:W2492449078',
        '  hint: add the spelling these entries use to nameVariants in profile.md',
        '',
      ].join('\n'),
    );
  });
});
