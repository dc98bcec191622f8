/** The polite GET: retries on 429, 5xx and cut connections, Retry-After, timeouts, redirects, its headers. */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { createHttpClient, FetchError, type HttpClientOptions } from '../../../src/fetch/httpClient.js';
import { retryAfterMs } from '../../../src/fetch/retryAfter.js';
import { type ApiServer, fixture, ok, startApiServer } from './apiServer.js';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const now = new Date('2026-12-02T05:00:00Z');

/** A client whose waits are recorded instead of waited, with the jitter at its lowest (half the backoff). */
function client(options: Partial<HttpClientOptions> = {}) {
  const waits: number[] = [];
  const http = createHttpClient({
    userAgent: 'academic-profile-cli/0.0.0-test (mailto:owner@example.org)',
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0,
    now: () => now,
    ...options,
  });
  return { http, waits };
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

test('a 200 answer is returned as bytes, with the User-Agent and Accept it was asked with', async () => {
  server.script('/works/10.17705/1cais.04607', ok(fixture('crossref-work-10.17705-1cais.04607.json')));
  const { http, waits } = client();
  const response = await http.get(`${server.origin}/works/10.17705/1cais.04607`, 'application/json');
  expect(Buffer.from(response.bytes).equals(fixture('crossref-work-10.17705-1cais.04607.json'))).toBe(true);
  expect(response.status).toBe(200);
  expect(server.requests).toEqual([
    {
      url: '/works/10.17705/1cais.04607',
      userAgent: 'academic-profile-cli/0.0.0-test (mailto:owner@example.org)',
      accept: 'application/json',
    },
  ]);
  expect(waits).toEqual([]);
});

test('429 with Retry-After in seconds: waits exactly that long, then asks again', async () => {
  server.script('/rate', { status: 429, headers: { 'Retry-After': '7' } }, ok('{}'));
  const { http, waits } = client();
  const response = await http.get(`${server.origin}/rate`, 'application/json');
  expect(response.status).toBe(200);
  expect(server.requests.map((request) => request.url)).toEqual(['/rate', '/rate']);
  expect(waits).toEqual([7000]);
});

test('503 with Retry-After as an HTTP date: waits until that date by the injected clock', async () => {
  server.script('/busy', { status: 503, headers: { 'Retry-After': 'Wed, 02 Dec 2026 05:00:12 GMT' } }, ok('{}'));
  const { http, waits } = client();
  await http.get(`${server.origin}/busy`, 'application/json');
  expect(server.requests).toHaveLength(2);
  expect(waits).toEqual([12_000]);
});

test('a Retry-After longer than the cap ends the attempts at once, saying how long the server asked for', async () => {
  server.script('/later', { status: 429, headers: { 'Retry-After': '3600' } });
  const { http, waits } = client({ maxWaitMs: 60_000 });
  const error = await failure(http.get(`${server.origin}/later`, 'application/json'));
  expect(error.message).toBe('the server answered HTTP 429 and asks to wait 3600 s; try again later');
  expect(error.status).toBe(429);
  expect(server.requests).toHaveLength(1);
  expect(waits).toEqual([]);
});

test('503 then 200: one retry after the first backoff (1 s, jittered to between 0.5 s and 1 s)', async () => {
  server.script('/flaky', { status: 503 }, ok('{"ok":true}'));
  const { http, waits } = client();
  const response = await http.get(`${server.origin}/flaky`, 'application/json');
  expect(new TextDecoder().decode(response.bytes)).toBe('{"ok":true}');
  expect(server.requests).toHaveLength(2);
  expect(waits).toEqual([500]);
});

test('a server failing every time: 4 attempts, waits doubling, then an error naming the last status', async () => {
  server.script('/down', { status: 500 });
  const { http, waits } = client({ random: () => 0.999_999 });
  const error = await failure(http.get(`${server.origin}/down`, 'application/json'));
  expect(error.message).toBe('no answer after 4 attempts: HTTP 500');
  expect(error.unreachable).toBe(false);
  expect(server.requests).toHaveLength(4);
  expect(waits).toEqual([1000, 2000, 4000]);
});

test('404 is not retried: the identifier is wrong, asking again will not help', async () => {
  const { http, waits } = client();
  const error = await failure(http.get(`${server.origin}/v3.0/0000-0002-1825-0097/works`, 'application/json'));
  expect(error.message).toBe('the server answered HTTP 404 (not found: check the identifier)');
  expect(error.status).toBe(404);
  expect(server.requests).toHaveLength(1);
  expect(waits).toEqual([]);
});

test('an answer that never comes is ended by the timeout and retried; the error says so', async () => {
  server.script('/hang', { hang: true });
  const { http, waits } = client({ timeoutMs: 200, attempts: 2 });
  const error = await failure(http.get(`${server.origin}/hang`, 'application/json'));
  expect(error.message).toBe('no answer after 2 attempts: no answer within 0.2 s');
  expect(server.requests).toHaveLength(2);
  expect(waits).toEqual([500]);
});

test('a body that stops coming half-way is ended by the same timeout', async () => {
  server.script('/stall', { stall: true, body: '{"meta":{"count":' });
  const { http } = client({ timeoutMs: 200, attempts: 1 });
  const error = await failure(http.get(`${server.origin}/stall`, 'application/json'));
  expect(error.message).toBe('no answer after one attempt: no answer within 0.2 s');
  expect(server.requests).toHaveLength(1);
});

test('a connection cut in the middle of the body is retried, and the complete answer kept', async () => {
  const whole = fixture('openalex-works-past-the-end.json');
  server.script('/cut', { cut: true, body: whole.subarray(0, 40).toString(), declaredBytes: whole.length }, ok(whole));
  const { http, waits } = client();
  const response = await http.get(`${server.origin}/cut`, 'application/json');
  expect(Buffer.from(response.bytes).equals(whole)).toBe(true);
  expect(server.requests).toHaveLength(2);
  expect(waits).toEqual([500]);
});

test('a redirect is followed; the document records the URL that answered', async () => {
  server.script('/pid/m/AndrewMcCallum.xml', { status: 301, headers: { Location: '/pid/m/AndrewMcCallum-1.xml' } });
  server.script('/pid/m/AndrewMcCallum-1.xml', ok(fixture('dblp-person-m-AndrewMcCallum.xml'), 'application/xml'));
  const { http } = client();
  const response = await http.get(`${server.origin}/pid/m/AndrewMcCallum.xml`, 'application/xml');
  expect(response.requestUrl).toBe(`${server.origin}/pid/m/AndrewMcCallum.xml`);
  expect(response.url).toBe(`${server.origin}/pid/m/AndrewMcCallum-1.xml`);
  expect(server.requests.map((request) => request.url)).toEqual([
    '/pid/m/AndrewMcCallum.xml',
    '/pid/m/AndrewMcCallum-1.xml',
  ]);
});

test('nothing listening: every attempt fails to connect, and the error says the server was never reached', async () => {
  const closed = await startApiServer();
  const origin = closed.origin;
  await closed.close();
  const { http, waits } = client({ attempts: 2 });
  const error = await failure(http.get(`${origin}/works`, 'application/json'));
  expect(error.message).toBe('no answer after 2 attempts: network error ECONNREFUSED');
  expect(error.unreachable).toBe(true);
  expect(waits).toEqual([500]);
});

test('an answer larger than the limit is refused, not read to the end', async () => {
  server.script('/big', ok('x'.repeat(5000)));
  const { http } = client({ maxBytes: 1000 });
  const error = await failure(http.get(`${server.origin}/big`, 'application/json'));
  expect(error.message).toBe('the answer is larger than 1000 bytes');
  expect(server.requests).toHaveLength(1);
});

test('only http(s) URLs are fetched', async () => {
  const { http } = client();
  expect((await failure(http.get('file:///etc/passwd', 'application/json'))).message).toBe('is not an http(s) URL');
  expect(server.requests).toHaveLength(0);
});

test('Retry-After: seconds, an HTTP date (in the past: no wait), and forms that mean nothing', () => {
  expect(retryAfterMs('120', now)).toBe(120_000);
  expect(retryAfterMs('Wed, 02 Dec 2026 05:01:00 GMT', now)).toBe(60_000);
  expect(retryAfterMs('Wed, 02 Dec 2026 04:00:00 GMT', now)).toBe(0);
  expect(retryAfterMs('-5', now)).toBeUndefined();
  expect(retryAfterMs('soon', now)).toBeUndefined();
  expect(retryAfterMs(null, now)).toBeUndefined();
});
