// citeproc ships no type declarations; only what profile uses is declared (citeproc-js's own manual names them).
declare module 'citeproc' {
  export type CslJsonItem = { id: string } & Record<string, unknown>;

  export interface CiteprocSys {
    retrieveLocale(name: string): string | object;
    retrieveItem(id: string): CslJsonItem;
    wrapBibliographyEntry?: unknown;
  }

  export interface CiteprocEngine {
    sys: CiteprocSys;
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    /** The ids in bibliography order. */
    updateItems(ids: readonly string[], nosort?: boolean): string[];
    /** Its layout data and one string per entry, or false for a style without a bibliography. */
    makeBibliography(): [Record<string, unknown>, string[]] | false;
  }

  export interface CiteprocModule {
    Engine: new (sys: CiteprocSys, style: string, lang: string | undefined, forceLang: boolean) => CiteprocEngine;
    parseXml(xml: string): unknown;
    /** Called with the engine as `this`: the comparison its sorting uses. */
    getSortCompare(locale: string | undefined): (a: string, b: string) => number;
  }

  const CSL: CiteprocModule;
  export default CSL;
}
