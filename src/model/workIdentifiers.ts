/** The identifiers a published work can carry, as a publication's fields and the source readers' records name them. */

/** Each is how one source names the work. */
export interface WorkIdentifiers {
  doi?: string;
  /** `2405.14768` (no version) or an old-style `hep-th/9901001`. */
  arxiv?: string;
  /** PubMed. */
  pmid?: string;
  /** OpenAlex work, `W2741809807`. */
  openalex?: string;
  /** Semantic Scholar paper id (40 hex digits). */
  semanticScholar?: string;
  /** DBLP record key, `conf/icml/SmithJ19`. */
  dblp?: string;
  /** The put-code of the work in its owner's ORCID record. */
  orcidPutCode?: string;
}
