// citation-js ships no type declarations; only what profile uses is declared.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      data(input: unknown, type: string): unknown;
      chain(input: unknown, options: { target: string; generateGraph?: boolean; forceType?: string }): unknown;
    };
  };
  export const logger: { _log: unknown[] };
  const core: { plugins: typeof plugins; logger: typeof logger };
  export default core;
}

declare module '@citation-js/plugin-bibtex';

declare module '@citation-js/plugin-ris';

// The plugin's LaTeX tables, as data (lib/input/unicode.json): accents, text commands, math letters.
declare module '@citation-js/plugin-bibtex/lib/input/unicode.json' {
  const tables: {
    diacritics: Readonly<Record<string, string>>;
    commands: Readonly<Record<string, string | null>>;
    mathCommands: Readonly<Record<string, string>>;
  };
  export default tables;
}
