/**
 * citeproc, loaded on first use: formats bibliography entries as HTML, driven exactly as citation-js's CSL plugin
 * drives it (the entries it wrote before are kept byte for byte), without loading citation-js's core for it.
 */
import type { CiteprocEngine, CiteprocModule, CslJsonItem } from 'citeproc';

/** The locales citeproc may ask for, by name: XML, or the JSON its XML reader makes of it (cslPreparedBuiltIns.ts). */
export type CslLocaleTexts = ReadonlyMap<string, string>;

export interface CslFormatter {
  /** Each item's bibliography entry as citeproc's HTML, by item id; all items in one citeproc run. */
  formatEntries(items: readonly CslJsonItem[]): Map<string, string>;
}

/**
 * A formatter of one style (XML, or citeproc's JSON of it) in one locale. The engine is built on first use and kept
 * for later calls, as the plugin kept one per style and locale.
 */
export async function loadCslFormatter(style: string, lang: string, locales: CslLocaleTexts): Promise<CslFormatter> {
  const CSL = deferredSortCompare((await import('citeproc')).default);
  let engine: CiteprocEngine | undefined;
  let items = new Map<string, CslJsonItem>();
  const retrieveItem = (id: string) => {
    const item = items.get(id);
    if (item === undefined) throw new Error(`Cannot find entry with id '${id}'`);
    return item;
  };
  // The plugin's locale lookup: the name, then with an underscore, else nothing (citeproc then uses its own).
  const retrieveLocale = (name: string) => locales.get(name) ?? locales.get(name.replace('-', '_')) ?? {};
  return {
    formatEntries(data) {
      items = new Map(data.map((item) => [item.id, downgradeCsl(item)]));
      if (engine === undefined) {
        engine = new CSL.Engine({ retrieveLocale, retrieveItem }, style, locales.has(lang) ? lang : undefined, true);
      } else {
        engine.sys.retrieveItem = retrieveItem;
        engine.sys.wrapBibliographyEntry = undefined;
        engine.updateItems([]);
      }
      engine.setOutputFormat('html');
      engine.opt.development_extensions.wrap_url_and_doi = false;
      const sortedIds = engine.updateItems(
        data.map((item) => item.id),
        false,
      );
      // The plugin's `hyperlinks: true`: URLs and DOIs become links.
      engine.opt.development_extensions.wrap_url_and_doi = true;
      const bibliography = engine.makeBibliography();
      const body = bibliography === false ? [] : bibliography[1];
      return new Map(body.map((entry, index) => [sortedIds[index] ?? '', prefixedEntry(entry, sortedIds[index])]));
    },
  };
}

/**
 * Every engine makes citeproc's string comparison when it is built, and to make it compares two strings with an
 * ICU collator, whose first use loads collation data (a twentieth of `--style apa`), although a page of entries
 * that the style does not sort never compares. The comparison is made on its first use instead: it is a pure
 * function of the locale it was asked for, so it compares exactly as before. Once per loaded module.
 */
function deferredSortCompare(CSL: CiteprocModule): CiteprocModule {
  if (deferred.has(CSL)) return CSL;
  deferred.add(CSL);
  const makeCompare = CSL.getSortCompare;
  CSL.getSortCompare = function (this: unknown, locale) {
    let compare: ((a: string, b: string) => number) | undefined;
    return (a, b) => {
      compare ??= makeCompare.call(this, locale);
      return compare(a, b);
    };
  };
  return CSL;
}

const deferred = new WeakSet<CiteprocModule>();

/** CSL 1.0.2 names that citeproc reads by their CSL 1.0.1 names (citation-js's `downgradeCsl`). */
function downgradeCsl(item: CslJsonItem): CslJsonItem {
  const copy: CslJsonItem = { ...item };
  if ('event-title' in copy) {
    copy.event = copy['event-title'];
    delete copy['event-title'];
  }
  if (copy.type === 'software') copy.type = 'book';
  return copy;
}

/** The entry's first tag carries its id, as the plugin wrote it (`data-csl-entry-id`). */
function prefixedEntry(entry: string, id: string | undefined): string {
  return entry.replace(/^\s*<[a-z]+/i, `$& data-csl-entry-id="${id}"`);
}
