/** Where a publication can be read, best first: its own URL, its DOI's page, its arXiv page. */
import type { PublicationFields } from '../../model/schema.js';

export function paperLinks(fields: PublicationFields): string[] {
  return [
    ...(fields.url === undefined ? [] : [fields.url]),
    ...(fields.doi === undefined ? [] : [`https://doi.org/${fields.doi}`]),
    ...(fields.arxiv === undefined ? [] : [`https://arxiv.org/abs/${fields.arxiv.replace(/^arxiv:\s*/i, '')}`]),
  ];
}
