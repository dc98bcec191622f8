/** What `export --format` accepts; its own module so the CLI can list it without loading the exporters. */

export const exportFormats = ['md', 'json', 'bib'] as const;
export type ExportFormat = (typeof exportFormats)[number];
