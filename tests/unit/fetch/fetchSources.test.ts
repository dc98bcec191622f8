/** Each identifier's requests, exactly, against recorded answers; paging to the end; one failing source loses nothing else. */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ApiBases, apiBases } from '../../../src/fetch/apiBases.js';
import type { FetchContext } from '../../../src/fetch/fetchedDocument.js';
import { fetchSources } from '../../../src/fetch/fetchSources.js';
import { createHttpClient } from '../../../src/fetch/httpClient.js';
import { parseSourceIdentifier, type SourceIdentifier } from '../../../src/fetch/sourceIdentifiers.js';
import { type ApiServer, apiEnvFor, fixture, ok, startApiServer } from './apiServer.js';

let server: ApiServer;
let bases: ApiBases;
beforeAll(async () => {
  server = await startApiServer();
  bases = apiBases(apiEnvFor(server.origin));
});
afterAll(() => server.close());
beforeEach(() => server.reset());

function context(extra: Partial<FetchContext> = {}): FetchContext {
  const http = createHttpClient({ userAgent: 'test', sleep: async () => {}, random: () => 0, attempts: 2 });
  return { http, bases, contact: 'owner@example.org', ...extra };
}

function ids(...words: string[]): SourceIdentifier[] {
  return words.map((word) => {
    const parsed = parseSourceIdentifier(word);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.id;
  });
}

const s2Fields =
  'paperId%2CexternalIds%2Ctitle%2Cauthors%2Cyear%2CpublicationDate%2Cvenue%2CpublicationVenue%2Cjournal%2CpublicationTypes%2CcitationCount%2Curl';
const cursor = 'IlsxNjA5MzcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI0ODg0OTk3NjQnXSI%3D';

test('orcid: the works summary, then the full works of its put-codes', async () => {
  server.script('/v3.0/0000-0002-0613-2229/works', ok(fixture('orcid-works-summary-two-groups.json')));
  server.script(
    '/v3.0/0000-0002-0613-2229/works/89975745,76065020',
    ok(fixture('orcid-works-bulk-89975745-76065020.json')),
  );
  const result = await fetchSources(ids('orcid:0000-0002-0613-2229'), context());
  expect(result.failures).toEqual([]);
  expect(server.requests.map((request) => [request.url, request.accept])).toEqual([
    ['/v3.0/0000-0002-0613-2229/works', 'application/json'],
    ['/v3.0/0000-0002-0613-2229/works/89975745,76065020', 'application/json'],
  ]);
  expect(result.documents.map((document) => [document.name, document.fileName, document.url])).toEqual([
    [
      'orcid:0000-0002-0613-2229',
      'orcid-0000-0002-0613-2229-works.json',
      `${server.origin}/v3.0/0000-0002-0613-2229/works`,
    ],
    [
      'orcid:0000-0002-0613-2229',
      'orcid-0000-0002-0613-2229-works-1.json',
      `${server.origin}/v3.0/0000-0002-0613-2229/works/89975745,76065020`,
    ],
  ]);
  expect(Buffer.from(result.documents[1]?.bytes ?? []).equals(fixture('orcid-works-bulk-89975745-76065020.json'))).toBe(
    true,
  );
});

test('orcid: of a group of three versions only the one ORCID shows (highest display-index) is fetched in full', async () => {
  const recorded = JSON.parse(fixture('orcid-works-summary-two-groups.json').toString());
  // The first recorded group alone, its version copied under the three put-codes of the record.
  recorded.group = recorded.group.slice(0, 1);
  const version = recorded.group[0]['work-summary'][0];
  recorded.group[0]['work-summary'] = [
    { ...version, 'put-code': 89975745, 'display-index': '0' },
    { ...version, 'put-code': 76065020, 'display-index': '2' },
    { ...version, 'put-code': 64418159, 'display-index': '2' },
  ];
  server.script('/v3.0/0000-0002-0613-2229/works', ok(JSON.stringify(recorded)));
  server.script('/v3.0/0000-0002-0613-2229/works/76065020', ok(fixture('orcid-works-bulk-89975745-76065020.json')));
  const result = await fetchSources(ids('orcid:0000-0002-0613-2229'), context());
  expect(result.failures).toEqual([]);
  expect(server.requests.map((request) => request.url)).toEqual([
    '/v3.0/0000-0002-0613-2229/works',
    '/v3.0/0000-0002-0613-2229/works/76065020',
  ]);
  // The summary is kept for --save; the full work is what is imported.
  expect(result.documents.map((document) => [document.fileName, document.keepOnly ?? false])).toEqual([
    ['orcid-0000-0002-0613-2229-works.json', true],
    ['orcid-0000-0002-0613-2229-works-1.json', false],
  ]);
});

