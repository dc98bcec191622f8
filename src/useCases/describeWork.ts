/**
 * `add-pub --doi 10.… / --arxiv ID` without a title: the work looked up at Crossref or arXiv (one request, politely,
 * as `import --from` makes it) and read by `profile import`'s reader of that answer, for the fields a person would
 * otherwise type. Says plainly when there is no network.
 */
import { ProfileError } from '../errors.js';
import { apiBases, apiKeys } from '../fetch/apiBases.js';
import { fetchSources } from '../fetch/fetchSources.js';
import { createHttpClient, type HttpClientOptions } from '../fetch/httpClient.js';
import type { SourceIdentifier } from '../fetch/sourceIdentifiers.js';
import { contactAddress, toolVersion, userAgentFor } from '../fetch/userAgent.js';
import type { Owner } from '../model/schema.js';
import { readSourceDocument } from '../sources/readSourceDocuments.js';
import type { WorkPerson, WorkRecord } from '../sources/workRecord.js';

export interface DescribeWorkOptions {
  id: SourceIdentifier & { kind: 'doi' | 'arxiv' };
  owner: Pick<Owner, 'email'> | undefined;
  env: Readonly<Record<string, string | undefined>>;
  http?: Partial<Omit<HttpClientOptions, 'userAgent'>>;
  /** `2026-12-02`, for the reader; today (UTC) unless given. */
  today?: string;
}

/** What add-pub takes from the work. */
export interface DescribedWork {
  service: 'Crossref' | 'arXiv';
  title?: string;
  /** One text as add-pub's `--author` reads it: `Family, Given; Family, Given;` (the `;` keeps each comma a name's). */
  authors?: string;
  /** Names given whole (an organisation, an affiliation deposited as an author): left for the person to add. */
  leftOut: string[];
  date?: string;
  venue?: string;
  publisher?: string;
  type?: string;
  doi?: string;
  arxiv?: string;
}

export async function describeWork(options: DescribeWorkOptions): Promise<DescribedWork> {
  const service = options.id.kind === 'doi' ? 'Crossref' : 'arXiv';
  const label = `${options.id.kind}:${options.id.value}`;
  const contact = contactAddress(options.owner?.email);
  const http = createHttpClient({ ...options.http, userAgent: userAgentFor(toolVersion, contact) });
  const fetched = await fetchSources([options.id], {
    http,
    bases: apiBases(options.env),
    contact,
    keys: apiKeys(options.env),
  });
  const failure = fetched.failures[0];
  const typeIt = `or give the title and authors yourself: profile add-pub "TITLE" --author "NAME" --${options.id.kind} ${options.id.value}`;
  if (failure !== undefined) {
    if (failure.unreachable) {
      throw new ProfileError(`no network: cannot reach ${service} to look up ${label} (${failure.message})`, {
        hint: `connect and run it again, ${typeIt}`,
      });
    }
    throw new ProfileError(`cannot look up ${label} at ${service}: ${failure.message}`, { hint: typeIt });
  }
  const document = fetched.documents[0];
  const reading =
    document === undefined
      ? undefined
      : await readSourceDocument(document, { today: options.today ?? new Date().toISOString().slice(0, 10) });
  const work = reading?.works[0];
  if (work === undefined) {
    throw new ProfileError(`${service} has no work for ${label}`, { hint: `check the identifier, ${typeIt}` });
  }
  return described(service, work);
}

function described(service: DescribedWork['service'], work: WorkRecord): DescribedWork {
  return {
    service,
    ...(work.title === undefined ? {} : { title: work.title }),
    ...authorsOf(work.authors),
    ...(work.date === undefined ? {} : { date: work.date }),
    ...(work.venue === undefined ? {} : { venue: work.venue }),
    ...(work.publisher === undefined ? {} : { publisher: work.publisher }),
    ...(work.type === undefined ? {} : { type: work.type }),
    ...(work.ids.doi === undefined ? {} : { doi: work.ids.doi }),
    ...(work.ids.arxiv === undefined ? {} : { arxiv: work.ids.arxiv }),
  };
}

/**
 * `Family, Given` for each person (add-pub's own form: a particle or a two-word family name stays whole), joined and
 * ended by `;`, so that add-pub splits at the semicolons, never at the commas. A name without a family part cannot be
 * written that way and is left out, named.
 */
function authorsOf(people: readonly WorkPerson[]): { authors?: string; leftOut: string[] } {
  const named = people.filter((person) => person.family !== undefined && person.family.trim() !== '');
  const leftOut = people
    .filter((person) => !named.includes(person))
    .map((person) => person.literal ?? '')
    .filter((name) => name !== '');
  if (named.length === 0) return { leftOut };
  const typed = named.map((person) => (person.given ? `${person.family}, ${person.given}` : `${person.family}`));
  return { authors: `${typed.join('; ')};`, leftOut };
}
