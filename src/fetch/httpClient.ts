/**
 * GET requests as a polite API client makes them, over Node's built-in fetch: a timeout per request, retries with
 * exponential backoff and jitter on 429, 5xx and network failures, `Retry-After` honoured up to a cap, a bounded body.
 * The clock, the sleep and the randomness are injected, so tests count requests and waits without waiting.
 */
import { retryAfterMs } from './retryAfter.js';

export interface HttpClientOptions {
  /** Names the tool, its version and a contact address (Crossref's etiquette, OpenAlex's polite pool). */
  userAgent: string;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter; Math.random when absent. */
  random?: () => number;
  now?: () => Date;
  /** The longest one request may take, body included (30 s). */
  timeoutMs?: number;
  /** Requests made for one URL before giving up, the first included (4). */
  attempts?: number;
  /** The wait before the first retry; each further retry waits twice as long (1 s). */
  backoffMs?: number;
  /** The longest wait between two attempts; a `Retry-After` asking for more ends the attempts at once (120 s). */
  maxWaitMs?: number;
  /** The largest response body read (64 MiB): an answer that never ends cannot fill the memory. */
  maxBytes?: number;
  /** Extra request headers (an API key). */
  headers?: Readonly<Record<string, string>>;
}

export interface HttpResponse {
  /** The URL asked for. */
  requestUrl: string;
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  bytes: Uint8Array;
}

/** A request that did not bring a usable answer: the message says why in words a person can act on. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    /** True when no attempt reached the server at all (no network, DNS failure, connection refused). */
    readonly unreachable = false,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface HttpClient {
  /** `headers`: this request's own (an API key that only its service may see). */
  get(url: string, accept: string, headers?: Readonly<Record<string, string>>): Promise<HttpResponse>;
}

/** The URL as reports and saved documents show it: an `api_key` in the query is never printed. */
export function shownUrl(url: string): string {
  return url.replace(/([?&]api_key=)[^&#]*/gi, '$1***');
}

const defaults = {
  timeoutMs: 30_000,
  attempts: 4,
  backoffMs: 1_000,
  maxWaitMs: 120_000,
  maxBytes: 64 * 1024 * 1024,
};

/** Statuses worth another attempt: rate limits and the server's own failures. */
function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status <= 599);
}

/** Error codes that mean the request never reached a server. */
const unreachableCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH']);

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
  const attempts = Math.max(1, options.attempts ?? defaults.attempts);
  const backoffMs = options.backoffMs ?? defaults.backoffMs;
  const maxWaitMs = options.maxWaitMs ?? defaults.maxWaitMs;
  const maxBytes = options.maxBytes ?? defaults.maxBytes;

  async function get(
    requestUrl: string,
    accept: string,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<HttpResponse> {
    // Every URL that leaves this function (in a response or an error) is the shown one.
    const url = shownUrl(requestUrl);
    const parsed = URL.canParse(requestUrl) ? new URL(requestUrl) : undefined;
    if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new FetchError('is not an http(s) URL', url);
    }
    let lastProblem = '';
    let everReached = false;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let wait: number | undefined;
      try {
        const response = await fetchImpl(requestUrl, {
          headers: { 'User-Agent': options.userAgent, Accept: accept, ...options.headers, ...headers },
          redirect: 'follow',
          signal: AbortSignal.timeout(timeoutMs),
        });
        everReached = true;
        if (response.ok) {
          const bytes = await readBody(response, maxBytes, url);
          return { requestUrl: url, url: shownUrl(response.url || requestUrl), status: response.status, bytes };
        }
        await response.body?.cancel().catch(() => undefined);
        if (!isRetryableStatus(response.status)) {
          throw new FetchError(
            `the server answered HTTP ${response.status}${statusHint(response.status)}`,
            url,
            response.status,
          );
        }
        lastProblem = `HTTP ${response.status}`;
        const asked = retryAfterMs(response.headers.get('retry-after'), now());
        if (asked !== undefined && asked > maxWaitMs) {
          throw new FetchError(
            `the server answered HTTP ${response.status} and asks to wait ${Math.ceil(asked / 1000)} s; try again later`,
            url,
            response.status,
          );
        }
        wait = asked;
      } catch (error) {
        if (error instanceof FetchError) throw error;
        lastProblem = describeFailure(error, timeoutMs);
        if (!unreachableCodes.has(errorCode(error) ?? '')) everReached = true;
      }
      if (attempt < attempts) {
        const exponential = Math.min(maxWaitMs, backoffMs * 2 ** (attempt - 1));
        await sleep(wait ?? Math.round(exponential * (0.5 + random() / 2)));
      }
    }
    const tries = attempts === 1 ? 'one attempt' : `${attempts} attempts`;
    throw new FetchError(`no answer after ${tries}: ${lastProblem}`, url, undefined, !everReached);
  }

  return { get };
}

/** All of the body, or a FetchError once it grows past `maxBytes`. A cut connection throws as fetch does. */
async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(`the answer is larger than ${maxBytes} bytes`, url, response.status);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError(`the answer is larger than ${maxBytes} bytes`, url, response.status);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function statusHint(status: number): string {
  if (status === 404) return ' (not found: check the identifier)';
  if (status === 401 || status === 403) return ' (refused: the service wants a key or blocks this client)';
  return '';
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined)?.cause;
  // Trying IPv6 and IPv4 both fails as an AggregateError, whose own code may be missing.
  const code = cause?.code ?? cause?.errors?.[0]?.code ?? (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A failed fetch in words: a timeout, a refused or cut connection, an unknown host. */
function describeFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const code = errorCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name cannot be resolved (${code})`;
  if (code !== undefined) return `network error ${code}`;
  const message = error instanceof Error ? error.message : String(error);
  return `network error: ${message}`;
}
