/** citation-js's core with one plugin registered, loaded on first use (the BibTeX and RIS readers). */

/** Only the part of @citation-js/core every user needs; each caller names the rest it uses. */
export interface CitationJsCore {
  logger: { _log: unknown[] };
}

/** The core once `registerPlugin` (a literal `import()`, so that the bundler sees it) has run. */
export async function loadCitationJs<Core extends CitationJsCore>(
  registerPlugin: () => Promise<unknown>,
): Promise<Core> {
  const imported = await import('@citation-js/core');
  await registerPlugin();
  // Bundled, the CommonJS module arrives as a default export only.
  return ('plugins' in imported && imported.plugins ? imported : imported.default) as unknown as Core;
}

/** Its logger keeps every message in memory even when silent: emptied after each call. */
export function clearCitationJsLog(core: CitationJsCore): void {
  core.logger._log.length = 0;
}
