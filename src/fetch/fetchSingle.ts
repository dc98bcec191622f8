/** The sources answered by one request: a DBLP person's XML, a DOI's Crossref record, an arXiv id's Atom entry. */

import {
  type FetchContext,
  type FetchedDocument,
  fetchedDocument,
  field,
  jsonAnswer,
  query,
} from './fetchedDocument.js';
import { FetchError } from './httpClient.js';

/** `https://dblp.org/pid/{pid}.xml`: every record of the person, `<dblpperson>` with `<r>` records. */
export async function fetchDblp(pid: string, context: FetchContext): Promise<FetchedDocument[]> {
  const response = await context.http.get(`${context.bases.dblp}/pid/${pid}.xml`, 'application/xml');
  return [fetchedDocument(`dblp:${pid}`, response, `dblp-${pid.replace('/', '-')}.xml`)];
}

/** `api.crossref.org/works/{doi}`: one work's record (`message`), with `mailto=` for Crossref's polite pool. */
export async function fetchCrossref(doi: string, context: FetchContext): Promise<FetchedDocument[]> {
  // The slash between prefix and suffix stays a slash (Crossref's documented form); everything else is escaped.
  const path = doi.split('/').map(encodeURIComponent).join('/');
  const url = `${context.bases.crossref}/works/${path}${query([['mailto', context.contact]])}`;
  const response = await context.http.get(url, 'application/json');
  if (field(jsonAnswer(response), 'message') === undefined) {
    throw new FetchError('the answer has no "message"', response.url, response.status);
  }
  return [fetchedDocument(`doi:${doi}`, response, `doi-${doi}.json`)];
}

/** `export.arxiv.org/api/query?id_list=…`: the Atom feed with the paper's entry. */
export async function fetchArxiv(id: string, context: FetchContext): Promise<FetchedDocument[]> {
  const url = `${context.bases.arxiv}/query${query([['id_list', id]])}`;
  const response = await context.http.get(url, 'application/atom+xml');
  return [fetchedDocument(`arxiv:${id}`, response, `arxiv-${id}.xml`)];
}
