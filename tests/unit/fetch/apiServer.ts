/**
 * A stand-in for the scholarly APIs on 127.0.0.1: scripted answers per path (recorded fixtures, faults), and a log of
 * every request it received, so tests assert request counts and URLs exactly. Never reaches the internet.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export type Answer =
  | { status: number; body?: string | Buffer; headers?: Record<string, string> }
  /** Never answers: the client's timeout has to end the request. */
  | { hang: true }
  /** Promises `declaredBytes` but sends only `body`, then closes the connection. */
  | { cut: true; body: string; declaredBytes: number }
  /** Sends the headers and the start of the body, then nothing more, keeping the connection open. */
  | { stall: true; body: string };

export interface ReceivedRequest {
  /** Path and query, as sent. */
  url: string;
  userAgent: string | undefined;
  accept: string | undefined;
  /** Semantic Scholar's key header, when one was sent. */
  apiKey?: string;
}

export interface ApiServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: ReceivedRequest[];
  /** Answers for one path and query, given in turn; the last one repeats. */
  script(url: string, ...answers: Answer[]): void;
  /** Forgets every script and every logged request (between tests). */
  reset(): void;
  close(): Promise<void>;
}

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures', 'fetch');

/** A recorded answer of tests/fixtures/fetch/. */
export function fixture(name: string): Buffer {
  return readFileSync(path.join(fixtures, name));
}

export function ok(body: string | Buffer, contentType = 'application/json;charset=utf-8'): Answer {
  return { status: 200, body, headers: { 'Content-Type': contentType } };
}

export async function startApiServer(): Promise<ApiServer> {
  const scripts = new Map<string, Answer[]>();
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '';
    const apiKey = request.headers['x-api-key'];
    requests.push({
      url,
      userAgent: request.headers['user-agent'],
      accept: request.headers.accept,
      ...(typeof apiKey === 'string' ? { apiKey } : {}),
    });
    const queue = scripts.get(url);
    const answer = queue === undefined ? undefined : queue.length > 1 ? queue.shift() : queue[0];
    if (answer === undefined) {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not scripted"}');
      return;
    }
    if ('hang' in answer) return;
    if ('stall' in answer) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write(answer.body);
      return;
    }
    if ('cut' in answer) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(answer.declaredBytes) });
      response.write(answer.body, () => response.socket?.destroy());
      return;
    }
    response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    script: (url, ...answers) => scripts.set(url, answers),
    reset: () => {
      scripts.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The PROFILE_*_API variables that point every service at `origin`, each with its documented path. */
export function apiEnvFor(origin: string): Record<string, string> {
  return {
    PROFILE_ORCID_API: `${origin}/v3.0`,
    PROFILE_OPENALEX_API: origin,
    PROFILE_DBLP_API: origin,
    PROFILE_S2_API: `${origin}/graph/v1`,
    PROFILE_CROSSREF_API: origin,
    PROFILE_ARXIV_API: `${origin}/api`,
  };
}
