/** What the fetchers share: the context of a fetch, the documents they return, and reading a JSON answer. */
import type { SourceDocument } from '../sources/sourceDocument.js';
import type { ApiBases } from './apiBases.js';
import { FetchError, type HttpClient, type HttpResponse } from './httpClient.js';

export interface FetchContext {
  http: HttpClient;
  bases: ApiBases;
  /** The owner's address, sent as `mailto=` where the service asks for one (OpenAlex, Crossref). */
  contact?: string | undefined;
  /** API keys: OpenAlex's (`api_key=`, required for more than a few list requests a day since 2026), Semantic Scholar's. */
  keys?: { openalex?: string | undefined; s2?: string | undefined };
  /** The most pages one source may take before the fetch stops as runaway paging (1,000). */
  maxPages?: number;
}

/** A raw answer as a SourceDocument, with the file name `--save` keeps it under (deterministic, so CI diffs are). */
export interface FetchedDocument extends SourceDocument {
  fileName: string;
  /** Kept by `--save` but not imported: another document of the source holds all of it and more (ORCID's summary). */
  keepOnly?: boolean;
}

export function fetchedDocument(name: string, response: HttpResponse, fileName: string): FetchedDocument {
  return { name, bytes: response.bytes, url: response.url, fileName };
}

/** The answer parsed as JSON; a cut or garbled answer is a FetchError (paging needs the parsed page). */
export function jsonAnswer(response: HttpResponse): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(response.bytes));
  } catch {
    throw new FetchError(
      `the answer is not complete JSON (${response.bytes.byteLength} bytes; cut short?)`,
      response.url,
      response.status,
    );
  }
}

/** The value at `path` when it is an object, else undefined: API answers are read without trusting their shape. */
export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

export const defaultMaxPages = 1_000;

/** A query string in a fixed order (the saved URLs and test expectations stay stable). */
export function query(params: ReadonlyArray<readonly [string, string | undefined]>): string {
  const parts = params
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
