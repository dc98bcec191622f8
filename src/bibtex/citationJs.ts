/** citation-js's BibTeX reader, loaded on first use so that other commands never pay for it. */
import { clearCitationJsLog, loadCitationJs } from '../citationJs.js';

/** An entry as citation-js reads it before any conversion: every field, its value as raw TeX. */
export interface RawBibEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
  annotations?: Record<string, Record<string, string>>;
}

export type RawBibParser = (text: string) => RawBibEntry[];

let loading: Promise<RawBibParser> | undefined;

/** The raw reader (`@biblatex/text`): macros and `#` resolved, fields kept verbatim, no CSL conversion. */
export function loadRawBibParser(): Promise<RawBibParser> {
  loading ??= load();
  return loading;
}

async function load(): Promise<RawBibParser> {
  const core = await loadCitationJs<typeof import('@citation-js/core').default>(
    () => import('@citation-js/plugin-bibtex'),
  );
  return (text) => {
    const entries = core.plugins.input.data(text, '@biblatex/text') as RawBibEntry[];
    clearCitationJsLog(core);
    return entries;
  };
}
