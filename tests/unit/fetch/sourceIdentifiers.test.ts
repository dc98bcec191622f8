/** `--from` words: kinds and checks, `profile` expanded to profile.md's identifiers, every problem named at once. */
import { expect, test } from 'vitest';
import { apiBases } from '../../../src/fetch/apiBases.js';
import { parseSourceIdentifier, resolveSourceIdentifiers } from '../../../src/fetch/sourceIdentifiers.js';
import { contactAddress, userAgentFor } from '../../../src/fetch/userAgent.js';

test('each kind, in its normal form', () => {
  expect(
    [
      'orcid:0000-0002-1825-0097',
      'OpenAlex:a5023888391',
      'dblp:46/5782',
      's2:1723755',
      'doi:10.1234/x',
      'arxiv:2405.14768',
    ].map((word) => parseSourceIdentifier(word)),
  ).toEqual([
    { ok: true, id: { kind: 'orcid', value: '0000-0002-1825-0097' } },
    { ok: true, id: { kind: 'openalex', value: 'A5023888391' } },
    { ok: true, id: { kind: 'dblp', value: '46/5782' } },
    { ok: true, id: { kind: 's2', value: '1723755' } },
    { ok: true, id: { kind: 'doi', value: '10.1234/x' } },
    { ok: true, id: { kind: 'arxiv', value: '2405.14768' } },
  ]);
});

test('profile expands to the identifiers profile.md names; duplicates and problems are collected', () => {
  const owner = { orcid: 'https://orcid.org/0000-0002-1825-0097', dblp: '46/5782', semanticScholar: '1723755' };
  expect(
    resolveSourceIdentifiers(
      ['profile', 'orcid:0000-0002-1825-0097', 'scholar:abc', 'orcid:0000-0002-1825-0098'],
      owner,
    ),
  ).toEqual({
    ids: [
      { kind: 'orcid', value: '0000-0002-1825-0097' },
      { kind: 'dblp', value: '46/5782' },
      { kind: 's2', value: '1723755' },
    ],
    problems: [
      '"scholar:abc" is not an identifier --from takes: write one of orcid:0000-0002-1825-0097, openalex:A5023888391, dblp:46/5782, s2:1723755, doi:10.1145/3539618.3591976, arxiv:2405.14768, or profile',
      '"orcid:0000-0002-1825-0098" is not a valid orcid identifier (such as orcid:0000-0002-1825-0097)',
    ],
  });
  expect(resolveSourceIdentifiers(['profile'], {})).toEqual({
    ids: [],
    problems: ['profile.md names no orcid, openalex, dblp or semanticScholar to fetch from'],
  });
});

test('API bases: official by default, each replaced by its variable; a non-http value is a usage error', () => {
  expect(apiBases({})).toEqual({
    orcid: 'https://pub.orcid.org/v3.0',
    openalex: 'https://api.openalex.org',
    dblp: 'https://dblp.org',
    s2: 'https://api.semanticscholar.org/graph/v1',
    crossref: 'https://api.crossref.org',
    arxiv: 'https://export.arxiv.org/api',
  });
  expect(apiBases({ PROFILE_ORCID_API: 'http://127.0.0.1:8080/v3.0/' }).orcid).toBe('http://127.0.0.1:8080/v3.0');
  expect(() => apiBases({ PROFILE_DBLP_API: 'file:///tmp' })).toThrow(
    'PROFILE_DBLP_API must be an http(s) URL without ?query or #fragment, not "file:///tmp"',
  );
});

test('the User-Agent names the tool, its version and the first plain e-mail address of profile.md', () => {
  expect(contactAddress(['Ada <ada@example.org>', 'ada@example.org'])).toBe('ada@example.org');
  expect(contactAddress('not an address')).toBeUndefined();
  expect(userAgentFor('0.1.0', 'ada@example.org')).toBe(
    'academic-profile-cli/0.1.0 (https://www.npmjs.com/package/academic-profile-cli; mailto:ada@example.org)',
  );
  expect(userAgentFor('0.1.0', undefined)).toBe(
    'academic-profile-cli/0.1.0 (https://www.npmjs.com/package/academic-profile-cli)',
  );
});
