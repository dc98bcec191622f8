/**
 * `profile import --from` and `add-pub --doi/--arxiv` as a real process, against recorded API answers served on
 * 127.0.0.1 (the PROFILE_*_API variables point there): the requests, the report, --save, a failing source, no network;
 * and the README's "Publications on a schedule" workflow, its profile steps run word for word.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { semanticScholarFields } from '../../../src/fetch/fetchSemanticScholar.js';
import { type ApiServer, apiEnvFor, fixture, ok, startApiServer } from '../../unit/fetch/apiServer.js';
import { repoRoot, runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();
let server: ApiServer;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startApiServer();
  env = apiEnvFor(server.origin);
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function scriptOrcidAndDblp(): void {
  server.script('/v3.0/0000-0002-0613-2229/works', ok(fixture('orcid-works-summary-two-groups.json')));
  server.script(
    '/v3.0/0000-0002-0613-2229/works/89975745,76065020',
    ok(fixture('orcid-works-bulk-89975745-76065020.json')),
  );
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
}

/** A site folder with a new profile whose profile.md names an ORCID iD and a DBLP pid. */
async function siteWithIdentifiers(): Promise<string> {
  const site = await fresh();
  const init = await runCli(['init', 'profile', '--name', 'Andrew McCallum', '--email', 'mccallum@example.org'], {
    cwd: site,
  });
  expect(init.status, init.stderr).toBe(0);
  const file = path.join(site, 'profile', 'profile.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^---\n/, '---\norcid: 0000-0002-0613-2229\ndblp: m/AndrewMcCallum\n'));
  return site;
}

const userAgent =
  'academic-profile-cli/0.1.0 (https://www.npmjs.com/package/academic-profile-cli; mailto:mccallum@example.org)';

test('--from profile: every identifier of profile.md fetched and imported, the answers kept with --save; a second run changes nothing', async () => {
  scriptOrcidAndDblp();
  const site = await siteWithIdentifiers();
  const args = ['import', '--from', 'profile', '--save', 'sources', '--dir', 'profile'];
  const first = await runCli(args, { cwd: site, env });
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toBe(
    [
      'added           pub/xu2020cascade (orcid:0000-0002-0613-2229:1)',
      'added           pub/xu2021verification (orcid:0000-0002-0613-2229:2)',
      'added           pub/chang2023multi (dblp:m/AndrewMcCallum:1)',
      'import: 3 added, 0 updated, 0 unchanged, 0 skipped',
      '',
    ].join('\n'),
  );
  expect(first.stderr).toContain('kept 3 answers in sources\n');
  expect(server.requests.map((request) => [request.url, request.userAgent])).toEqual([
    ['/v3.0/0000-0002-0613-2229/works', userAgent],
    ['/v3.0/0000-0002-0613-2229/works/89975745,76065020', userAgent],
    ['/pid/m/AndrewMcCallum.xml', userAgent],
  ]);
  expect((await readdir(path.join(site, 'sources'))).sort()).toEqual([
    'dblp-m-AndrewMcCallum.xml',
    'orcid-0000-0002-0613-2229-works-1.json',
    'orcid-0000-0002-0613-2229-works.json',
  ]);
  expect(
    (await readFile(path.join(site, 'sources', 'orcid-0000-0002-0613-2229-works-1.json'))).equals(
      fixture('orcid-works-bulk-89975745-76065020.json'),
    ),
  ).toBe(true);
  expect((await readdir(path.join(site, 'profile', 'publications'))).sort()).toEqual([
    'chang2023multi.md',
    'xu2020cascade.md',
    'xu2021verification.md',
  ]);

  const again = await runCli(args, { cwd: site, env });
  expect(again.status, again.stderr).toBe(0);
  expect(again.stdout).toContain('import: 0 added, 0 updated, 3 unchanged, 0 skipped\n');
  // The saved answers import again without the network, to the same result.
  const offline = await runCli(
    [
      'import',
      'sources/orcid-0000-0002-0613-2229-works-1.json',
      'sources/dblp-m-AndrewMcCallum.xml',
      '--dir',
      'profile',
    ],
    {
      cwd: site,
    },
  );
  expect(offline.status, offline.stderr).toBe(0);
  expect(offline.stdout).toContain('import: 0 added, 0 updated, 3 unchanged, 0 skipped\n');
});

test('a failing source is named with its request and the run exits 1; what the others brought is imported', async () => {
  server.script('/v3.0/0000-0002-0613-2229/works', ok(fixture('orcid-works-summary-two-groups.json')));
  server.script(
    '/v3.0/0000-0002-0613-2229/works/89975745,76065020',
    ok(fixture('orcid-works-bulk-89975745-76065020.json')),
  );
  const site = await siteWithIdentifiers();
  const result = await runCli(['import', '--from', 'profile', '--dir', 'profile'], { cwd: site, env });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(
    [
      'dblp:m/AndrewMcCallum: error: the server answered HTTP 404 (not found: check the identifier)',
      `  request: ${server.origin}/pid/m/AndrewMcCallum.xml`,
      '  note: what orcid:0000-0002-0613-2229 brought is imported all the same',
      '',
    ].join('\n'),
  );
  expect(result.stdout).toContain(
    [
      'added           pub/xu2020cascade (orcid:0000-0002-0613-2229:1)',
      'added           pub/xu2021verification (orcid:0000-0002-0613-2229:2)',
      '',
    ].join('\n'),
  );
  expect((await readdir(path.join(site, 'profile', 'publications'))).sort()).toEqual([
    'xu2020cascade.md',
    'xu2021verification.md',
  ]);
});

test('files and --from together: one import of both, the file read by its content', async () => {
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
  const site = await siteWithIdentifiers();
  await writeFile(path.join(site, 'crossref.json'), fixture('crossref-work-10.17705-1cais.04607.json'));
  const result = await runCli(['import', 'crossref.json', '--from', 'dblp:m/AndrewMcCallum', '--dir', 'profile'], {
    cwd: site,
    env,
  });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('import: 2 added, 0 updated, 0 unchanged, 0 skipped\n');
  expect(server.requests.map((request) => request.url)).toEqual(['/pid/m/AndrewMcCallum.xml']);
});

test('a new researcher: a source that answers with no works is 0 works and exit 0, in text and --json, for each service', async () => {
  const s2Fields = encodeURIComponent(semanticScholarFields);
  server.script(
    '/works?filter=author.id%3AA5023888391&per-page=200&cursor=*&mailto=mccallum%40example.org',
    ok(fixture('openalex-works-author-with-no-works.json')),
  );
  server.script('/v3.0/0009-0003-6598-432X/works', ok(fixture('orcid-works-summary-record-with-no-works.json')));
  server.script(
    `/graph/v1/author/1723755/papers?fields=${s2Fields}&offset=0&limit=100`,
    ok(fixture('s2-author-papers-author-with-no-papers.json')),
  );
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-with-no-records.xml'), 'application/xml'));
  const site = await siteWithIdentifiers();
  const from = ['openalex:A5023888391', 'orcid:0009-0003-6598-432X', 's2:1723755', 'dblp:m/AndrewMcCallum'];
  for (const source of from) {
    const result = await runCli(['import', '--from', source, '--save', 'sources', '--dir', 'profile'], {
      cwd: site,
      env,
    });
    expect([result.status, result.stdout], result.stderr).toEqual([
      0,
      `no works        ${source} (it lists none)\nimport: 0 added, 0 updated, 0 unchanged, 0 skipped\n`,
    ]);
    expect(result.stderr).toBe('kept 1 answer in sources\n');
  }
  const all = await runCli(['import', ...from.flatMap((source) => ['--from', source]), '--json', '--dir', 'profile'], {
    cwd: site,
    env,
  });
  expect(all.status, all.stderr).toBe(0);
  const report = JSON.parse(all.stdout);
  expect(report.summary).toStrictEqual({
    added: 0,
    updated: 0,
    merged: 0,
    folded: 0,
    unchanged: 0,
    skipped: 0,
    problems: 0,
  });
  expect(report.sources).toStrictEqual([
    { name: 'openalex:A5023888391', format: 'openalex-works', works: 0, listsNone: true },
    { name: 'orcid:0009-0003-6598-432X', format: 'orcid-works', works: 0, listsNone: true },
    { name: 's2:1723755', format: 'semantic-scholar-papers', works: 0, listsNone: true },
    { name: 'dblp:m/AndrewMcCallum', format: 'dblp-person-xml', works: 0, listsNone: true },
  ]);
  expect(report.entries).toStrictEqual([]);
  // The kept answers import the same way without the network.
  const saved = (await readdir(path.join(site, 'sources'))).sort();
  expect(saved).toEqual([
    'dblp-m-AndrewMcCallum.xml',
    'openalex-A5023888391-works-1.json',
    'orcid-0009-0003-6598-432X-works.json',
    's2-1723755-papers-1.json',
  ]);
  const offline = await runCli(['import', ...saved.map((file) => `sources/${file}`), '--dir', 'profile'], {
    cwd: site,
  });
  expect([offline.status, offline.stderr]).toEqual([0, '']);
  expect(offline.stdout).toBe(
    [
      ...saved.map((file) => `no works        sources/${file} (it lists none)`),
      'import: 0 added, 0 updated, 0 unchanged, 0 skipped',
      '',
    ].join('\n'),
  );
});

test('a page past the end of a longer list is still a problem: it is not the list of no works it looks like', async () => {
  const site = await siteWithIdentifiers();
  await writeFile(path.join(site, 'past-the-end.json'), fixture('openalex-works-past-the-end.json'));
  const pastTheEnd = await runCli(['import', 'past-the-end.json', '--dir', 'profile'], { cwd: site });
  expect(pastTheEnd.status).toBe(1);
  expect(pastTheEnd.stderr).toBe(
    [
      'past-the-end.json:1: error: entry skipped: lists no publication',
      '  hint: check that it is the list you meant (a record with no works, or a query that found none)',
      '',
    ].join('\n'),
  );
});

test('no network: said plainly, exit 1, nothing written', async () => {
  const closed = await startApiServer();
  await closed.close();
  const site = await siteWithIdentifiers();
  const result = await runCli(
    ['import', '--from', 'doi:10.17705/1cais.04607', '--save', 'sources', '--dir', 'profile'],
    {
      cwd: site,
      env: { ...env, PROFILE_CROSSREF_API: closed.origin },
    },
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    [
      'error: no network: doi:10.17705/1cais.04607 could not be reached',
      '  last error: no answer after 4 attempts: network error ECONNREFUSED',
      '  hint: connect and run it again; the answers an earlier run kept import without the network: profile import sources/*',
      '',
    ].join('\n'),
  );
  expect(result.stdout).toBe('');
  expect(await readdir(site)).toEqual(['profile']);
});

test('usage errors: a bad identifier, --save without --from, --save with --dry-run', async () => {
  const site = await siteWithIdentifiers();
  const cases: [string[], string][] = [
    [
      ['import', '--from', 'orcid:0000-0002-1825-0098', '--dir', 'profile'],
      'error: "orcid:0000-0002-1825-0098" is not a valid orcid identifier (such as orcid:0000-0002-1825-0097)\n',
    ],
    [
      ['import', 'works.json', '--save', 'sources', '--dir', 'profile'],
      'error: --save keeps what --from fetches; give --from ID...\n',
    ],
    [
      ['import', '--from', 'profile', '--save', 'sources', '--dry-run', '--dir', 'profile'],
      'error: --dry-run writes nothing, so it cannot --save; leave one of them out\n',
    ],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args, { cwd: site, env });
    expect(result.status, args.join(' ')).toBe(2);
    expect(result.stderr.startsWith(message), result.stderr).toBe(true);
  }
  expect(server.requests).toEqual([]);
});

