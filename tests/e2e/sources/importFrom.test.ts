/**
 * `profile import --from` and `add-pub --doi/--arxiv` as a real process, against recorded API answers served on
 * 127.0.0.1 (the PROFILE_*_API variables point there): the requests, the report, --save, a failing source, no network;
 * and the README's "Publications on a schedule" workflow, its profile steps run word for word.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type ApiServer, fixture, ok, startApiServer } from '../../unit/fetch/apiServer.js';
import { repoRoot, runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();
let server: ApiServer;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startApiServer();
  env = {
    PROFILE_ORCID_API: `${server.origin}/v3.0`,
    PROFILE_OPENALEX_API: server.origin,
    PROFILE_DBLP_API: server.origin,
    PROFILE_S2_API: `${server.origin}/graph/v1`,
    PROFILE_CROSSREF_API: server.origin,
    PROFILE_ARXIV_API: `${server.origin}/api`,
  };
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function scriptOrcidAndDblp(): void {
  server.script('/v3.0/0000-0001-6723-6833/works', ok(fixture('orcid-works-summary.json')));
  server.script('/v3.0/0000-0001-6723-6833/works/19176128', ok(fixture('orcid-works-bulk.json')));
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
  await writeFile(file, text.replace(/^---\n/, '---\norcid: 0000-0001-6723-6833\ndblp: m/AndrewMcCallum\n'));
  return site;
}

test('--from profile: every identifier of profile.md fetched, imported, and the answers kept with --save', async () => {
  scriptOrcidAndDblp();
  const site = await siteWithIdentifiers();
  const result = await runCli(['import', '--from', 'profile', '--save', 'sources', '--dir', 'profile'], {
    cwd: site,
    env,
  });
  console.log(result.status, result.stdout, result.stderr);
  console.log(server.requests);
  console.log(await readdir(path.join(site, 'sources')), await readdir(path.join(site, 'profile', 'publications')));
});
