/**
 * An ORCID record's works from the public API v3.0: the works summary (`/{orcid}/works`, one group of versions per
 * work), then the full works (`/{orcid}/works/{put-codes}`, at most 100 put-codes a request, as ORCID allows), which
 * carry the contributors the summary lacks: of each group the version ORCID shows, the one with the highest
 * `display-index`. The full works are what is imported; the summary is kept by `--save` only, since each of its works
 * is one of them with less in it.
 */
import { type FetchContext, type FetchedDocument, fetchedDocument, field, jsonAnswer } from './fetchedDocument.js';

/** ORCID's limit on put-codes in one bulk request. */
export const orcidBulkLimit = 100;

export async function fetchOrcid(orcid: string, context: FetchContext): Promise<FetchedDocument[]> {
  const name = `orcid:${orcid}`;
  const base = `${context.bases.orcid}/${orcid}`;
  const summary = await context.http.get(`${base}/works`, 'application/json');
  const documents: FetchedDocument[] = [
    { ...fetchedDocument(name, summary, `orcid-${orcid}-works.json`), keepOnly: true },
  ];
  const codes = preferredPutCodes(jsonAnswer(summary));
  // A record without works: the summary is all there is, and reading it says so.
  if (codes.length === 0) return [fetchedDocument(name, summary, `orcid-${orcid}-works.json`)];
  for (let start = 0, batch = 1; start < codes.length; start += orcidBulkLimit, batch++) {
    const slice = codes.slice(start, start + orcidBulkLimit);
    const works = await context.http.get(`${base}/works/${slice.join(',')}`, 'application/json');
    jsonAnswer(works);
    documents.push(fetchedDocument(name, works, `orcid-${orcid}-works-${batch}.json`));
  }
  return documents;
}

/**
 * The put-code of each group's preferred version (the highest `display-index`; a tie keeps the first listed, as
 * ORCID shows it), in the summary's order, each once.
 */
export function preferredPutCodes(summary: unknown): string[] {
  const groups = field(summary, 'group');
  const codes: string[] = [];
  if (!Array.isArray(groups)) return codes;
  for (const group of groups) {
    const versions = field(group, 'work-summary');
    if (!Array.isArray(versions)) continue;
    let best: string | undefined;
    let bestIndex = Number.NEGATIVE_INFINITY;
    for (const version of versions) {
      const code = field(version, 'put-code');
      // A put-code is a number; anything else would be pasted into the URL path, so it is skipped.
      const text = typeof code === 'number' || typeof code === 'string' ? String(code) : '';
      if (!/^\d{1,12}$/.test(text)) continue;
      const index = Number(field(version, 'display-index') ?? 0);
      const rank = Number.isFinite(index) ? index : 0;
      if (rank > bestIndex) {
        best = text;
        bestIndex = rank;
      }
    }
    if (best !== undefined && !codes.includes(best)) codes.push(best);
  }
  return codes;
}
