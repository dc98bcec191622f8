/** `import --from`'s fetching half: `profile` expanded, requests named with the owner's address, `--save`, no network. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fetchSourceDocuments } from '../../../src/useCases/fetchSourceDocuments.js';
import { type ApiServer, fixture, ok, startApiServer } from '../fetch/apiServer.js';

let server: ApiServer;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startApiServer();
  env = {
    PROFILE_ORCID_API: `${server.origin}/v3.0`,
    PROFILE_DBLP_API: server.origin,
    PROFILE_CROSSREF_API: server.origin,
  };
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const noWaiting = { sleep: async () => {}, random: () => 0 };

test('--from profile fetches every identifier of profile.md, names the owner in the User-Agent, and --save keeps the answers', async () => {
  server.script('/v3.0/0000-0002-0613-2229/works', ok(fixture('orcid-works-summary-two-groups.json')));
  server.script(
    '/v3.0/0000-0002-0613-2229/works/89975745,76065020',
    ok(fixture('orcid-works-bulk-89975745-76065020.json')),
  );
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
  const saveDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'profile-from-')), 'sources');
  const result = await fetchSourceDocuments({
    from: ['profile'],
    owner: { email: ['Ada <not plain>', 'ada@example.org'], orcid: '0000-0002-0613-2229', dblp: 'm/AndrewMcCallum' },
    saveDir,
    env,
    http: noWaiting,
  });
  expect(result.sources).toEqual(['orcid:0000-0002-0613-2229', 'dblp:m/AndrewMcCallum']);
  expect(result.failures).toEqual([]);
  expect(result.offline).toBe(false);
  expect(new Set(server.requests.map((request) => request.userAgent))).toEqual(
    new Set([
      'academic-profile-cli/0.0.0-test (https://www.npmjs.com/package/academic-profile-cli; mailto:ada@example.org)',
    ]),
  );
  expect(result.saved).toEqual({
    written: [
      'orcid-0000-0002-0613-2229-works.json',
      'orcid-0000-0002-0613-2229-works-1.json',
      'dblp-m-AndrewMcCallum.xml',
    ],
    removed: [],
  });
  expect(readdirSync(saveDir).sort()).toEqual([
    'dblp-m-AndrewMcCallum.xml',
    'orcid-0000-0002-0613-2229-works-1.json',
    'orcid-0000-0002-0613-2229-works.json',
  ]);
  expect(
    readFileSync(path.join(saveDir, 'dblp-m-AndrewMcCallum.xml')).equals(fixture('dblp-person-m-AndrewMcCallum.xml')),
  ).toBe(true);
});

test('no network: every request fails before reaching a server, and the result says so', async () => {
  const closed = await startApiServer();
  await closed.close();
  const result = await fetchSourceDocuments({
    from: ['doi:10.17705/1cais.04607'],
    owner: undefined,
    env: { PROFILE_CROSSREF_API: closed.origin },
    http: { ...noWaiting, attempts: 2 },
  });
  expect(result.offline).toBe(true);
  expect(result.documents).toEqual([]);
  expect(result.failures.map((failure) => [failure.source, failure.message])).toEqual([
    ['doi:10.17705/1cais.04607', 'no answer after 2 attempts: network error ECONNREFUSED'],
  ]);
  expect(result.saved).toBeUndefined();
});

test('bad words are a usage error naming each, before any request', async () => {
  await expect(
    fetchSourceDocuments({
      from: ['orcid:0000-0002-1825-0098', 'profile'],
      owner: { email: undefined },
      env,
      http: noWaiting,
    }),
  ).rejects.toThrow(
    '"orcid:0000-0002-1825-0098" is not a valid orcid identifier (such as orcid:0000-0002-1825-0097)\nprofile.md names no orcid, openalex, dblp or semanticScholar to fetch from',
  );
  expect(server.requests).toEqual([]);
});