test('orcid: 150 put-codes are asked for in two requests, 100 and 50, as ORCID allows', async () => {
  const recorded = JSON.parse(fixture('orcid-works-summary-two-groups.json').toString());
  const group = recorded.group[0];
  const codes = Array.from({ length: 150 }, (_, index) => 1000 + index);
  recorded.group = codes.map((code) => ({
    ...group,
    'work-summary': [{ ...group['work-summary'][0], 'put-code': code }],
  }));
  server.script('/v3.0/0000-0002-1825-0097/works', ok(JSON.stringify(recorded)));
  const first = `/v3.0/0000-0002-1825-0097/works/${codes.slice(0, 100).join(',')}`;
  const second = `/v3.0/0000-0002-1825-0097/works/${codes.slice(100).join(',')}`;
  server.script(first, ok(fixture('orcid-works-bulk-89975745-76065020.json')));
  server.script(second, ok(fixture('orcid-works-bulk-89975745-76065020.json')));
  const result = await fetchSources(ids('orcid:0000-0002-1825-0097'), context());
  expect(result.failures).toEqual([]);
  expect(server.requests.map((request) => request.url)).toEqual(['/v3.0/0000-0002-1825-0097/works', first, second]);
  expect(result.documents.map((document) => document.fileName)).toEqual([
    'orcid-0000-0002-1825-0097-works.json',
    'orcid-0000-0002-1825-0097-works-1.json',
    'orcid-0000-0002-1825-0097-works-2.json',
  ]);
});

test('openalex: cursor paging from cursor=* until next_cursor is null, 200 a page, with mailto for the polite pool', async () => {
  const page = (at: string) =>
    `/works?filter=author.id%3AA5023888391&per-page=200&cursor=${at}&mailto=owner%40example.org`;
  server.script(page('*'), ok(fixture('openalex-works-page-with-next-cursor.json')));
  server.script(page(cursor), ok(fixture('openalex-works-past-the-end.json')));
  const result = await fetchSources(ids('openalex:A5023888391'), context());
  expect(result.failures).toEqual([]);
  expect(server.requests.map((request) => request.url)).toEqual([page('*'), page(cursor)]);
  // The empty page past the end is not kept: it holds no work.
  expect(result.documents.map((document) => [document.name, document.fileName])).toEqual([
    ['openalex:A5023888391', 'openalex-A5023888391-works-1.json'],
  ]);
});

test('openalex without a contact address: no mailto parameter', async () => {
  const first = '/works?filter=author.id%3AA5023888391&per-page=200&cursor=*';
  server.script(first, ok(fixture('openalex-works-past-the-end.json')));
  const result = await fetchSources(ids('openalex:A5023888391'), context({ contact: undefined }));
  expect(server.requests.map((request) => request.url)).toEqual([first]);
  expect(result.documents).toHaveLength(1);
});

test('openalex: a cursor that comes back again is runaway paging, reported instead of looping', async () => {
  const page = (at: string) =>
    `/works?filter=author.id%3AA5023888391&per-page=200&cursor=${at}&mailto=owner%40example.org`;
  const looping = fixture('openalex-works-page-with-next-cursor.json');
  server.script(page('*'), ok(looping));
  server.script(page(cursor), ok(looping));
  const result = await fetchSources(ids('openalex:A5023888391'), context());
  expect(server.requests).toHaveLength(2);
  expect(result.failures.map((failure) => [failure.source, failure.message])).toEqual([
    ['openalex:A5023888391', 'the next cursor repeats an earlier one'],
  ]);
  expect(result.documents).toEqual([]);
});

