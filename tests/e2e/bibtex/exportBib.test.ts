/** `profile export --format bib` as a real process: BibTeX that citation-js reads back, with every imported field. */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';
import { profileWithFixtures } from './bibFolders.js';

const { fresh, freshBundledCopy } = useTempFolders();

interface RawEntry {
  label: string;
  type: string;
  properties: Record<string, string | number>;
}

const parse = (text: string) => plugins.input.data(text, '@biblatex/text') as RawEntry[];

describe.concurrent('export --format bib', () => {
  test('the bundled profile: valid BibTeX, one entry per publication, hidden ones too', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCli(['export', '--format', 'bib', '--dir', dir], { cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const entries = parse(result.stdout);
    expect(entries).toHaveLength(9);
    expect(entries.map((entry) => entry.label)).toContain('li2023edge');
  });

  test('--visible leaves hidden publications out; it is an option of bib only', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const visible = await runCli(['export', '--format', 'bib', '--visible', '--dir', dir], { cwd: root });
    expect(visible.status).toBe(0);
    expect(parse(visible.stdout).map((entry) => entry.label)).not.toContain('li2023edge');
    const page = await runCli(['export', '--format', 'md', '--visible', '--dir', dir], { cwd: root });
    expect(page.status).toBe(2);
    expect(page.stderr).toContain('error: --visible is an option of --format bib and csl-json\n');
  });

  test('an imported al-folio file comes back with every custom field and the original keys, to --out', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['al-folio-papers-custom-fields']);
    const imported = await runCli(['import-bib', 'al-folio-papers-custom-fields.bib', '--dir', dir], { cwd: root });
    expect(imported.status).toBe(0);
    const result = await runCli(['export', '--format', 'bib', '--out', 'papers.bib', '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('wrote papers.bib\n');
    const [physRev] = parse(await readFile(path.join(root, 'papers.bib'), 'utf8')).filter(
      (entry) => entry.label === 'PhysRev.47.777',
    );
    expect(physRev?.properties).toMatchObject({
      abbr: 'PhysRev',
      author: 'Einstein*†, A. and Podolsky*, B. and Rosen*, N.',
      selected: 'true',
      pdf: 'example_pdf.pdf',
      altmetric: '248277',
      dimensions: 'true',
      google_scholar_id: 'qyhmnyLat1gC',
      annotation: '* Example use of superscripts<br>† Albert Einstein',
      inspirehep_id: '3255',
      publisher: 'American Physical Society,',
    });
  });
});

describe.concurrent('export --format bib into al-folio’s _bibliography/papers.bib', () => {
  test('writes the file export --site al-folio writes, so --check of either passes after the other', async ({
    expect,
  }) => {
    const site = await fresh();
    await copyBundledProfile(site);
    const run = (args: string[]) => runCli([...args, '--dir', 'profile'], { cwd: site });
    const papers = path.join(site, '_bibliography/papers.bib');

    expect((await run(['export', '--site', 'al-folio', '--out', '.'])).status).toBe(0);
    const fromSite = await readFile(papers, 'utf8');
    for (const visible of [[], ['--visible']]) {
      const check = await run([
        'export',
        '--format',
        'bib',
        ...visible,
        '--out',
        '_bibliography/papers.bib',
        '--check',
      ]);
      expect(check.stdout).toBe('up to date: _bibliography/papers.bib\n');
      expect(check.status).toBe(0);
    }
    expect((await run(['export', '--format', 'bib', '--out', '_bibliography/papers.bib'])).status).toBe(0);
    expect(await readFile(papers, 'utf8')).toBe(fromSite);
    const siteCheck = await run(['export', '--site', 'al-folio', '--out', '.', '--check']);
    expect(siteCheck.status).toBe(0);
    // Anywhere else, --format bib is the plain export: every publication, hidden ones too.
    const plain = await run(['export', '--format', 'bib']);
    expect(plain.stdout).not.toBe(fromSite);
    expect(plain.stdout).toContain('li2023edge');
    expect(fromSite).not.toContain('li2023edge');
  });
});

describe.concurrent('a month joined with # to a day or another month (`dec # "~24"`)', () => {
  test('is exported as written, dates the publication to its day, and imports back unchanged', async ({ expect }) => {
    const root = await fresh();
    const fixture = 'month-joined-to-a-day-or-another-month';
    const dir = await profileWithFixtures(root, [fixture]);
    const run = (args: string[]) => runCli([...args, '--dir', dir], { cwd: root });
    expect((await run(['import-bib', `${fixture}.bib`])).status).toBe(0);

    const listed = await run(['list', 'publications', '--json']);
    const dates = Object.fromEntries(
      (JSON.parse(listed.stdout) as { id: string; date?: string }[]).map((item) => [item.id, item.date]),
    );
    expect(dates).toMatchObject({
      'pub/chuan2021-np': '2021-01-31',
      'pub/month-macro-tie-day': '2024-12-24',
      'pub/cettolo-etal-2012-wit3': '2012-05',
      'pub/phdthesis-full': '1988-06',
    });

    const exported = await run(['export', '--format', 'bib', '--out', 'export.bib']);
    expect(exported.status).toBe(0);
    const bib = await readFile(path.join(root, 'export.bib'), 'utf8');
    expect(bib).toContain('  year = {2024},\n  month = dec # "~24"\n}');
    expect(bib).toContain('  month = "31~" # jan,\n');
    expect(bib).toContain('  month = may # " 31--2 " # jun,\n');
    expect(bib).not.toContain('12~24');
    // citation-js reads the export as it reads the original: the macro as its number, the day after it.
    const christmas = parse(bib).find((entry) => entry.label === 'month-macro-tie-day');
    expect(christmas?.properties.month).toBe('12~24');

    const again = await run(['import-bib', 'export.bib', '--json']);
    expect(again.status).toBe(0);
    const report = JSON.parse(again.stdout) as { summary: Record<string, number> };
    expect(report.summary).toMatchObject({ added: 0, updated: 0, unchanged: 11, skipped: 0 });

    const csl = JSON.parse((await run(['export', '--format', 'csl-json'])).stdout) as {
      id: string;
      issued?: { 'date-parts': number[][] };
    }[];
    const issued = Object.fromEntries(csl.map((item) => [item.id, item.issued?.['date-parts']]));
    expect(issued).toMatchObject({ 'month-macro-tie-day': [[2024, 12, 24]], 'cettolo-etal-2012-wit3': [[2012, 5]] });

    expect((await run(['export', '--site', 'al-folio', '--out', 'site'])).status).toBe(0);
    const papers = await readFile(path.join(root, 'site/_bibliography/papers.bib'), 'utf8');
    // al-folio shows `{{ entry.month | capitalize }}` and the year: the month's macro, "Dec 2024", as for any entry.
    const alFolioMonths = [...papers.matchAll(/^@\w+\{([^,]+),[^@]*?\n {2}month = ([^,\n]*)/gm)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(Object.fromEntries(alFolioMonths)).toMatchObject({
      'month-macro-tie-day': 'dec',
      'Chuan2021-np': 'jan',
      'norregaard-derczynski-2021-danfever': 'may',
    });
    expect(papers).not.toContain('12~24');
  });
});
