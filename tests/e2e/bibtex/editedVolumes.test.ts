/**
 * Works that name editors and no author (an edited book from Zotero, a DBLP @proceedings) as a real process: the
 * editors are stored as editors and shown where the authors go with `(ed.)`/`(eds.)`, APA writes its edited-book
 * form, CSL-JSON has `editor` and no `author`, the BibTeX export is the entry as read, and import-page reads the
 * page back with the editors as editors. A profile imported before editors were read (its editors under
 * `authors:`) exports the same bytes as it did and re-imports unchanged.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';
import { bibFixtureDir, profileWithFixtures, snapshot } from './bibFolders.js';

const { fresh } = useTempFolders();
const fixture = 'edited-book-dblp-proceedings-and-chapter';
const importedBefore = fileURLToPath(
  new URL('../../fixtures/profiles/edited-volumes-imported-before-editors-were-read/', import.meta.url),
);

async function importedProfile(): Promise<{ root: string; dir: string; output: string }> {
  const root = await fresh();
  const dir = await profileWithFixtures(root, [fixture]);
  const imported = await runCli(['import-bib', `${fixture}.bib`, '--dir', dir], { cwd: root });
  if (imported.status !== 0) throw new Error(imported.stderr);
  return { root, dir, output: imported.stdout + imported.stderr };
}

describe.concurrent('an edited book, a DBLP @proceedings and a chapter', () => {
  test('import-bib stores the editors as editors; the owner, an editor, is found', async ({ expect }) => {
    const { dir, output } = await importedProfile();
    expect(output).toContain('import-bib: 3 added, 0 updated, 0 unchanged, 0 skipped\n');
    expect(output).not.toContain('list you among the authors');
    const book = await readFile(path.join(dir, 'publications/li2021handbook.md'), 'utf8');
    expect(book).not.toContain('\nauthors:');
    expect(book).toContain(
      '\neditors:\n  - { family: Li, given: Zexi }\n  - { family: Okafor, given: Chidi }\n  - { family: Lindqvist, given: Erik }\n',
    );
    const volume = await readFile(path.join(dir, 'publications/li2023proceedings.md'), 'utf8');
    expect(volume).not.toContain('\nauthors:');
    expect(volume).toContain('\neditors:\n  - { family: Li, given: Zexi }\n');
    const chapter = await readFile(path.join(dir, 'publications/haddad2021aggregation.md'), 'utf8');
    expect(chapter).toContain('\nauthors:\n  - { family: Haddad, given: Leila }\n  - { family: Li, given: Zexi }\n');
    expect(chapter).toContain('\neditors:\n  - { family: Li, given: Zexi }\n');
  });

  test('the page writes the editors where the authors go, with (ed.) or (eds.)', async ({ expect }) => {
    const { root, dir } = await importedProfile();
    const page = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });
    expect(page.status).toBe(0);
    expect(page.stdout).toContain(
      [
        '- [Proceedings of the 2nd Workshop on Federated Machine Learning, FedML 2023, Lisbon, Portugal, September 4, 2023](https://ceur-ws.org/Vol-3521)  ',
        '  **Zexi Li** (ed.)',
        '- [**Handbook of Federated Learning 2021**] Secure Aggregation at Scale  ',
        '  Leila Haddad and **Zexi Li**',
        '- Handbook of Federated Learning  ',
        '  **Zexi Li**, Chidi Okafor, and Erik Lindqvist (eds.)',
      ].join('\n'),
    );
  });

  test('import-page reads the page back: the editors as editors, the same lines', async ({ expect }) => {
    const { root, dir } = await importedProfile();
    const page = await runCli(['export', '--format', 'md', '--out', 'about.md', '--dir', dir], { cwd: root });
    expect(page.status).toBe(0);
    const imported = await runCli(['import-page', 'about.md', '--dir', 'read-back'], { cwd: root });
    expect(imported.status).toBe(0);
    const book = await readFile(path.join(root, 'read-back/publications/lihandbook.md'), 'utf8');
    expect(book).not.toContain('\nauthors:');
    expect(book).toContain('\neditors:\n  - { family: Li, given: Zexi }\n  - { family: Okafor, given: Chidi }\n');
    const again = await runCli(['export', '--format', 'md', '--dir', 'read-back'], { cwd: root });
    const entries = (text: string) => text.split('\n- ').slice(1);
    expect(entries(again.stdout)).toStrictEqual(entries(await readFile(path.join(root, 'about.md'), 'utf8')));
  });

  test('--style apa writes the edited-book form', async ({ expect }) => {
    const { root, dir } = await importedProfile();
    const page = await runCli(['export', '--format', 'md', '--style', 'apa', '--dir', dir], { cwd: root });
    expect(page.status).toBe(0);
    const entries = page.stdout.split('\n').filter((line) => line.startsWith('- '));
    expect(entries).toStrictEqual([
      '- **Li, Z.** (Ed.). (2023). *[Proceedings of the 2nd Workshop on Federated Machine Learning, FedML 2023, Lisbon, Portugal, September 4, 2023](https://ceur-ws.org/Vol-3521)* (Vol. 3521). CEUR-WS.org. [https://ceur-ws.org/Vol-3521](https://ceur-ws.org/Vol-3521)',
      '- [**Handbook of Federated Learning 2021**] Haddad, L., & **Li, Z.** (2021). Secure Aggregation at Scale. In **Z. Li**, C. Okafor, & E. Lindqvist (Eds.), *Handbook of Federated Learning* (pp. 45–78). MIT Press.',
      '- **Li, Z.**, Okafor, C., & Lindqvist, E. (Eds.). (2021). *Handbook of Federated Learning*. MIT Press.',
    ]);
  });

  test('export --format bib writes each entry back as read', async ({ expect }) => {
    const { root, dir } = await importedProfile();
    const bib = await runCli(['export', '--format', 'bib', '--dir', dir], { cwd: root });
    expect(bib.status).toBe(0);
    expect(bib.stdout).toBe(
      [
        '@proceedings{DBLP:conf/fedml/2023,',
        '  editor = {Zexi Li},',
        '  title = {Proceedings of the 2nd Workshop on Federated Machine Learning, {FedML} 2023, Lisbon, Portugal, September 4, 2023},',
        '  series = {{CEUR} Workshop Proceedings},',
        '  volume = {3521},',
        '  publisher = {CEUR-WS.org},',
        '  year = {2023},',
        '  url = {https://ceur-ws.org/Vol-3521},',
        '  timestamp = {Mon, 02 Oct 2023 10:12:41 +0200},',
        '  biburl = {https://dblp.org/rec/conf/fedml/2023.bib},',
        '  bibsource = {dblp computer science bibliography, https://dblp.org}',
        '}',
        '',
        '@incollection{haddad2021aggregation,',
        '  title = {Secure Aggregation at Scale},',
        '  booktitle = {Handbook of Federated Learning},',
        '  author = {Haddad, Leila and Li, Zexi},',
        '  editor = {Li, Zexi and Okafor, Chidi and Lindqvist, Erik},',
        '  date = {2021},',
        '  pages = {45--78},',
        '  publisher = {{MIT Press}},',
        '  location = {Cambridge, MA}',
        '}',
        '',
        '@book{li2021handbook,',
        '  title = {Handbook of Federated Learning},',
        '  editor = {Li, Zexi and Okafor, Chidi and Lindqvist, Erik},',
        '  date = {2021},',
        '  publisher = {{MIT Press}},',
        '  location = {Cambridge, MA},',
        '  isbn = {978-0-262-04630-1},',
        '  langid = {english}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('CSL-JSON: editor and no author for the edited volumes, both for the chapter', async ({ expect }) => {
    const { root, dir } = await importedProfile();
    const csl = await runCli(['export', '--format', 'csl-json', '--dir', dir], { cwd: root });
    expect(csl.status).toBe(0);
    const items = JSON.parse(csl.stdout) as { id: string; author?: unknown[]; editor?: unknown[] }[];
    expect(items.map((item) => [item.id, item.author?.length, item.editor?.length])).toStrictEqual([
      ['DBLP:conf/fedml/2023', undefined, 1],
      ['haddad2021aggregation', 2, 3],
      ['li2021handbook', undefined, 3],
    ]);
  });
});

describe.concurrent('a profile imported before editors were read (its editors under authors)', () => {
  async function copied(): Promise<{ root: string; dir: string }> {
    const root = await fresh();
    await cp(path.join(importedBefore, 'profile'), path.join(root, 'profile'), { recursive: true });
    await cp(path.join(bibFixtureDir, `${fixture}.bib`), path.join(root, `${fixture}.bib`));
    return { root, dir: path.join(root, 'profile') };
  }

  test('export --format bib gives the same bytes as before', async ({ expect }) => {
    const { root, dir } = await copied();
    const bib = await runCli(['export', '--format', 'bib', '--dir', dir], { cwd: root });
    expect(bib.status).toBe(0);
    expect(bib.stdout).toBe(await readFile(path.join(importedBefore, 'export-before.bib'), 'utf8'));
  });

  test('importing the same file again changes nothing', async ({ expect }) => {
    const { root, dir } = await copied();
    const before = await snapshot(dir);
    const again = await runCli(['import-bib', `${fixture}.bib`, '--dir', dir], { cwd: root });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('import-bib: 0 added, 0 updated, 3 unchanged, 0 skipped\n');
    expect(again.stderr).not.toContain('list you among the authors');
    expect(await snapshot(dir)).toStrictEqual(before);
  });
});