test('s2: offset paging with the fields the readers use, following next until a page has none', async () => {
  const page = (offset: number) => `/graph/v1/author/1723755/papers?fields=${s2Fields}&offset=${offset}&limit=100`;
  server.script(page(0), ok(fixture('s2-author-papers-first-page.json')));
  server.script(page(100), ok(fixture('s2-author-papers-last-page.json')));
  const result = await fetchSources(ids('s2:1723755'), context());
  expect(result.failures).toEqual([]);
  expect(server.requests.map((request) => request.url)).toEqual([page(0), page(100)]);
  expect(result.documents.map((document) => document.fileName)).toEqual([
    's2-1723755-papers-1.json',
    's2-1723755-papers-2.json',
  ]);
});

test('dblp, doi and arxiv: one request each, at the documented addresses', async () => {
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
  server.script(
    '/works/10.17705/1cais.04607?mailto=owner%40example.org',
    ok(fixture('crossref-work-10.17705-1cais.04607.json')),
  );
  server.script('/api/query?id_list=2408.00716', ok(fixture('arxiv-2408.00716.atom.xml'), 'application/atom+xml'));
  const result = await fetchSources(
    ids('dblp:m/AndrewMcCallum', 'doi:https://doi.org/10.17705/1cais.04607', 'arxiv:2408.00716'),
    context(),
  );
  expect(result.failures).toEqual([]);
  expect(server.requests.map((request) => [request.url, request.accept])).toEqual([
    ['/pid/m/AndrewMcCallum.xml', 'application/xml'],
    ['/works/10.17705/1cais.04607?mailto=owner%40example.org', 'application/json'],
    ['/api/query?id_list=2408.00716', 'application/atom+xml'],
  ]);
  expect(result.documents.map((document) => [document.name, document.fileName])).toEqual([
    ['dblp:m/AndrewMcCallum', 'dblp-m-AndrewMcCallum.xml'],
    ['doi:10.17705/1cais.04607', 'doi-10.17705/1cais.04607.json'],
    ['arxiv:2408.00716', 'arxiv-2408.00716.xml'],
  ]);
  expect(Buffer.from(result.documents[2]?.bytes ?? []).equals(fixture('arxiv-2408.00716.atom.xml'))).toBe(true);
});

test('one source failing (truncated JSON, a 404) loses nothing the others brought; each failure is named', async () => {
  const whole = fixture('s2-author-papers-first-page.json');
  const s2Page = `/graph/v1/author/1723755/papers?fields=${s2Fields}&offset=0&limit=100`;
  server.script(s2Page, ok(whole.subarray(0, whole.length - 30)));
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
  server.script('/api/query?id_list=2408.00716', ok(fixture('arxiv-2408.00716.atom.xml'), 'application/atom+xml'));
  const result = await fetchSources(
    ids('s2:1723755', 'dblp:m/AndrewMcCallum', 'orcid:0000-0002-1825-0097', 'arxiv:2408.00716'),
    context(),
  );
  expect(result.failures).toEqual([
    {
      source: 's2:1723755',
      message: `the answer is not complete JSON (${whole.length - 30} bytes; cut short?)`,
      url: `${server.origin}${s2Page}`,
      unreachable: false,
    },
    {
      source: 'orcid:0000-0002-1825-0097',
      message: 'the server answered HTTP 404 (not found: check the identifier)',
      url: `${server.origin}/v3.0/0000-0002-1825-0097/works`,
      unreachable: false,
    },
  ]);
  expect(result.documents.map((document) => document.name)).toEqual(['dblp:m/AndrewMcCallum', 'arxiv:2408.00716']);
  expect(result.complete.map((id) => `${id.kind}:${id.value}`)).toEqual(['dblp:m/AndrewMcCallum', 'arxiv:2408.00716']);
  // The truncated page is not asked for again: the server answered; its answer is what is wrong.
  expect(server.requests.map((request) => request.url)).toEqual([
    s2Page,
    '/pid/m/AndrewMcCallum.xml',
    '/v3.0/0000-0002-1825-0097/works',
    '/api/query?id_list=2408.00716',
  ]);
});

