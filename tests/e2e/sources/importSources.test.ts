/** `profile import` as a real process: ORCID, OpenAlex and Zotero files of one researcher merged into one list. */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const fixtureDir = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const orcid = 'orcid-works-group-of-three-versions-and-a-work-without-doi.json';
const openalex = 'openalex-works-journal-article-with-pmid-and-corresponding.json';
const zotero = 'zotero-csl-json-two-articles.json';

const { fresh } = useTempFolders();

/** `root/profile` owned by Heather Piwowar (by ORCID iD), and the named fixtures copied to `root/`. */
async function profileWith(root: string, fixtures: readonly string[]): Promise<string> {
  await writeFiles(root, { 'profile/profile.md': '---\nname: Heather Piwowar\norcid: 0000-0003-1613-5981\n---\n' });
  for (const fixture of fixtures) await copyFile(path.join(fixtureDir, fixture), path.join(root, fixture));
  return path.join(root, 'profile');
}

describe.concurrent('import', () => {
  test('ORCID, OpenAlex and Zotero: three versions and two sources of one paper become one publication', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWith(root, [orcid, openalex, zotero]);
    const result = await runCli(['import', orcid, openalex, zotero, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        `added           pub/2018state (${orcid}:1)`,
        `added           pub/2013data (${orcid}:2)`,
        `merged          into pub/2018state (${openalex}:1, same DOI): another source: added authors, body, citedBy, date, issn, openalex, pages, publisher, volume`,
        '  corresponding: Heather A. Piwowar marked as the source says (check it)',
        `merged          into pub/2018state (${zotero}:1, same DOI): another source: added url`,
        `merged          into pub/2013data (${zotero}:2, same title and authors): another source: added authors, date, doi, pages, url, volume`,
        'import: 2 added, 0 updated, 3 merged, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    // ORCID's summary names no authors; the record is the owner's, so no "not among the authors" warning.
    expect(result.stderr).toBe(
      [
        `${orcid}:1: warning: entry "orcid:0000-0003-1613-5981:43214563": has no author or editor; imported without authors`,
        `${orcid}:2: warning: entry "orcid:0000-0003-1613-5981:20483712": has no author or editor; imported without authors`,
        '',
      ].join('\n'),
    );
    const paper = await readFile(path.join(dir, 'publications/2018state.md'), 'utf8');
    expect(paper).toContain(
      [
        'doi: 10.7717/peerj.4375',
        'pmid: "29456894"',
        'openalex: W2741809807',
        'orcidPutCode: "43214563"',
        'url: https://peerj.com/articles/4375',
      ].join('\n'),
    );
    expect(paper).toContain('citedBy:\n  - { count: 394, source: openalex, date: "2022-05-27" }\n');
    const validate = await runCli(['validate', '--dir', dir], { cwd: root });
    expect(validate.status).toBe(0);

    // A new download where only the count moved: reported as such; then nothing to do.
    const text = await readFile(path.join(root, openalex), 'utf8');
    await writeFile(path.join(root, openalex), text.replace('"cited_by_count": 394', '"cited_by_count": 402'));
    const counts = await runCli(['import', openalex, '--dir', dir], { cwd: root });
    expect(counts.stdout).toBe(
      [
        `updated         pub/2018state (${openalex}:1): citation count only`,
        'import: 0 added, 1 updated, 0 unchanged, 0 skipped (1 only in citation counts)',
        '',
      ].join('\n'),
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
    const dir = await profileWith(root, [openalex]);
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

  test('a BibTeX file is sent to import-bib', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWith(root, []);
    await writeFile(path.join(root, 'refs.bib'), '@article{a, title={T}, author={A, B}, year={2020}}\n');
    const result = await runCli(['import', 'refs.bib', '--dir', dir], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'refs.bib:1: error: entry skipped: is BibTeX\n  hint: import it with profile import-bib refs.bib\n',
    );
  });

  test('PubMed, a Latin-1 Scopus RIS, Semantic Scholar and Crossref: one paper, every identifier and count kept', async ({
    expect,
  }) => {
    const root = await fresh();
    const files = [
      'pubmed-medline-journal-article.nbib',
      'scopus-ris-latin1-two-articles.ris',
      'semantic-scholar-author-papers-journal-and-arxiv-only.json',
      'crossref-work-journal-article.json',
    ];
    const dir = await profileWith(root, files);
    const result = await runCli(['import', ...files, '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'added           pub/piwowar2018state (pubmed-medline-journal-article.nbib:1)',
        'merged          into pub/piwowar2018state (scopus-ris-latin1-two-articles.ris:1, same DOI): another source: added issue, url',
        'added           pub/piwowar2013data (scopus-ris-latin1-two-articles.ris:25)',
        'merged          into pub/piwowar2018state (semantic-scholar-author-papers-journal-and-arxiv-only.json:1, same DOI): another source: added citedBy, date, semanticScholar',
        'added           pub/piwowar2017work (semantic-scholar-author-papers-journal-and-arxiv-only.json:2)',
        'merged          into pub/piwowar2018state (crossref-work-journal-article.json:1, same key): another source: added citedBy, publisher',
        'import: 3 added, 0 updated, 3 merged, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    // Scopus numbers PeerJ's volumes by year: the publication keeps PubMed's 6 and says so.
    expect(result.stderr).toBe(
      [
        'scopus-ris-latin1-two-articles.ris:1: warning: entry "doi:10.7717/peerj.4375" gives another volume than pub/piwowar2018state, which keeps its own',
        'scopus-ris-latin1-two-articles.ris:1: warning: entry "doi:10.7717/peerj.4375": the file is not UTF-8; it was read as Latin-1 (Windows-1252)',
        'semantic-scholar-author-papers-journal-and-arxiv-only.json:1: warning: entry "s2:1d5ec0a8b8c4a3a5d7f1c2fa3a5a2b3c4d5e6f70" gives another url than pub/piwowar2018state, which keeps its own',
        '',
      ].join('\n'),
    );
    const paper = await readFile(path.join(dir, 'publications/piwowar2018state.md'), 'utf8');
    expect(paper).toContain('pmid: "29456894"\nsemanticScholar: 1d5ec0a8b8c4a3a5d7f1c2fa3a5a2b3c4d5e6f70\n');
    expect(paper).toContain(
      'citedBy:\n  - { count: 1205, source: crossref, date: "2026-11-28" }\n  - { count: 1131, source: semanticScholar, date: ',
    );
    const data = await readFile(path.join(dir, 'publications/piwowar2013data.md'), 'utf8');
    expect(data).toContain('  - { family: Piwowar, given: H.A. }');
    const scopus = await readFile(path.join(dir, 'publications/piwowar2018state.md'), 'utf8');
    expect(scopus).toContain('Larivi{\\`e}re, V.');
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
      'byOrcid/profile.md': '---\nname: Heather Piwowar-Priem\norcid: https://orcid.org/0000-0003-1613-5981\n---\n',
      'byName/profile.md': '---\nname: Heather Piwowar-Priem\n---\n',
    });
    const byOrcid = await runCli(['import', openalex, '--dir', 'byOrcid', '--dry-run'], { cwd: root });
    expect(byOrcid.stderr).toBe('');
    const byName = await runCli(['import', openalex, '--dir', 'byName', '--dry-run'], { cwd: root });
    expect(byName.stderr).toBe(
      [
        'warning: 1 imported entry does not list you among the authors: openalex:W2741809807',
        '  hint: add the spelling these entries use to nameVariants in profile.md',
        '',
      ].join('\n'),
    );
  });
});
