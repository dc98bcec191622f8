// @citation-js/plugin-csl ships no type declarations. profile reads only its built-in styles and locales, as data;
// the tests import the plugin itself (for its side effect, registering '@csl') as a reference.
declare module '@citation-js/plugin-csl';

declare module '@citation-js/plugin-csl/lib/styles.json' {
  const styles: Readonly<Record<string, string>>;
  export default styles;
}

declare module '@citation-js/plugin-csl/lib/locales.json' {
  const locales: Readonly<Record<string, string>>;
  export default locales;
}
