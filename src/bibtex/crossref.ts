/** BibTeX's `crossref`: an entry inherits the fields it lacks from the entry it names (usually its proceedings). */
import type { BibEntry } from './readBibEntries.js';

const inheritsTitleAsBooktitle = new Set([
  'inproceedings',
  'conference',
  'incollection',
  'inbook',
  'bookinbook',
  'suppbook',
]);
const neverInherited = new Set(['crossref', 'ids', 'key', 'label', 'xref', 'entryset']);

export interface CrossrefResult {
  /** Every entry, children with the inherited fields copied in and `crossref` removed. */
  entries: BibEntry[];
  /** Lower-case keys of the entries some other entry inherits from, with how many do. */
  parents: Map<string, number>;
}

/**
 * Copies inherited fields into each child, so that every publication stands on its own and the export needs no
 * `crossref`: the same-named fields BibTeX copies, and the parent's `title` as the child's `booktitle` (biber's rule).
 */
export function resolveCrossrefs(entries: readonly BibEntry[]): CrossrefResult {
  const byKey = new Map(entries.map((entry) => [entry.key.toLowerCase(), entry]));
  const parents = new Map<string, number>();
  const resolved = entries.map((entry) => {
    const target = entry.fields.crossref?.trim().toLowerCase();
    const parent = target === undefined ? undefined : byKey.get(target);
    if (parent === undefined || parent === entry || target === undefined) return entry;
    parents.set(target, (parents.get(target) ?? 0) + 1);
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(entry.fields)) if (name !== 'crossref') fields[name] = value;
    for (const [name, value] of Object.entries(parent.fields)) {
      if (!(name in fields) && !neverInherited.has(name) && name !== 'title') fields[name] = value;
    }
    if (
      fields.booktitle === undefined &&
      parent.fields.title !== undefined &&
      inheritsTitleAsBooktitle.has(entry.type)
    ) {
      fields.booktitle = parent.fields.title;
    }
    return { ...entry, fields };
  });
  return { entries: resolved, parents };
}
