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
    expect(paper).toContain('citedBy:\n  - count: 394\n    source: openalex\n    date: "2022-05-27"\n');
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
});