test("API keys: OpenAlex's as api_key= (never shown in a report), Semantic Scholar's as x-api-key to S2 only", async () => {
  const openAlexPage =
    '/works?filter=author.id%3AA5023888391&per-page=200&cursor=*&mailto=owner%40example.org&api_key=s3cret';
  server.script(openAlexPage, { status: 403 });
  const s2Page = `/graph/v1/author/1723755/papers?fields=${s2Fields}&offset=0&limit=100`;
  server.script(s2Page, ok(fixture('s2-author-papers-last-page.json')));
  server.script('/pid/m/AndrewMcCallum.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
  const result = await fetchSources(
    ids('openalex:A5023888391', 's2:1723755', 'dblp:m/AndrewMcCallum'),
    context({ keys: { openalex: 's3cret', s2: 'k3y' } }),
  );
  expect(server.requests.map((request) => [request.url, request.apiKey])).toEqual([
    [openAlexPage, undefined],
    [s2Page, 'k3y'],
    ['/pid/m/AndrewMcCallum.xml', undefined],
  ]);
  expect(result.failures).toEqual([
    {
      source: 'openalex:A5023888391',
      message: 'the server answered HTTP 403 (refused: the service wants a key or blocks this client)',
      url: `${server.origin}${openAlexPage.replace('s3cret', '***')}`,
      unreachable: false,
    },
  ]);
});

test('s2: a next offset that does not move forward is reported instead of looping', async () => {
  const page = `/graph/v1/author/1723755/papers?fields=${s2Fields}&offset=0&limit=100`;
  const recorded = JSON.parse(fixture('s2-author-papers-first-page.json').toString());
  server.script(page, ok(JSON.stringify({ ...recorded, next: 0 })));
  const result = await fetchSources(ids('s2:1723755'), context());
  expect(server.requests).toHaveLength(1);
  expect(result.failures.map((failure) => failure.message)).toEqual(['the next offset 0 does not move past 0']);
});

test('more pages than the cap is runaway paging: the source is reported after the cap, the requests stop there', async () => {
  const page = (offset: number) => `/graph/v1/author/1723755/papers?fields=${s2Fields}&offset=${offset}&limit=100`;
  server.script(page(0), ok(fixture('s2-author-papers-first-page.json')));
  server.script(page(100), ok(fixture('s2-author-papers-last-page.json')));
  const result = await fetchSources(ids('s2:1723755'), context({ maxPages: 1 }));
  expect(server.requests.map((request) => request.url)).toEqual([page(0)]);
  expect(result.failures.map((failure) => [failure.source, failure.message])).toEqual([
    ['s2:1723755', 'stopped after 1 page: the paging never ended'],
  ]);
  expect(result.documents).toEqual([]);
});

test('the cap counts OpenAlex cursor pages too: two pages allowed, a third is never asked for', async () => {
  const page = (at: string) =>
    `/works?filter=author.id%3AA5023888391&per-page=200&cursor=${at}&mailto=owner%40example.org`;
  server.script(page('*'), ok(fixture('openalex-works-page-with-next-cursor.json')));
  server.script(page(cursor), ok(fixture('openalex-works-past-the-end.json')));
  const capped = await fetchSources(ids('openalex:A5023888391'), context({ maxPages: 1 }));
  expect(capped.failures.map((failure) => failure.message)).toEqual(['stopped after 1 page: the cursor never ended']);
  server.reset();
  server.script(page('*'), ok(fixture('openalex-works-page-with-next-cursor.json')));
  server.script(page(cursor), ok(fixture('openalex-works-past-the-end.json')));
  const enough = await fetchSources(ids('openalex:A5023888391'), context({ maxPages: 2 }));
  expect(enough.failures).toEqual([]);
  expect(server.requests.map((request) => request.url)).toEqual([page('*'), page(cursor)]);
});
