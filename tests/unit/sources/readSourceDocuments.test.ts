/** Each fixture recognised by its content and read as work records; the hostile variants refused or read as meant. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { detectSourceFormat } from '../../../src/sources/detectSourceFormat.js';
import { readSourceDocument } from '../../../src/sources/readSourceDocuments.js';

const fixtureDir = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const documentOf = (name: string, bytes?: Uint8Array) => ({
  name,
  bytes: bytes ?? readFileSync(`${fixtureDir}${name}`),
});
const today = '2026-12-02';

describe('detectSourceFormat', () => {
  test.each([
    ['orcid-works-group-of-three-versions-and-a-work-without-doi.json', 'orcid-works'],
    ['openalex-works-journal-article-with-pmid-and-corresponding.json', 'openalex-works'],
    ['zotero-csl-json-two-articles.json', 'csl-json'],
    ['semantic-scholar-author-papers-journal-and-arxiv-only.json', 'semantic-scholar-papers'],
    ['crossref-work-journal-article.json', 'crossref-works'],
    ['dblp-person-corr-and-venue-copy-with-pids.xml', 'dblp-person-xml'],
    ['arxiv-atom-preprint-with-doi.xml', 'arxiv-atom'],
    ['scopus-ris-latin1-two-articles.ris', 'ris'],
    ['pubmed-medline-journal-article.nbib', 'medline'],
  ])('%s is %s, whatever its name', (file, format) => {
    const bytes = readFileSync(`${fixtureDir}${file}`);
    expect(detectSourceFormat({ name: 'download', bytes }).format).toBe(format);
  });
});

describe('readSourceDocument', () => {
  test('ORCID: a group of three versions is one work, the version of the highest display index', async () => {
    const reading = await readSourceDocument(
      documentOf('orcid-works-group-of-three-versions-and-a-work-without-doi.json'),
      { today },
    );
    expect(reading.works.map((work) => [work.key, work.ids, work.date, work.listedBy])).toStrictEqual([
      [
        'orcid:0000-0003-1613-5981:43214563',
        { doi: '10.7717/peerj.4375', pmid: '29456894', orcidPutCode: '43214563' },
        '2018',
        { orcid: '0000-0003-1613-5981' },
      ],
      ['orcid:0000-0003-1613-5981:20483712', { orcidPutCode: '20483712' }, '2013-10', { orcid: '0000-0003-1613-5981' }],
    ]);
  });

  test('OpenAlex: ids, ORCIDs, is_corresponding, the count dated by updated_date, the abstract rebuilt', async () => {
    const [work] = (
      await readSourceDocument(documentOf('openalex-works-journal-article-with-pmid-and-corresponding.json'), { today })
    ).works;
    expect(work?.ids).toStrictEqual({ doi: '10.7717/peerj.4375', pmid: '29456894', openalex: 'W2741809807' });
    expect(work?.authors[0]).toStrictEqual({
      family: 'Piwowar',
      given: 'Heather A.',
      orcid: '0000-0003-1613-5981',
      corresponding: true,
    });
    expect(work?.citations).toStrictEqual({ count: 394, source: 'openalex', date: '2022-05-27' });
    expect(work?.abstract).toBe(
      'Despite growing interest in Open Access (OA) to scholarly literature, there is an unmet need.',
    );
  });

  test('DBLP: the CoRR record is a preprint with its arXiv id; authors keep pid and ORCID; the owner lists it', async () => {
    const { works } = await readSourceDocument(documentOf('dblp-person-corr-and-venue-copy-with-pids.xml'), { today });
    expect(works.map((work) => [work.key, work.type, work.isPreprint ?? false, work.ids])).toStrictEqual([
      [
        'DBLP:journals/pvldb/Ley09',
        'article-journal',
        false,
        { doi: '10.14778/1687553.1687577', dblp: 'journals/pvldb/Ley09' },
      ],
      [
        'DBLP:conf/jcdl/MichelsFLSS17',
        'paper-conference',
        false,
        { doi: '10.1109/JCDL.2017.7991609', dblp: 'conf/jcdl/MichelsFLSS17' },
      ],
      [
        'DBLP:journals/corr/abs-1703-01234',
        'article',
        true,
        { arxiv: '1703.01234', dblp: 'journals/corr/abs-1703-01234' },
      ],
    ]);
    expect(works[0]?.authors).toStrictEqual([
      { family: 'Ley', given: 'Michael', dblp: '00/1', orcid: '0000-0001-7580-4351' },
    ]);
    expect(works[2]?.title).toBe('OXPath-Based Data Acquisition for dblp');
    expect(works[0]?.listedBy).toStrictEqual({ dblp: '00/1' });
  });

  test('MEDLINE: continuation lines joined, full names with their ORCID, the DOI from LID', async () => {
    const [work] = (await readSourceDocument(documentOf('pubmed-medline-journal-article.nbib'), { today })).works;
    expect(work?.title).toBe(
      'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
    );
    expect(work?.authors[0]).toStrictEqual({ family: 'Piwowar', given: 'Heather', orcid: '0000-0003-1613-5981' });
    expect(work?.ids).toStrictEqual({ doi: '10.7717/peerj.4375', pmid: '29456894' });
  });

  test('RIS in Latin-1: read as Latin-1, said once', async () => {
    const { works } = await readSourceDocument(documentOf('scopus-ris-latin1-two-articles.ris'), { today });
    expect(works[0]?.authors[2]).toStrictEqual({ family: 'Larivière', given: 'V.' });
    expect(works.map((work) => work.warnings)).toStrictEqual([
      ['the file is not UTF-8; it was read as Latin-1 (Windows-1252)'],
      undefined,
    ]);
  });

  test('hostile: a truncated JSON, an XML bomb, an HTML page and an empty list are refused with the reason', async () => {
    const cut = readFileSync(`${fixtureDir}openalex-works-journal-article-with-pmid-and-corresponding.json`).subarray(
      0,
      500,
    );
    const bomb = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><dblpperson name="x"><r>&b;</r></dblpperson>',
    );
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>Too Many Requests</body></html>');
    const empty = new TextEncoder().encode('{"meta":{"count":0},"results":[]}');
    const reasons = [];
    for (const [name, bytes] of [
      ['cut', cut],
      ['bomb', bomb],
      ['html', html],
      ['empty', empty],
    ] as const) {
      reasons.push(
        (await readSourceDocument(documentOf(name, bytes), { today })).unread.map((unread) => unread.reason),
      );
    }
    expect(reasons).toStrictEqual([
      ['ends in the middle of its JSON (a download cut short?)'],
      ['cannot be read: the XML declares entities, which are refused (an XML bomb?)'],
      ['is an HTML page, not a publication list'],
      ['lists no publication'],
    ]);
  });
});
