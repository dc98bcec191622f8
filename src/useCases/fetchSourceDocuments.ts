/**
 * The fetching half of `profile import --from ID...`: the words resolved to identifiers (`profile` to profile.md's),
 * every source fetched politely, the raw answers kept with `--save DIR`. Returns the documents for the readers of
 * `profile import` and each failed source with its reason; nothing here reads a publication.
 */
import { UsageError } from '../errors.js';
import { apiBases, apiKeys } from '../fetch/apiBases.js';
import type { FetchedDocument } from '../fetch/fetchedDocument.js';
import { fetchSources, type SourceFailure } from '../fetch/fetchSources.js';
import { createHttpClient, type HttpClientOptions } from '../fetch/httpClient.js';
import { resolveSourceIdentifiers, type SourceIdentifier, sourceLabel } from '../fetch/sourceIdentifiers.js';
import { contactAddress, toolVersion, userAgentFor } from '../fetch/userAgent.js';
import type { Owner } from '../model/schema.js';
import { type SavedSources, saveSourceDocuments } from '../store/saveSourceDocuments.js';

export interface FetchSourceDocumentsOptions {
  /** The `--from` words: `orcid:…`, `openalex:…`, `dblp:…`, `s2:…`, `doi:…`, `arxiv:…`, `profile`. */
  from: readonly string[];
  /** profile.md's owner: its identifiers for `profile`, its first e-mail address as the contact of every request. */
  owner: Pick<Owner, 'email' | 'orcid' | 'openalex' | 'dblp' | 'semanticScholar'> | undefined;
  /** Where to keep the raw answers (`--save DIR`), absolute; nothing is written without it. */
  saveDir?: string | undefined;
  /** The environment: the API base variables (PROFILE_ORCID_API, …). */
  env: Readonly<Record<string, string | undefined>>;
  /** Tests inject the transport, the waits and the jitter; the real ones otherwise. */
  http?: Partial<Omit<HttpClientOptions, 'userAgent'>>;
}

export interface FetchSourceDocumentsResult {
  /** The identifiers asked for, in order, as `kind:value`. */
  sources: string[];
  /** What to import (a document kept only for `--save` is not among them). */
  documents: FetchedDocument[];
  failures: SourceFailure[];
  /** Every request failed before reaching any server and nothing came: most likely no network at all. */
  offline: boolean;
  saved?: SavedSources;
}

/** The stem of a paged source's saved pages (see saveSourceDocuments). */
function pageFamily(id: SourceIdentifier): string | undefined {
  if (id.kind === 'orcid') return `orcid-${id.value}-works`;
  if (id.kind === 'openalex') return `openalex-${id.value}-works`;
  if (id.kind === 's2') return `s2-${id.value}-papers`;
  return undefined;
}

export async function fetchSourceDocuments(options: FetchSourceDocumentsOptions): Promise<FetchSourceDocumentsResult> {
  const { ids, problems } = resolveSourceIdentifiers(options.from, options.owner);
  if (problems.length > 0) {
    throw new UsageError(problems.join('\n'), 'see `profile import --help` for the identifiers --from takes');
  }
  if (ids.length === 0) throw new UsageError('--from needs at least one identifier, or profile');
  const bases = apiBases(options.env);
  const keys = apiKeys(options.env);
  const contact = contactAddress(options.owner?.email);
  const http = createHttpClient({ ...options.http, userAgent: userAgentFor(toolVersion, contact) });
  const fetched = await fetchSources(ids, { http, bases, contact, keys });
  const result: FetchSourceDocumentsResult = {
    sources: ids.map(sourceLabel),
    documents: fetched.documents.filter((document) => !document.keepOnly),
    failures: fetched.failures,
    offline:
      fetched.documents.length === 0 &&
      fetched.failures.length > 0 &&
      fetched.failures.every((failure) => failure.unreachable),
  };
  if (options.saveDir !== undefined && fetched.documents.length > 0) {
    const families = fetched.complete.map(pageFamily).filter((stem): stem is string => stem !== undefined);
    result.saved = await saveSourceDocuments(options.saveDir, fetched.documents, families);
  }
  return result;
}
