/**
 * The short venue label of a publication (`NeurIPS 2024`): from `abbr`, else the venue map, else an acronym the
 * venue itself writes (`MDM 2017`, `(ICDE)`, DBLP's `STOC`), else a venue short enough to be a label (`Nature`).
 */
import { acronymLabels, conferenceLabels, shippedVenueMap } from './venueMap.js';

export interface VenueRule {
  /** Words the venue contains, compared ignoring case, accents and punctuation. */
  match: string;
  label: string;
}

/** Shipped defaults (src/bibtex/venueMap.ts); `venueMap` in profile.md adds to them and wins over them. */
export const defaultVenueMap: readonly VenueRule[] = shippedVenueMap;

/** Lower-case words without accents or punctuation, padded so that matches fall on word boundaries. */
export function venueWords(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** No rules: the shipped map alone, or (as a profile's) no rules of one's own. */
export const noVenueRules: readonly VenueRule[] = [];

// Thousands of entries share a few hundred venues: each is looked up once per rule list.
const labelsByRules = new WeakMap<readonly VenueRule[], Map<string, string | undefined>>();
const patternWords = new Map<string, string>();

/** The label of the longest matching rule, the profile's own rules first. */
export function labelOfVenue(
  venue: string,
  profileRules: readonly VenueRule[],
  defaults: readonly VenueRule[] = defaultVenueMap,
): string | undefined {
  let cache = labelsByRules.get(profileRules);
  if (!cache) {
    cache = new Map();
    labelsByRules.set(profileRules, cache);
  }
  const cacheKey = defaults === defaultVenueMap ? venue : undefined;
  if (cacheKey !== undefined && cache.has(cacheKey)) return cache.get(cacheKey);
  const label = findLabel(venueWords(venue), profileRules) ?? findLabel(venueWords(venue), defaults);
  if (cacheKey !== undefined) cache.set(cacheKey, label);
  return label;
}

function findLabel(words: string, rules: readonly VenueRule[]): string | undefined {
  let best: { label: string; length: number } | undefined;
  for (const { pattern, label } of patternsOf(rules)) {
    if (words.includes(pattern) && pattern.length > (best?.length ?? 0)) best = { label, length: pattern.length };
  }
  return best?.label;
}

const patternsByRules = new WeakMap<readonly VenueRule[], { pattern: string; label: string }[]>();

/** Each rule's words as venueWords writes them, without the empty ones; worked out once per rule list. */
function patternsOf(rules: readonly VenueRule[]): { pattern: string; label: string }[] {
  let patterns = patternsByRules.get(rules);
  if (patterns === undefined) {
    patterns = [];
    for (const rule of rules) {
      let pattern = patternWords.get(rule.match);
      if (pattern === undefined) {
        pattern = venueWords(rule.match);
        patternWords.set(rule.match, pattern);
      }
      if (pattern.trim() !== '') patterns.push({ pattern, label: rule.label });
    }
    patternsByRules.set(rules, patterns);
  }
  return patterns;
}

/** `NeurIPS` and 2024 → `NeurIPS 2024`; a label that already names a year is left as it is. */
export function withYear(label: string, year: number | undefined): string {
  if (year === undefined || /\b(?:19|20)\d{2}\b|'\d{2}\b/.test(label)) return label;
  return `${label} ${year}`;
}

// Organisations, series and numbering written in venues next to the acronym that names the venue.
const notVenueAcronyms = new Set([
  'IEEE',
  'ACM',
  'USENIX',
  'SIAM',
  'IFIP',
  'IAPR',
  'CVF',
  'IEEE/CVF',
  'IEEE/ACM',
  'ACM/IEEE',
  'AAAI PRESS',
  'LIPICS',
  'LNCS',
  'CEUR',
  'CEUR-WS',
  'PMLR',
  'EPTCS',
  'USA',
  'UK',
  'EU',
  'PRC',
  'SIGACT',
  'SIGPLAN',
  'SIGOPS',
  'SIGARCH',
  'SIGSOFT',
  'SIGKDD',
  'SIGCHI',
  'SIGAI',
  'SIGART',
  'SIGDA',
  'SIGBED',
  'SIGMICRO',
  'SIGMETRICS/IFIP',
  'ISBN',
  'DOI',
  'VOL',
  'NO',
  'PP',
]);

/** A word that can be a venue's acronym: two capitals at least (`ICDE`, `NeurIPS`, `SoCG`), not an organisation. */
function acronymLike(word: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9&+/-]*$/.test(word) || /^[IVXLC]+$/.test(word)) return false;
  if ((word.match(/[A-Z]/g) ?? []).length < 2 || notVenueAcronyms.has(word.toUpperCase())) return false;
  return true;
}

function asLabel(acronym: string): string {
  return acronymLabels[acronym.toUpperCase()] ?? acronym;
}

/**
 * The acronym a venue writes: one followed by a year (`…, MDM 2017, Daejeon…`, `STOC '19`), one in parentheses
 * (`… Data Engineering (ICDE)`), or a short venue's own (`STOC`, `SIGMOD Conference`, `ICLR (Poster)`).
 */
export function acronymInVenue(venue: string): string | undefined {
  // The lookbehind starts a word only at its first letter, so a long run of letters is read once, not once per letter.
  const words = venue.replace(/[{}]/g, '');
  for (const match of words.matchAll(
    /(?<![A-Za-z0-9&+/-])([A-Za-z][A-Za-z0-9&+/-]*)\s*(?:['’]\d{2}|(?:19|20)\d{2})\b/g,
  )) {
    const word = match[1] as string;
    if (acronymLike(word)) return asLabel(word);
  }
  for (const match of words.matchAll(/\(([^()\s]{2,20})\)/g)) {
    const word = match[1] as string;
    if (acronymLike(word)) return asLabel(word);
  }
  const tokens = words.split(/[\s,;:]+/).filter(Boolean);
  if (tokens.length <= 4) {
    const whole = asLabel(words.trim());
    if (whole !== words.trim()) return whole;
    const word = tokens.find(acronymLike);
    if (word !== undefined && namesTheVenue(word, tokens)) return asLabel(word);
  }
  return undefined;
}

// What DBLP and people write after a conference's acronym: `SIGMOD Conference`, `ICLR (Poster)`, `ACL (1)`.
const venueQualifier =
  /^(?:conference|conf\.?|workshops?|posters?|oral|spotlight|findings|companion|proceedings|proc\.?|demos?|short|long|papers?|main|track|volume|vol\.?|part|symposium|adjunct|extended|abstracts?|and|&|\d+|[ivx]+)$/i;

/**
 * A short venue's acronym names the venue when the other words only qualify it (`SIGMOD Conference`), or when it is
 * a known conference (`NeurIPS Datasets and Benchmarks`). In `JAMA Psychiatry`, `AIMS Neuroscience`, `BMC
 * Bioinformatics` or `ACS Nano` it names a family of journals, and the journal is another one than `JAMA`.
 */
function namesTheVenue(acronym: string, tokens: readonly string[]): boolean {
  if (conferenceLabels.has(asLabel(acronym))) return true;
  return tokens.every(
    (token) =>
      token === acronym ||
      notVenueAcronyms.has(token.toUpperCase()) ||
      venueQualifier.test(token.replace(/^\(|\)$/g, '')),
  );
}

/**
 * A venue as the short label people put next to a paper (`Proc. VLDB Endow.` → `PVLDB`, a DBLP booktitle →
 * `MDM`): the profile's venue map, the shipped one, an acronym the venue writes, else the venue itself when it is
 * short (`Nature`); undefined for a long venue with none of these, never the long string. A workshop held with a
 * conference is labelled as its workshop (`NeurIPS Workshop`), unless the profile's own map says otherwise.
 */
export function shortVenueLabel(venue: string, profileRules: readonly VenueRule[] = []): string | undefined {
  const own = profileRules.length > 0 ? labelOfVenue(venue, profileRules, noVenueRules) : undefined;
  if (own !== undefined) return own;
  const mapped = labelOfVenue(venue, noVenueRules);
  if (mapped !== undefined) return asWorkshopLabel(venue, mapped);
  const acronym = acronymInVenue(venue);
  if (acronym !== undefined) return asWorkshopLabel(venue, acronym);
  const trimmed = venue.replace(/[{}]/g, '').trim();
  return trimmed.split(/\s+/).length <= 3 && trimmed.length <= 30 ? trimmed : undefined;
}

/**
 * `NeurIPS` for `NeurIPS 2023 Workshop on Federated Learning` would tell a reader of the page that the paper is in
 * the conference's proceedings: `NeurIPS Workshop`. An acronym of the workshop's own (`WOAH`, `FL-ICML`) is its name.
 */
function asWorkshopLabel(venue: string, label: string): string {
  return conferenceLabels.has(label) && isWorkshopVenue(venue) ? `${label} Workshop` : label;
}

/** A venue that names a workshop (`NeurIPS 2023 Workshop on …`, `CVPR Workshops`). */
export function isWorkshopVenue(venue: string): boolean {
  return /\bworkshops?\b/i.test(venue);
}
