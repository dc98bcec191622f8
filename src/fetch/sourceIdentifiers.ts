/** The identifiers `profile import --from` takes (`orcid:…`, `openalex:…`, `dblp:…`, `s2:…`, `doi:…`, `arxiv:…`, `profile`). */
import {
  normalArxivId,
  normalDblpPid,
  normalDoi,
  normalOpenAlexAuthor,
  normalOrcid,
  normalSemanticScholarAuthor,
} from '../model/scholarIds.js';

export const sourceKinds = ['orcid', 'openalex', 'dblp', 's2', 'doi', 'arxiv'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export interface SourceIdentifier {
  kind: SourceKind;
  /** The identifier in its normal form (`0000-0002-1825-0097`, `A5023888391`, `10.1145/3539618.3591976`). */
  value: string;
}

/** `orcid:0000-0002-1825-0097`: how an identifier is named in reports and file names. */
export function sourceLabel(id: SourceIdentifier): string {
  return `${id.kind}:${id.value}`;
}

const normalizers: Readonly<Record<SourceKind, (text: string) => string | undefined>> = {
  orcid: normalOrcid,
  openalex: normalOpenAlexAuthor,
  dblp: normalDblpPid,
  s2: normalSemanticScholarAuthor,
  doi: normalDoi,
  arxiv: normalArxivId,
};

const examples: Readonly<Record<SourceKind, string>> = {
  orcid: 'orcid:0000-0002-1825-0097',
  openalex: 'openalex:A5023888391',
  dblp: 'dblp:46/5782',
  s2: 's2:1723755',
  doi: 'doi:10.1145/3539618.3591976',
  arxiv: 'arxiv:2405.14768',
};

export type ParsedIdentifier = { ok: true; id: SourceIdentifier } | { ok: false; problem: string };

/** One `--from` word (other than `profile`), checked: a wrong check digit or a stray character is refused here. */
export function parseSourceIdentifier(text: string): ParsedIdentifier {
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon).trim().toLowerCase();
  if (colon < 0 || !(sourceKinds as readonly string[]).includes(kind)) {
    return {
      ok: false,
      problem: `"${text}" is not an identifier --from takes: write one of ${Object.values(examples).join(', ')}, or profile`,
    };
  }
  const value = normalizers[kind as SourceKind](text.slice(colon + 1));
  if (value === undefined) {
    return {
      ok: false,
      problem: `"${text}" is not a valid ${kind} identifier (such as ${examples[kind as SourceKind]})`,
    };
  }
  return { ok: true, id: { kind: kind as SourceKind, value } };
}

/** The identifiers profile.md names (`orcid`, `openalex`, `dblp`, `semanticScholar`), in that order. */
export function ownerSourceIdentifiers(owner: {
  orcid?: string | undefined;
  openalex?: string | undefined;
  dblp?: string | undefined;
  semanticScholar?: string | undefined;
}): SourceIdentifier[] {
  const found: SourceIdentifier[] = [];
  const add = (kind: SourceKind, text: string | undefined) => {
    const value = text === undefined ? undefined : normalizers[kind](text);
    if (value !== undefined) found.push({ kind, value });
  };
  add('orcid', owner.orcid);
  add('openalex', owner.openalex);
  add('dblp', owner.dblp);
  add('s2', owner.semanticScholar);
  return found;
}

/**
 * The `--from` words as identifiers, `profile` expanded to profile.md's, duplicates dropped (first kept). Problems are
 * collected so that all of them are named at once.
 */
export function resolveSourceIdentifiers(
  words: readonly string[],
  owner: Parameters<typeof ownerSourceIdentifiers>[0] | undefined,
): { ids: SourceIdentifier[]; problems: string[] } {
  const ids: SourceIdentifier[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (id: SourceIdentifier) => {
    const label = sourceLabel(id).toLowerCase();
    if (seen.has(label)) return;
    seen.add(label);
    ids.push(id);
  };
  for (const word of words) {
    if (word.trim().toLowerCase() === 'profile') {
      const fromOwner = owner === undefined ? [] : ownerSourceIdentifiers(owner);
      if (fromOwner.length === 0) {
        problems.push('profile.md names no orcid, openalex, dblp or semanticScholar to fetch from');
      }
      fromOwner.forEach(add);
      continue;
    }
    const parsed = parseSourceIdentifier(word);
    if (parsed.ok) add(parsed.id);
    else problems.push(parsed.problem);
  }
  return { ids, problems };
}
