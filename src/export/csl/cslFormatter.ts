/** citation-js's CSL plugin, loaded on first use: registers styles and formats bibliography entries as citeproc HTML. */
import { createHash } from 'node:crypto';
import { clearCitationJsLog, loadCitationJs } from '../../citationJs.js';

/** Only what profile uses of @citation-js/core once plugin-csl is registered. */
interface CitationJsWithCsl {
  plugins: {
    config: {
      get(plugin: '@csl'): {
        templates: { add(name: string, xml: string): void; get(name: string): string };
        locales: { set(name: string, xml: string): void };
      };
    };
    output: { format(format: 'bibliography', data: readonly object[], options: Record<string, unknown>): unknown };
  };
  logger: { _log: unknown[] };
}

export interface CslFormatter {
  /** The XML of a style that ships with the plugin. */
  builtInStyleXml(name: string): string;
  /** Hands citeproc the locale as the JSON its XML reader makes of it (cslPreparedBuiltIns.ts), not as XML. */
  useParsedLocale(locale: string, json: string): void;
  /** Registers a style (XML, or citeproc's JSON of it) under a name made from its text, so that the plugin's engine cache never mixes two styles. */
  registerStyle(xml: string): string;
  /** Each item's bibliography entry as citeproc's HTML, by item id; all items in one citeproc run. */
  formatEntries(items: readonly { id: string }[], style: string, locale: string): Map<string, string>;
}

let loading: Promise<CslFormatter> | undefined;

export function loadCslFormatter(): Promise<CslFormatter> {
  loading ??= load();
  return loading;
}

async function load(): Promise<CslFormatter> {
  const core = await loadCitationJs<CitationJsWithCsl>(() => import('@citation-js/plugin-csl'));
  const { templates, locales } = core.plugins.config.get('@csl');
  return {
    useParsedLocale: (locale, json) => locales.set(locale, json),
    builtInStyleXml: (name) => templates.get(name),
    registerStyle(xml) {
      const name = `profile-${createHash('sha256').update(xml).digest('hex').slice(0, 16)}`;
      templates.add(name, xml);
      return name;
    },
    formatEntries(items, style, locale) {
      const entries = core.plugins.output.format('bibliography', items, {
        template: style,
        lang: locale,
        format: 'html',
        hyperlinks: true,
        asEntryArray: true,
      }) as [string, string][];
      clearCitationJsLog(core);
      return new Map(entries);
    },
  };
}
