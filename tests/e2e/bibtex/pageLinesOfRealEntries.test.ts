/**
 * The line `export --format md` writes for publications modelled on real al-folio `papers.bib` files: what a
 * researcher reads on the page after `import-bib`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';
import { profileWithFixtures } from './bibFolders.js';

const { fresh } = useTempFolders();

/** The page's publication lines (`- [**label**] title`), in the page's order. */
async function publicationLines(fixture: string): Promise<string[]> {
  const root = await fresh();
  const dir = await profileWithFixtures(root, [fixture]);
  const imported = await runCli(['import-bib', `${fixture}.bib`, '--dir', dir], { cwd: root });
  if (imported.status !== 0) throw new Error(imported.stderr);
  const page = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });
  return page.stdout.split('\n').filter((line) => line.startsWith('- [**'));
}

describe.concurrent('the page line of a publication from a real al-folio file', () => {
  test('a journal named after its family (JAMA Psychiatry) is labelled by its own name, never as the family', async ({
    expect,
  }) => {
    expect(await publicationLines('journal-family-acronym-before-the-journal-name')).toStrictEqual([
      '- [**JAMA psychiatry 2024**] Parameter Space of Drug Cue Reactivity: A Systematic Review  ',
      '- [**AIMS neuroscience 2023**] How can nanomicelle-curcumin modulate neurotoxicity?  ',
      '- [**BMC Bioinformatics 2022**] Stature estimation from forearm and hand length  ',
      '- [**EMNLP 2021**] A Conference Paper Whose Venue DBLP Writes Short  ',
    ]);
  });
});

describe.concurrent('the author list of a publication from a real al-folio file', () => {
  test('names separated by commas where BibTeX wants "and" are each a name, and the owner is bolded', async ({
    expect,
  }) => {
    const root = await fresh();
    const fixture = 'author-list-separated-by-commas';
    const dir = await profileWithFixtures(root, [fixture]);
    const imported = await runCli(['import-bib', `${fixture}.bib`, '--dir', dir], { cwd: root });
    expect(imported.status).toBe(0);
    expect(imported.stderr).not.toContain('do not list you');
    const page = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });
    const authorLines = page.stdout.split('\n').filter((line) => line.includes('**Zexi Li'));
    expect(authorLines).toStrictEqual([
      '  Peng Wang\\*, **Zexi Li\\***, Yida Zhang, Zaid Farooq Pitafi, Bradley G. Phillips, Yu Chen, and Fei Dou',
      '  Martin Luther King Jr. and **Zexi Li**',
      '  Yimin Wang, **Zexi Li**, and Ye Jiang',
    ]);
  });
});

describe.concurrent('the owner in bold', () => {
  test('an entry that writes the owner in a spelling the page does not bold is named, with the spelling', async ({
    expect,
  }) => {
    const root = await fresh();
    const fixture = 'owner-written-with-a-middle-initial';
    const dir = await profileWithFixtures(root, [fixture]);
    const imported = await runCli(['import-bib', `${fixture}.bib`, '--dir', dir], { cwd: root });
    expect(imported.status).toBe(0);
    expect(imported.stderr).toBe(
      [
        'warning: 1 imported entry writes your name in a spelling the page does not bold: "Zexi J. Li"',
        '  hint: add these spellings to nameVariants in profile.md to show them in bold',
        '',
      ].join('\n'),
    );
    const page = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });
    expect(page.stdout.split('\n').filter((line) => line.includes('Li') && line.startsWith('  '))).toStrictEqual([
      '  Zexi J. Li and Peng Wang',
      '  **Zexi Li**',
    ]);
  });
});

describe.concurrent('the al-folio site of a real al-folio file', () => {
  test('a badge written with its year (`NeurIPS 2024`) is exported as written, on the page and in papers.bib', async ({
    expect,
  }) => {
    const fixture = 'al-folio-abbr-written-with-its-year';
    expect(await publicationLines(fixture)).toStrictEqual([
      '- [**ICRA 2023**] A Fully Binary Point Transformer  ',
      '- [**arXiv 2024**] [Adaptive Token Reduction for Efficient Large Multimodal Models](https://arxiv.org/abs/2403.15388)  ',
      '- [**NeurIPS 2024**] Post-training Quantization for Diffusion Transformers  ',
      '- [**ICASSP 2022**] Frequencies Guided Network Pruning  ',
    ]);
    const root = await fresh();
    const dir = await profileWithFixtures(root, [fixture]);
    await runCli(['import-bib', `${fixture}.bib`, '--dir', dir], { cwd: root });
    const site = path.join(root, 'site');
    const exported = await runCli(['export', '--site', 'al-folio', '--out', site, '--dir', dir], { cwd: root });
    expect(exported.status).toBe(0);
    const papers = await readFile(path.join(site, '_bibliography', 'papers.bib'), 'utf8');
    const badges = Object.fromEntries(
      [...papers.matchAll(/^@\w+\{([\w-]+),\n {2}abbr = \{(.*)\},$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(badges).toStrictEqual({
      Wu_2024_NPIS: 'NeurIPS 2024',
      Li_2024_PruMerge: 'arXiv 2024',
      hou_2024_binarypointcloud: 'ICRA 2023',
      li2022plain: 'ICASSP',
    });
  });
});
