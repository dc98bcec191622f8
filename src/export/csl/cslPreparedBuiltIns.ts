/** The built-in styles and locales turned into citeproc's own JSON at build time (dist/csl/), so that a run skips their XML. */
import { builtInCslLocales, builtInCslStyles } from './cslBuiltIns.js';
import { prepareCslStyle } from './cslStyleXml.js';

/** A built-in style as `prepareCslStyle` makes it, each copy already parsed by citeproc (it accepts JSON text). */
export interface PreparedBuiltInStyle {
  readonly plainJson: string;
  readonly markedJson: string;
  readonly defaultLocale: string | undefined;
}

export const preparedStyleFile = (style: string) => `style-${style}.json`;
export const preparedLocaleFile = (locale: string) => `locale-${locale}.json`;

/**
 * The files of dist/csl/, by name. `parseXml` is citeproc's own XML reader (CSL.parseXml), so the JSON is exactly
 * what citeproc would have made of the XML on every run.
 */
export function preparedBuiltInFiles(
  parseXml: (xml: string) => unknown,
  styleXml: (style: string) => string,
  localeXml: (locale: string) => string,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const style of builtInCslStyles) {
    const prepared = prepareCslStyle(styleXml(style));
    const entry: PreparedBuiltInStyle = {
      plainJson: JSON.stringify(parseXml(prepared.plainXml)),
      markedJson: JSON.stringify(parseXml(prepared.markedXml)),
      defaultLocale: prepared.defaultLocale,
    };
    files.set(preparedStyleFile(style), JSON.stringify(entry));
  }
  for (const locale of builtInCslLocales)
    files.set(preparedLocaleFile(locale), JSON.stringify(parseXml(localeXml(locale))));
  return files;
}
