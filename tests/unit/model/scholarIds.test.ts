/** The identifiers of profile.md and of `import --from`: normal forms, the ORCID check digit, hostile input refused. */
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { ownerSchema } from '../../../src/model/schema.js';
import {
  normalArxivId,
  normalDblpPid,
  normalDoi,
  normalOpenAlexAuthor,
  normalOrcid,
  normalSemanticScholarAuthor,
  orcidCheckDigit,
} from '../../../src/model/scholarIds.js';

test('ORCID: the check digit (ISO 7064 MOD 11-2) decides; the orcid.org URL and a lower-case x are accepted', () => {
  expect(orcidCheckDigit('000000021825009')).toBe('7');
  expect(orcidCheckDigit('000000021694233')).toBe('X');
  expect(normalOrcid('0000-0002-1825-0097')).toBe('0000-0002-1825-0097');
  expect(normalOrcid('https://orcid.org/0000-0002-1694-233x')).toBe('0000-0002-1694-233X');
  // One digit typed wrong: the check digit no longer matches.
  expect(normalOrcid('0000-0002-1825-0098')).toBeUndefined();
  expect(normalOrcid('0000-0002-1825-009')).toBeUndefined();
  expect(normalOrcid('0000-0002-1825-0097/../../works')).toBeUndefined();
});

test('OpenAlex, DBLP and Semantic Scholar author ids, and their URL forms', () => {
  expect(normalOpenAlexAuthor('A5023888391')).toBe('A5023888391');
  expect(normalOpenAlexAuthor('https://openalex.org/a5023888391')).toBe('A5023888391');
  expect(normalOpenAlexAuthor('W2741809807')).toBeUndefined();
  expect(normalDblpPid('m/AndrewMcCallum')).toBe('m/AndrewMcCallum');
  expect(normalDblpPid('https://dblp.org/pid/61/3234-34.html')).toBe('61/3234-34');
  expect(normalDblpPid('../../etc/passwd')).toBeUndefined();
  expect(normalDblpPid('46/5782?format=json')).toBeUndefined();
  expect(normalSemanticScholarAuthor('1723755')).toBe('1723755');
  expect(normalSemanticScholarAuthor('https://www.semanticscholar.org/author/L.-Cantley/1723755')).toBe('1723755');
  expect(normalSemanticScholarAuthor('1723755/../x')).toBeUndefined();
});

test('DOI and arXiv ids: prefixes stripped, new and old arXiv styles, spaces and control characters refused', () => {
  expect(normalDoi('https://doi.org/10.17705/1cais.04607')).toBe('10.17705/1cais.04607');
  expect(normalDoi('doi:10.1145/3539618.3591976')).toBe('10.1145/3539618.3591976');
  expect(normalDoi('10.1145/a b')).toBeUndefined();
  expect(normalDoi('10.1145/a\nb')).toBeUndefined();
  expect(normalArxivId('2405.14768')).toBe('2405.14768');
  expect(normalArxivId('https://arxiv.org/abs/2405.14768v2')).toBe('2405.14768v2');
  expect(normalArxivId('hep-th/9901001')).toBe('hep-th/9901001');
  expect(normalArxivId('2405.14768&max_results=1000')).toBeUndefined();
});

test('profile.md: orcid, openalex, dblp and semanticScholar are checked, with a message naming the form', () => {
  const owner = { name: 'Ada Lovelace' };
  const valid = v.safeParse(ownerSchema, {
    ...owner,
    orcid: '0000-0002-1825-0097',
    openalex: 'A5023888391',
    dblp: '46/5782',
    semanticScholar: '1723755',
  });
  expect(valid.success).toBe(true);
  const invalid = v.safeParse(ownerSchema, { ...owner, orcid: '0000-0002-1825-0098', dblp: 'no pid' });
  expect(invalid.issues?.map((issue) => [v.getDotPath(issue), issue.message])).toEqual([
    ['orcid', 'must be an ORCID iD such as 0000-0002-1825-0097 (its last character is a check digit)'],
    ['dblp', 'must be a DBLP person id such as 46/5782 or m/AndrewMcCallum (from dblp.org/pid/…)'],
  ]);
});
