/**
 * The edited book the export tests share: a volume with editors and no authors, the owner first among them. Each test
 * adds where it keeps the press (`venue` or `publisher`) and whatever else it needs.
 */
import type { Author } from '../../src/model/schema.js';

export function editedBookFields(): {
  type: 'book';
  title: string;
  authors: Author[];
  editors: Author[];
  date: string;
} {
  return {
    type: 'book',
    title: 'Handbook of Federated Learning',
    authors: [],
    editors: [
      { family: 'Li', given: 'Zexi' },
      { family: 'Okafor', given: 'Chidi' },
    ],
    date: '2021',
  };
}
