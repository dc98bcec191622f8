/** The XML of the styles and locales that ship with citation-js's CSL plugin: read only where dist/csl/ has no parsed copy. */

export interface BuiltInCslXml {
  readonly styles: Readonly<Record<string, string>>;
  readonly locales: Readonly<Record<string, string>>;
}

let loading: Promise<BuiltInCslXml> | undefined;

export function loadBuiltInCslXml(): Promise<BuiltInCslXml> {
  loading ??= Promise.all([
    import('@citation-js/plugin-csl/lib/styles.json'),
    import('@citation-js/plugin-csl/lib/locales.json'),
  ]).then(([styles, locales]) => ({ styles: styles.default, locales: locales.default }));
  return loading;
}
