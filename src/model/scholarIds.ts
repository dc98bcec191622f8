/** The identifiers of a scholar and of a work at the services `profile import --from` reads: their forms and checks. */

/** `0000-0002-1825-0097`: four groups of four, the last character a digit or X (ISO 7064 MOD 11-2 check). */
export const orcidPattern = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** The ORCID without `https://orcid.org/`, upper-case X, or undefined when it is not one (a typo fails the check digit). */
export function normalOrcid(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^https?:\/\/(?:www\.)?orcid\.org\//i, '')
    .toUpperCase();
  if (!orcidPattern.test(bare)) return undefined;
  return orcidCheckDigit(bare.replaceAll('-', '').slice(0, 15)) === bare.at(-1) ? bare : undefined;
}

/** ORCID's check character over the first 15 digits (ISO 7064 MOD 11-2), as ORCID documents it. */
export function orcidCheckDigit(first15: string): string {
  let total = 0;
  for (const digit of first15) total = (total + Number(digit)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** An OpenAlex author: `A5023888391` (the `https://openalex.org/` form is accepted and shortened). */
export function normalOpenAlexAuthor(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?/i, '')
    .toUpperCase();
  return /^A\d{4,12}$/.test(bare) ? bare : undefined;
}

/**
 * A DBLP person id, as in `https://dblp.org/pid/<pid>`: `m/AndrewMcCallum`, `46/5782`, `61/3234-34`. Checked letter by
 * letter, because it becomes part of a URL path and of a saved file's name.
 */
export function normalDblpPid(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^https?:\/\/dblp\.(?:org|uni-trier\.de)\/pid\//i, '')
    .replace(/\.(?:xml|html)$/i, '');
  return /^[a-z0-9]{1,8}\/[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/.test(bare) ? bare : undefined;
}

/** A Semantic Scholar author id: digits (`1723755`); the profile URL's last part is accepted. */
export function normalSemanticScholarAuthor(text: string): string | undefined {
  const bare = text.trim().replace(/^https?:\/\/(?:www\.)?semanticscholar\.org\/author\/(?:[^/]+\/)?/i, '');
  return /^\d{1,15}$/.test(bare) ? bare : undefined;
}

/** A DOI without `https://doi.org/` or `doi:`: `10.1145/3539618.3591976`; no spaces or control characters. */
export function normalDoi(text: string): string | undefined {
  const bare = text.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  return /^10\.\d{4,9}\/[^\s\u0000-\u001f\u007f]{1,300}$/.test(bare) ? bare : undefined;
}

/** An arXiv id, new (`2405.14768`, `2405.14768v2`) or old style (`hep-th/9901001`, `math.GT/0309136`). */
export function normalArxivId(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^(?:https?:\/\/arxiv\.org\/(?:abs|pdf)\/|arxiv:)/i, '')
    .replace(/\.pdf$/i, '');
  if (/^\d{4}\.\d{4,5}(?:v\d{1,3})?$/.test(bare)) return bare;
  if (/^[a-z-]{2,12}(?:\.[A-Z]{2})?\/\d{7}(?:v\d{1,3})?$/.test(bare)) return bare;
  return undefined;
}
