/**
 * The line `export --format md` writes for publications modelled on real al-folio `papers.bib` files: what a
 * researcher reads on the page after `import-bib`.
 */
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
