/** Where a publication can be read, best first: its own URL, its DOI's page, its arXiv page, its PubMed page. */
import type { PublicationFields } from '../../model/schema.js';

export function paperLinks(fields: PublicationFields): string[] {
  return [
    ...(fields.url === undefined ? [] : [fields.url]),
    ...(fields.doi === undefined ? [] : [`https://doi.org/${fields.doi}`]),
    ...(fields.arxiv === undefined ? [] : [`https://arxiv.org/abs/${fields.arxiv.replace(/^arxiv:\s*/i, '')}`]),
    ...(fields.pmid === undefined ? [] : [`https://pubmed.ncbi.nlm.nih.gov/${fields.pmid}/`]),
  ];
}
