/** The names a work is credited to: its authors, else (an edited book, a volume of proceedings) its editors. */
import type { Author } from './schema.js';

export interface CreditedNames {
  names: readonly Author[];
  /** The names are the work's editors: a page writes `(ed.)` or `(eds.)` after them. */
  editors: boolean;
}

export function creditedNames(fields: {
  readonly authors: readonly Author[];
  readonly editors?: readonly Author[] | undefined;
}): CreditedNames {
  const editors = fields.editors ?? [];
  return fields.authors.length === 0 && editors.length > 0
    ? { names: editors, editors: true }
    : { names: fields.authors, editors: false };
}

/** `(ed.)` after one editor's name, `(eds.)` after several, as APA and Chicago mark an edited volume. */
export function editorsMark(count: number): string {
  return count === 1 ? '(ed.)' : '(eds.)';
}
