/**
 * The README's "Use in CI" workflow as a site repository would run it: the YAML parses, the install step avoids
 * the global git install npm cannot do, and its `profile` steps, run word for word, pass on an up-to-date site and
 * fail once the profile is edited without regenerating.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli } from './runCli.js';
import { copyBundledProfile, useTempFolders } from './tempFolders.js';

const { fresh } = useTempFolders();

interface WorkflowStep {
  name?: string;
  uses?: string;
  run?: string;
}

/** The one fenced YAML block of the README's "Use in CI" section, parsed. */
async function readmeWorkflow(): Promise<{ jobs: Record<string, { steps: WorkflowStep[] }> }> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Use in CI\n')) ?? '';
  const blocks = [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
  expect(blocks).toHaveLength(1);
  return parse(blocks[0] ?? '');
}

test('the README workflow installs a built clone and its profile steps work as written', async () => {
  const workflow = await readmeWorkflow();
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  expect(steps.map((step) => step.uses ?? step.name)).toEqual([
    'actions/checkout@v7',
    'actions/setup-node@v7',
    'Install profile',
    'Validate the profile folder',
    'Check the generated site files are up to date',
  ]);
  const install = steps.find((step) => step.name === 'Install profile')?.run ?? '';
  // npm/cli#8440: a global install of a git URL skips the devDependencies its `prepare` build needs.
  expect(install).not.toMatch(/npm install --global ["']?git\+/);
  expect(install).toMatch(/npm ci --prefix "\$RUNNER_TEMP\/profile"/);

  const profileCommands = steps
    .map((step) => step.run?.trim() ?? '')
    .filter((run) => run.startsWith('profile '))
    .map((run) => run.split(/\s+/).slice(1));
  expect(profileCommands).toEqual([
    ['validate', '--dir', 'profile'],
    ['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.', '--check'],
  ]);

  // A site repository whose generated files were committed: every step passes.
  const site = await fresh();
  const profile = await copyBundledProfile(site);
  const generate = await runCli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'], { cwd: site });
  expect(generate.status, generate.stderr).toBe(0);
  for (const args of profileCommands) {
    const result = await runCli(args, { cwd: site });
    expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0);
  }

  // Someone edits the profile and forgets to regenerate: the check step fails the run.
  const paper = path.join(profile, 'publications', 'li2022can.md');
  await writeFile(paper, (await readFile(paper, 'utf8')).replace('title: Can We Share', 'title: Can We Really Share'));
  const stale = await runCli(profileCommands[1] ?? [], { cwd: site });
  expect(stale.status).toBe(1);
  expect(stale.stdout).toContain('out of date: 3 of 18 academicpages files in .\n');
  // The about page lists it (it is selected), and its page and .bib carry the title.
  for (const file of ['_pages/about.md', '_publications/2022-01-01-li2022can.md', 'files/bibtex/li2022can.bib']) {
    expect(stale.stdout).toContain(`update  ${file}\n`);
  }
});
