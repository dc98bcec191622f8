/**
 * An ORCID record's works from the public API v3.0: the works summary (`/{orcid}/works`, groups of versions), then the
 * full works (`/{orcid}/works/{put-codes}`, at most 100 put-codes a request, as ORCID allows), which carry contributors.
 */
import { type FetchContext, type FetchedDocument, fetchedDocument, field, jsonAnswer } from './fetchedDocument.js';

/** ORCID's limit on put-codes in one bulk request. */
export const orcidBulkLimit = 100;

export async function fetchOrcid(orcid: string, context: FetchContext): Promise<FetchedDocument[]> {
  const name = `orcid:${orcid}`;
  const base = `${context.bases.orcid}/${orcid}`;
  const summary = await context.http.get(`${base}/works`, 'application/json');
  const documents = [fetchedDocument(name, summary, `orcid-${orcid}-works.json`)];
  const codes = putCodes(jsonAnswer(summary));
  for (let start = 0, batch = 1; start < codes.length; start += orcidBulkLimit, batch++) {
    const slice = codes.slice(start, start + orcidBulkLimit);
    const works = await context.http.get(`${base}/works/${slice.join(',')}`, 'application/json');
    jsonAnswer(works);
    documents.push(fetchedDocument(name, works, `orcid-${orcid}-works-${batch}.json`));
  }
  return documents;
}

/** Every version's put-code of every group, in the summary's order, each once; the reader picks the preferred one. */
export function putCodes(summary: unknown): string[] {
  const groups = field(summary, 'group');
  const codes: string[] = [];
  if (!Array.isArray(groups)) return codes;
  for (const group of groups) {
    const versions = field(group, 'work-summary');
    if (!Array.isArray(versions)) continue;
    for (const version of versions) {
      const code = field(version, 'put-code');
      // A put-code is a number; anything else would be pasted into the URL path, so it is skipped.
      const text = typeof code === 'number' || typeof code === 'string' ? String(code) : '';
      if (/^\d{1,12}$/.test(text) && !codes.includes(text)) codes.push(text);
    }
  }
  return codes;
}
