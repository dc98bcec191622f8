/** What `export --format` and `export --site` accept; its own module so the CLI can list them without loading the exporters. */

export const exportFormats = ['md', 'json', 'bib', 'csl-json', 'jsonresume', 'rendercv', 'cv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportSites = ['academicpages', 'al-folio', 'hugo-blox'] as const;
export type ExportSite = (typeof exportSites)[number];

export { builtInCslLocales, builtInCslStyles } from './csl/cslBuiltIns.js';
