/**
 * Fetches every identifier's raw answers, one source after another (the services ask for no parallel requests), and
 * keeps what each brought: a source that fails is named with the reason, and the others' documents are all returned.
 */

import type { FetchContext, FetchedDocument } from './fetchedDocument.js';
import { fetchOpenAlex } from './fetchOpenAlex.js';
import { fetchOrcid } from './fetchOrcid.js';
import { fetchSemanticScholar } from './fetchSemanticScholar.js';
import { fetchArxiv, fetchCrossref, fetchDblp } from './fetchSingle.js';
import { FetchError } from './httpClient.js';
import { type SourceIdentifier, type SourceKind, sourceLabel } from './sourceIdentifiers.js';

export interface SourceFailure {
  /** `orcid:0000-0002-1825-0097` */
  source: string;
  message: string;
  /** The request that failed. */
  url?: string;
  /** No request reached a server: most likely no network at all. */
  unreachable: boolean;
}

export interface FetchedSources {
  documents: FetchedDocument[];
  /** The identifiers each fetched completely, in order (a saved folder's old files of these may be replaced). */
  complete: SourceIdentifier[];
  failures: SourceFailure[];
}

const fetchers: Readonly<Record<SourceKind, (value: string, context: FetchContext) => Promise<FetchedDocument[]>>> = {
  orcid: fetchOrcid,
  openalex: fetchOpenAlex,
  dblp: fetchDblp,
  s2: fetchSemanticScholar,
  doi: fetchCrossref,
  arxiv: fetchArxiv,
};

export async function fetchSources(ids: readonly SourceIdentifier[], context: FetchContext): Promise<FetchedSources> {
  const result: FetchedSources = { documents: [], complete: [], failures: [] };
  for (const id of ids) {
    try {
      result.documents.push(...(await fetchers[id.kind](id.value, context)));
      result.complete.push(id);
    } catch (error) {
      // Anything but a FetchError is a bug and keeps its stack.
      if (!(error instanceof FetchError)) throw error;
      result.failures.push({
        source: sourceLabel(id),
        message: error.message,
        url: error.url,
        unreachable: error.unreachable,
      });
    }
  }
  return result;
}
