/** Where each service's API lives: the official addresses, each overridable by an environment variable (tests, mirrors). */
import { UsageError } from '../errors.js';

export type ApiName = 'orcid' | 'openalex' | 'dblp' | 's2' | 'crossref' | 'arxiv';
export type ApiBases = Readonly<Record<ApiName, string>>;

export const defaultApiBases: ApiBases = {
  orcid: 'https://pub.orcid.org/v3.0',
  openalex: 'https://api.openalex.org',
  dblp: 'https://dblp.org',
  s2: 'https://api.semanticscholar.org/graph/v1',
  crossref: 'https://api.crossref.org',
  arxiv: 'https://export.arxiv.org/api',
};

/** The environment variable that replaces each base (README, "profile import --from"). */
export const apiBaseVariables: Readonly<Record<ApiName, string>> = {
  orcid: 'PROFILE_ORCID_API',
  openalex: 'PROFILE_OPENALEX_API',
  dblp: 'PROFILE_DBLP_API',
  s2: 'PROFILE_S2_API',
  crossref: 'PROFILE_CROSSREF_API',
  arxiv: 'PROFILE_ARXIV_API',
};

/** The API keys a user may set: OpenAlex's and Semantic Scholar's (each sent to its own service only). */
export const apiKeyVariables = { openalex: 'PROFILE_OPENALEX_API_KEY', s2: 'PROFILE_S2_API_KEY' } as const;

export function apiKeys(env: Readonly<Record<string, string | undefined>>): { openalex?: string; s2?: string } {
  const keys: { openalex?: string; s2?: string } = {};
  for (const name of ['openalex', 's2'] as const) {
    const value = env[apiKeyVariables[name]]?.trim();
    if (!value) continue;
    // The key goes into a query or a header: a character that could end either is refused.
    if (!/^[\x21-\x7e]+$/.test(value) || /[&#?]/.test(value)) {
      throw new UsageError(`${apiKeyVariables[name]} holds characters an API key does not have`);
    }
    keys[name] = value;
  }
  return keys;
}

/** The bases in effect: the defaults, with each variable that is set (an http(s) URL) in its place, no trailing slash. */
export function apiBases(env: Readonly<Record<string, string | undefined>>): ApiBases {
  const bases = { ...defaultApiBases };
  for (const name of Object.keys(apiBaseVariables) as ApiName[]) {
    const variable = apiBaseVariables[name];
    const value = env[variable]?.trim();
    if (!value) continue;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
      throw new UsageError(`${variable} must be an http(s) URL without ?query or #fragment, not "${value}"`);
    }
    bases[name] = value.replace(/\/+$/, '');
  }
  return bases;
}
