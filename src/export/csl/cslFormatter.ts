/**
 * citeproc, loaded on first use: formats bibliography entries as HTML, driven exactly as citation-js's CSL plugin
 * drives it (the entries it wrote before are kept byte for byte), without loading citation-js's core for it.
 */
import type { CiteprocEngine, CiteprocModule, CslJsonItem } from 'citeproc';
import { engineWithLazySortSeparator, withCheaperEngines } from './citeprocEngineCosts.js';
import { nameEnd, nameStart } from './cslMarkers.js';

/** The locales citeproc may ask for, by name: XML, or the JSON its XML reader makes of it (cslPreparedBuiltIns.ts). */
export type CslLocaleTexts = ReadonlyMap<string, string>;

export interface CslFormatter {
  /**
   * Each item's bibliography entry as citeproc's HTML, by item id; all items in one citeproc run. With `nameMarkers`
   * false, the name markers the style puts around each name (cslStyleXml.ts) are left out, as if the style had none.
   */
  formatEntries(items: readonly CslJsonItem[], nameMarkers?: boolean): Map<string, string>;
}

/** Makes formatters once citeproc is loaded. */
export type CslFormatterFactory = (style: string, lang: string, locales: CslLocaleTexts) => CslFormatter;

export async function loadCslFormatterFactory(): Promise<CslFormatterFactory> {
  const CSL = withCheaperEngines((await import('citeproc')).default);
  return (style, lang, locales) => cslFormatter(CSL, style, lang, locales);
}

/**
 * A formatter of one style (XML, or citeproc's JSON of it) in one locale. The engine is built on first use and kept
 * for later calls, as the plugin kept one per style and locale.
 */
function cslFormatter(CSL: CiteprocModule, style: string, lang: string, locales: CslLocaleTexts): CslFormatter {
  let engine: CiteprocEngine | undefined;
  let markedNames: NameMarkerSwitch | undefined;
  let items = new Map<string, CslJsonItem>();
  const retrieveItem = (id: string) => {
    const item = items.get(id);
    if (item === undefined) throw new Error(`Cannot find entry with id '${id}'`);
    return item;
  };
  // The plugin's locale lookup: the name, then with an underscore, else nothing (citeproc then uses its own).
  const retrieveLocale = (name: string) => locales.get(name) ?? locales.get(name.replace('-', '_')) ?? {};
  return {
    formatEntries(data, nameMarkers = true) {
      items = new Map(data.map((item) => [item.id, downgradeCsl(item)]));
      if (engine === undefined) {
        engine = engineWithLazySortSeparator(
          CSL,
          { retrieveLocale, retrieveItem },
          style,
          locales.has(lang) ? lang : undefined,
          true,
        );
        markedNames = nameMarkerSwitch(engine);
      } else {
        engine.sys.retrieveItem = retrieveItem;
        engine.sys.wrapBibliographyEntry = undefined;
        engine.updateItems([]);
      }
      markedNames?.(nameMarkers);
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

/** Puts the name markers into the affixes of the engine's name elements, or takes them out. */
type NameMarkerSwitch = (on: boolean) => void;

/**
 * citeproc reads a name element's affixes from its token each time it prints a name, so one engine built from the
 * marked style renders as the plain style does once the markers are cut from those affixes: the page's two
 * renderings of an entry then need one engine, not two (building one is a fifth of `--style apa`). The tokens are
 * the ones whose affixes end and begin with the markers the marked style added; undefined when there are none.
 */
function nameMarkerSwitch(engine: CiteprocEngine): NameMarkerSwitch | undefined {
  const tokens = new Set<CiteprocToken>();
  const lists = [
    ...['citation', 'citation_sort', 'bibliography', 'bibliography_sort', 'intext'].map(
      (area) => (engine as unknown as Record<string, { tokens?: CiteprocToken[] } | undefined>)[area]?.tokens ?? [],
    ),
    ...Object.values((engine as unknown as { macros: Record<string, CiteprocToken[]> }).macros),
  ];
  for (const list of lists) {
    for (const token of list) {
      const { prefix, suffix } = token.strings ?? {};
      if (
        typeof prefix === 'string' &&
        typeof suffix === 'string' &&
        prefix.endsWith(nameStart) &&
        suffix.startsWith(nameEnd)
      )
        tokens.add(token);
    }
  }
  if (tokens.size === 0) return undefined;
  const affixes = [...tokens].map((token) => ({
    strings: token.strings,
    marked: { prefix: token.strings.prefix, suffix: token.strings.suffix },
    plain: {
      prefix: token.strings.prefix.slice(0, -nameStart.length),
      suffix: token.strings.suffix.slice(nameEnd.length),
    },
  }));
  return (on) => {
    for (const { strings, marked, plain } of affixes) Object.assign(strings, on ? marked : plain);
  };
}

interface CiteprocToken {
  strings: { prefix: string; suffix: string };
}

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
