/** One document read from a publication source: a file given to `profile import`, or a raw API response fetched by `import --from`. */

export interface SourceDocument {
  /** How the document is named in reports: the path as given, `<stdin>`, or the identifier it was fetched for (`orcid:0000-0002-1825-0097`). */
  name: string;
  /** The raw bytes, exactly as read or received: the format is recognised from the content, and text encodings (UTF-8, Latin-1 RIS) are decided by the reader. */
  bytes: Uint8Array;
  /** Where a fetched document came from (the request URL); absent for files. */
  url?: string;
}
