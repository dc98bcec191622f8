/** What an exporter produces: files by their path inside the target folder, plus advice for the user. */

export interface GeneratedFile {
  /** Relative to the site folder, `/`-separated, never absolute and never with `..`. */
  readonly path: string;
  readonly content: string;
}

export interface SiteExport {
  readonly files: readonly GeneratedFile[];
  /** Things the user must do by hand, such as settings in `_config.yml`; printed, never written. */
  readonly advice: readonly string[];
  /** What a site will show differently from the profile, said only in a run that writes one of the files concerned. */
  readonly notes?: readonly SiteNote[];
}

/** A note about some generated files: printed when one of them is created or updated, not on every run. */
export interface SiteNote {
  readonly text: string;
  /** Paths of generated files, as in `GeneratedFile.path`. */
  readonly files: readonly string[];
}

/** How publication entries are written on pages: the seed's layout, or a CSL style's. */
export type PublicationEntryRenderer = (item: import('../model/items.js').PublicationItem) => string;

export interface SiteExportOptions {
  /** Set with --style: how publication entries are written on generated pages. */
  readonly publicationEntry?: PublicationEntryRenderer;
  /** The site's own `_config.yml`, when it has one, so that advice names only settings it lacks. */
  readonly siteConfig?: string;
}
