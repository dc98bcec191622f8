// citation-js ships no type declarations; only what profile uses is declared.
declare module '@citation-js/core' {
  export const plugins: {
    input: { data(input: unknown, type: string): unknown };
  };
  export const logger: { _log: unknown[] };
  const core: { plugins: typeof plugins; logger: typeof logger };
  export default core;
}

declare module '@citation-js/plugin-bibtex';
