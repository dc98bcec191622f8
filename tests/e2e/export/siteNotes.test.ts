/**
 * What `export --site` says after writing: a note about files is said in the run that writes them, not on every run,
 * and advice about `_config.yml` names only what the site's own `_config.yml` lacks.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();

const notes = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('note: '));
const preprints = /^note: In _config\.yml, add `preprints: \{ title: 'Preprints' \}` under publication_category/;
const academicpagesDates = /^note: academicpages prints a publication's page date and a talk's date as a day/;

describe.concurrent('notes after export --site', () => {
  test('academicpages: the dates note comes with the run that writes the files; the preprints advice until _config.yml has the category', async ({
    expect,
  }) => {
    const site = await fresh();
    await copyBundledProfile(site);
    const run = () => runCli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'], { cwd: site });

    const first = notes((await run()).stderr);
    expect(first).toHaveLength(2);
    expect(first[0]).toMatch(preprints);
    expect(first[1]).toMatch(academicpagesDates);

    // Nothing changed: the dates note is not said again; the settings advice is, while _config.yml lacks them.
    const second = notes((await run()).stderr);
    expect(second).toHaveLength(1);
    expect(second[0]).toMatch(preprints);

    await writeFile(
      path.join(site, '_config.yml'),
      "title: Site\npublication_category:\n  books: { title: 'Books' }\n  conferences: { title: 'Conference Papers' }\n  manuscripts: { title: 'Journal Articles' }\n  preprints: { title: 'Preprints' }\n",
    );
    expect(notes((await run()).stderr)).toEqual([]);
  });

  test('al-folio: the note about month-only news dates comes once, with the files', async ({ expect }) => {
    const site = await fresh();
    await copyBundledProfile(site);
    const run = () => runCli(['export', '--site', 'al-folio', '--dir', 'profile', '--out', '.'], { cwd: site });
    const first = notes((await run()).stderr);
    expect(first.filter((line) => line.startsWith('note: al-folio prints every news date as a day'))).toEqual([
      'note: al-folio prints every news date as a day (Jul 01, 2025) and offers no other form: 11 news items known only to their month or year show the 1st.',
    ]);
    const second = notes((await run()).stderr);
    expect(second.filter((line) => line.startsWith('note: al-folio prints'))).toEqual([]);
  });
});