interface WorkflowStep {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

/** The README's "Publications on a schedule" workflow, parsed. */
async function scheduledWorkflow(): Promise<{
  on: Record<string, unknown>;
  jobs: Record<string, { steps: WorkflowStep[] }>;
}> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Publications on a schedule\n')) ?? '';
  const blocks = [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
  expect(blocks).toHaveLength(1);
  return parse(blocks[0] ?? '');
}

test("the README's scheduled workflow: its profile steps, run word for word, fetch, save and regenerate the site", async () => {
  const workflow = await scheduledWorkflow();
  expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  expect(steps.map((step) => step.uses ?? step.name)).toEqual([
    'actions/checkout@v7',
    'actions/setup-node@v7',
    'Install profile',
    'Fetch publications from the identifiers in profile.md',
    'Regenerate the site',
    'peter-evans/create-pull-request@v8',
  ]);
  // A failed source exits 1; the later steps still run, so the others' publications still reach a pull request.
  const notCancelled = '$' + '{{ !cancelled() }}';
  expect(steps.slice(-2).map((step) => step.if)).toEqual([notCancelled, notCancelled]);
  const commands = steps
    .map((step) => step.run?.trim() ?? '')
    .filter((run) => run.startsWith('profile '))
    .map((run) => run.split(/\s+/).slice(1));
  expect(commands).toEqual([
    ['import', '--from', 'profile', '--save', 'sources', '--dir', 'profile'],
    ['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'],
  ]);

  scriptOrcidAndDblp();
  const site = await siteWithIdentifiers();
  // The site as it was before this week's run, generated and committed.
  const before = await runCli(['export', '--site', 'academicpages', '--dir', 'profile', '--out', '.'], { cwd: site });
  expect(before.status, before.stderr).toBe(0);
  const [importStep, exportStep] = commands;
  const fetched = await runCli(importStep ?? [], { cwd: site, env });
  expect(fetched.status, fetched.stderr).toBe(0);
  // The "fail instead" variant: the check sees that the new publications change the site.
  const check = await runCli([...(exportStep ?? []), '--check'], { cwd: site });
  expect(check.status).toBe(1);
  expect(check.stdout).toContain('update  _pages/about.md\n');
  const regenerated = await runCli(exportStep ?? [], { cwd: site });
  expect(regenerated.status, regenerated.stderr).toBe(0);
  expect((await readdir(path.join(site, '_publications'))).sort()).toEqual([
    '2020-07-06-xu2020cascade.md',
    '2021-03-15-xu2021verification.md',
    '2023-01-01-chang2023multi.md',
  ]);
  expect((await readdir(path.join(site, 'sources'))).length).toBe(3);
});

test('add-pub --doi and --arxiv fill title, authors, venue and date from Crossref and arXiv', async () => {
  server.script(
    '/works/10.17705/1cais.04607?mailto=mccallum%40example.org',
    ok(fixture('crossref-work-10.17705-1cais.04607.json')),
  );
  server.script('/api/query?id_list=2408.00716', ok(fixture('arxiv-2408.00716.atom.xml'), 'application/atom+xml'));
  const site = await siteWithIdentifiers();
  const doi = await runCli(['add-pub', '--doi', 'https://doi.org/10.17705/1cais.04607', '--dir', 'profile'], {
    cwd: site,
    env,
  });
  expect(doi.status, doi.stderr).toBe(0);
  expect(doi.stdout).toBe('pub/schryen2021knowledge\n');
  expect(doi.stderr).toContain(
    [
      'note: from Crossref: title, authors, date, venue, publisher, type',
      'note: left out of the authors, as names without a family name: Paderborn University; University of Regensburg; University of Technology Darmstadt; HEC Montréal (profile edit can add them)',
      '',
    ].join('\n'),
  );
  expect(await readFile(path.join(site, 'profile', 'publications', 'schryen2021knowledge.md'), 'utf8')).toBe(
    [
      '---',
      'key: schryen2021knowledge',
      'type: article-journal',
      'title: "A Knowledge Development Perspective on Literature Reviews: Validation of a new Typology in the IS Field"',
      'authors:',
      '  - { family: Schryen, given: Guido }',
      '  - { family: Wagner, given: Gerit }',
      '  - { family: Benlian, given: Alexander }',
      '  - { family: Paré, given: Guy }',
      'date: "2021"',
      'venue: Communications of the Association for Information Systems',
      'publisher: Association for Information Systems',
      'doi: 10.17705/1cais.04607',
      '---',
      '',
    ].join('\n'),
  );
  // What is typed wins over what the service says.
  const arxiv = await runCli(
    ['add-pub', '--arxiv', '2408.00716', '--date', '2024-09', '--label', 'arXiv 2024', '--dir', 'profile'],
    {
      cwd: site,
      env,
    },
  );
  expect(arxiv.status, arxiv.stderr).toBe(0);
  expect(arxiv.stderr).toBe('note: from arXiv: title, authors, venue, type\n');
  const text = await readFile(path.join(site, 'profile', 'publications', 'aravani2024natural.md'), 'utf8');
  expect(text).toContain(
    "title: A Natural Language Processing Framework for Hotel Recommendation Based on Users' Text Reviews\n",
  );
  expect(text).toContain('  - { family: Aravani, given: Lavrentia }\n');
  expect(text).toContain('date: "2024-09"\n');
  expect(text).toContain('arxiv: "2408.00716"\n');
  expect(server.requests.map((request) => request.url)).toEqual([
    '/works/10.17705/1cais.04607?mailto=mccallum%40example.org',
    '/api/query?id_list=2408.00716',
  ]);
});

test('add-pub --doi without the network says so plainly and exits 1, adding nothing', async () => {
  const closed = await startApiServer();
  await closed.close();
  const site = await siteWithIdentifiers();
  const result = await runCli(['add-pub', '--doi', '10.1145/3539618.3591976', '--dir', 'profile'], {
    cwd: site,
    env: { ...env, PROFILE_CROSSREF_API: closed.origin },
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    [
      'error: no network: cannot reach Crossref to look up doi:10.1145/3539618.3591976 (no answer after 4 attempts: network error ECONNREFUSED)',
      '  hint: connect and run it again, or give the title and authors yourself: profile add-pub "TITLE" --author "NAME" --doi 10.1145/3539618.3591976',
      '',
    ].join('\n'),
  );
  expect(await readdir(path.join(site, 'profile', 'publications'))).toEqual([]);
});
