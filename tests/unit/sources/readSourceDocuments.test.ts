/** Each fixture recognised by its content and read as work records; the hostile variants refused or read as meant. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { detectSourceFormat } from '../../../src/sources/detectSourceFormat.js';
import { readSourceDocument } from '../../../src/sources/readSourceDocuments.js';

const fixtureDir = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const fetchedDir = fileURLToPath(new URL('../../fixtures/fetch/', import.meta.url));
const documentOf = (name: string, bytes?: Uint8Array) => ({
  name,
  bytes: bytes ?? readFileSync(`${fixtureDir}${name}`),
});
const today = '2026-12-02';
const worksOf = async (name: string) => (await readSourceDocument(documentOf(name), { today })).works;

describe('detectSourceFormat', () => {
  test.each([
    ['orcid-works-v3-three-groups-one-without-publication-date.json', 'orcid-works'],
    ['orcid-works-v2-group-of-two-versions-and-a-work-without-doi.json', 'orcid-works'],
    ['orcid-works-bulk-v3-two-works-with-contributors-and-an-html-citation.json', 'orcid-work'],
    ['openalex-work-journal-article-with-corresponding-author.json', 'openalex-works'],
    ['openalex-work-2022-schema-host-venue-no-primary-location.json', 'openalex-works'],
    ['openalex-work-dissertation-with-no-source.json', 'openalex-works'],
    ['zotero-csl-json-accented-family-name-and-ligatures.json', 'csl-json'],
    ['zotero-csl-json-literal-author-names-and-no-doi.json', 'csl-json'],
    ['semantic-scholar-author-papers-page-with-pages-and-pubmed-ids.json', 'semantic-scholar-papers'],
    ['crossref-work-dissertation-with-null-date-parts.json', 'crossref-works'],
    ['dblp-person-homonym-number-and-two-ee-links.xml', 'dblp-person-xml'],
    ['dblp-person-corr-and-venue-copy-with-pids.xml', 'dblp-person-xml'],
    ['dblp-person-corr-record-with-arxiv-doi-link.xml', 'dblp-person-xml'],
    ['arxiv-atom-entry-with-doi-and-journal-ref.xml', 'arxiv-atom'],
    ['scopus-ris-article-number-and-a-references-note.ris', 'ris'],
    ['scopus-ris-latin1-article-with-accented-author.ris', 'ris'],
    ['pubmed-medline-two-records-one-with-orcid-after-a-blank-line.nbib', 'medline'],
  ])('%s is %s, whatever its name', (file, format) => {
    const bytes = readFileSync(`${fixtureDir}${file}`);
    expect(detectSourceFormat({ name: 'download', bytes }).format).toBe(format);
  });
});

describe('readSourceDocument', () => {
  test('ORCID 3.0 summary kept without its envelope: one work per group, the owner from the paths, no date kept absent', async () => {
    const works = await worksOf('orcid-works-v3-three-groups-one-without-publication-date.json');
    expect(works.map((work) => [work.key, work.type, work.ids, work.date, work.venue, work.listedBy])).toStrictEqual([
      [
        'orcid:0000-0002-0613-2229:89975745',
        'article-journal',
        { doi: '10.1364/oe.413844', orcidPutCode: '89975745' },
        '2021-03-15',
        'Optics Express',
        { orcid: '0000-0002-0613-2229' },
      ],
      [
        'orcid:0000-0002-0613-2229:76065020',
        'article-journal',
        { doi: '10.1364/oe.394638', orcidPutCode: '76065020' },
        '2020-07-06',
        'Optics Express',
        { orcid: '0000-0002-0613-2229' },
      ],
      [
        'orcid:0000-0002-0613-2229:64418159',
        'article-journal',
        { doi: '10.1364/oe.27.034593', orcidPutCode: '64418159' },
        undefined,
        'Optics Express',
        { orcid: '0000-0002-0613-2229' },
      ],
    ]);
  });

  test('ORCID 2.x summary: JOURNAL_ARTICLE and SELF read as 3.0 writes them; two versions of equal rank keep the first listed; a work with no DOI keeps its put-code', async () => {
    const works = await worksOf('orcid-works-v2-group-of-two-versions-and-a-work-without-doi.json');
    expect(works.map((work) => [work.key, work.type, work.ids, work.date])).toStrictEqual([
      [
        'orcid:0000-0002-4110-3511:111778373',
        'article-journal',
        { doi: '10.3847/1538-4365/ac6268', arxiv: '2106.01477', orcidPutCode: '111778373' },
        '2022-05',
      ],
      ['orcid:0000-0002-4110-3511:26708993', 'article-journal', { orcidPutCode: '26708993' }, '2007-10'],
      [
        'orcid:0000-0002-4110-3511:111778579',
        'chapter',
        { doi: '10.1007/3-540-51044-3_24', orcidPutCode: '111778579' },
        '1989',
      ],
    ]);
  });

  test('ORCID: of a group of three versions, the one of the highest display index (a variant of the recorded 2.x summary)', async () => {
    const recorded = JSON.parse(
      readFileSync(`${fixtureDir}orcid-works-v2-group-of-two-versions-and-a-work-without-doi.json`, 'utf8'),
    );
    const [ads, crossref] = recorded.group[0]['work-summary'];
    recorded.group[0]['work-summary'] = [ads, { ...crossref, 'display-index': '2' }, { ...ads, 'display-index': '1' }];
    const bytes = new TextEncoder().encode(JSON.stringify(recorded));
    const [work] = (await readSourceDocument(documentOf('versions.json', bytes), { today })).works;
    expect([work?.key, work?.ids, work?.date]).toStrictEqual([
      'orcid:0000-0002-4110-3511:112617433',
      { doi: '10.3847/1538-4365/ac6268', orcidPutCode: '112617433' },
      '2022-05-01',
    ]);
  });

  test('ORCID bulk: full works with their contributors; a citation that is an HTML page is not read', async () => {
    const works = await worksOf('orcid-works-bulk-v3-two-works-with-contributors-and-an-html-citation.json');
    expect(works.map((work) => [work.key, work.authors.length, work.authors[0], work.abstract])).toStrictEqual([
      ['orcid:0000-0002-0613-2229:76065020', 6, { family: 'Xu', given: 'Di' }, undefined],
      ['orcid:0000-0002-0613-2229:89975745', 6, { family: 'Xu', given: 'Di' }, undefined],
    ]);
    expect(works[0]?.authors.map((author) => author.family)).toStrictEqual([
      'Xu',
      'Coleto',
      'Moon',
      'Papa',
      'Pomerantz',
      'Rolland',
    ]);
  });

  test('OpenAlex: ids, ORCIDs, is_corresponding, the count dated by updated_date, pages, the abstract rebuilt', async () => {
    const [work] = await worksOf('openalex-work-journal-article-with-corresponding-author.json');
    expect(work?.ids).toStrictEqual({ doi: '10.1080/01900692.2016.1201839', openalex: 'W2492449078' });
    expect(work?.authors).toStrictEqual([
      { family: 'Masue', given: 'Orest Sebastian', orcid: '0000-0002-7100-3116', corresponding: true },
      { family: 'Askvik', given: 'Steinar' },
    ]);
    expect([work?.venue, work?.publisher, work?.volume, work?.issue, work?.pages, work?.issn]).toStrictEqual([
      'International Journal of Public Administration',
      'Taylor & Francis',
      '40',
      '9',
      '780--791',
      '0190-0692',
    ]);
    expect(work?.citations).toStrictEqual({ count: 6, source: 'openalex', date: '2025-11-06' });
    expect(work?.abstract?.slice(0, 90)).toBe(
      'Studies on user committees often critique the claim that membership to these committees em',
    );
  });

  test('OpenAlex before its 2023 schema: the venue from host_venue, the type from Crossref’s', async () => {
    const [work] = await worksOf('openalex-work-2022-schema-host-venue-no-primary-location.json');
    expect([work?.type, work?.venue, work?.publisher, work?.issn, work?.ids]).toStrictEqual([
      'article-journal',
      'PeerJ',
      'PeerJ',
      '2167-8359',
      { doi: '10.7717/peerj.4375', pmid: '29456894', openalex: 'W2741809807' },
    ]);
    expect(work?.citations).toStrictEqual({ count: 394, source: 'openalex', date: '2022-05-27' });
  });

  test('OpenAlex: a dissertation with no source has no venue; a Crossref work whose date-parts are [[null]] has no date', async () => {
    const [thesis] = await worksOf('openalex-work-dissertation-with-no-source.json');
    expect([thesis?.type, thesis?.venue, thesis?.date]).toStrictEqual(['thesis', undefined, '2024-01-01']);
    const [crossref] = await worksOf('crossref-work-dissertation-with-null-date-parts.json');
    expect([crossref?.type, crossref?.date, crossref?.publisher, crossref?.ids]).toStrictEqual([
      'thesis',
      undefined,
      'Carleton University',
      { doi: '10.22215/etd/2024-16003' },
    ]);
  });

  test('Crossref: a journal article as the REST API answers it', async () => {
    const bytes = readFileSync(`${fetchedDir}crossref-work-10.17705-1cais.04607.json`);
    const [work] = (await readSourceDocument(documentOf('crossref.json', bytes), { today })).works;
    expect([work?.key, work?.type, work?.ids]).toStrictEqual([
      'doi:10.17705/1cais.04607',
      'article-journal',
      { doi: '10.17705/1cais.04607' },
    ]);
  });

  test('Semantic Scholar: paper ids, DOIs and PubMed ids, pages, the count dated by the day of the import', async () => {
    const works = await worksOf('semantic-scholar-author-papers-page-with-pages-and-pubmed-ids.json');
    expect(works.map((work) => [work.key, work.ids, work.pages, work.citations])).toStrictEqual([
      [
        's2:01063e45d9fc9635d29d8d78aa24ed8de351f36a',
        {
          doi: '10.1128/mbio.01007-23',
          pmid: '37345956',
          semanticScholar: '01063e45d9fc9635d29d8d78aa24ed8de351f36a',
        },
        undefined,
        { count: 1, source: 'semanticScholar', date: today },
      ],
      [
        's2:03df05f4f245084b72a3099c105801f4d63d6e1d',
        {
          doi: '10.1016/j.cell.2023.07.014',
          pmid: '37582357',
          semanticScholar: '03df05f4f245084b72a3099c105801f4d63d6e1d',
        },
        '3921-3944.e25',
        { count: 4, source: 'semanticScholar', date: today },
      ],
    ]);
  });

  test('DBLP: the homonym number dropped from names, authors keep their pid, the first DOI link is the DOI', async () => {
    const works = await worksOf('dblp-person-homonym-number-and-two-ee-links.xml');
    expect(works).toHaveLength(8);
    expect(works.map((work) => work.key).slice(2, 4)).toStrictEqual([
      'DBLP:conf/ictai/PourazadXN12',
      'DBLP:journals/tvcg/XuDN11',
    ]);
    const journal = works[3];
    expect([journal?.type, journal?.venue, journal?.volume, journal?.issue, journal?.pages]).toStrictEqual([
      'article-journal',
      'IEEE Trans. Vis. Comput. Graph.',
      '17',
      '3',
      '333-344',
    ]);
    expect(journal?.authors[0]).toStrictEqual({ family: 'Xu', given: 'Di', dblp: '95/7448-1' });
    expect(journal?.ids).toStrictEqual({ doi: '10.1109/TVCG.2010.63', dblp: 'journals/tvcg/XuDN11' });
    expect(journal?.listedBy).toStrictEqual({ dblp: '95/7448-1' });
  });

  test('DBLP: a CoRR record as DBLP writes it today is a preprint, its arXiv id read from its 10.48550 DOI link', async () => {
    const works = await worksOf('dblp-person-corr-record-with-arxiv-doi-link.xml');
    expect(works.map((work) => [work.key, work.type, work.isPreprint ?? false, work.venue, work.ids])).toStrictEqual([
      [
        'DBLP:journals/corr/abs-2508-04024',
        'article',
        true,
        'CoRR',
        { doi: '10.48550/arXiv.2508.04024', arxiv: '2508.04024', dblp: 'journals/corr/abs-2508-04024' },
      ],
      [
        'DBLP:conf/acl/ChangSRM23',
        'paper-conference',
        false,
        'ACL (1)',
        { doi: '10.18653/v1/2023.acl-long.48', dblp: 'conf/acl/ChangSRM23' },
      ],
    ]);
    expect(works[0]?.authors.at(-1)).toStrictEqual({ family: 'McCallum', given: 'Andrew' });
  });

  test('DBLP: the CoRR record is a preprint with its arXiv id; authors keep pid and ORCID; the owner lists it', async () => {
    const works = await worksOf('dblp-person-corr-and-venue-copy-with-pids.xml');
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

  test('arXiv: an entry with a published version is a preprint carrying that DOI', async () => {
    const [work] = await worksOf('arxiv-atom-entry-with-doi-and-journal-ref.xml');
    expect([work?.key, work?.type, work?.isPreprint, work?.date, work?.ids, work?.authors]).toStrictEqual([
      'arXiv:1212.2319',
      'article',
      true,
      '2012-12-11',
      { arxiv: '1212.2319', doi: '10.1007/s11464-013-0304-z' },
      [
        { family: 'Cheng', given: 'Jun-wei' },
        { family: 'Zhang', given: 'Da-jun' },
      ],
    ]);
  });

  test('MEDLINE: a leading blank line, continuation lines joined, the ORCID of the author it follows, the DOI from LID', async () => {
    const works = await worksOf('pubmed-medline-two-records-one-with-orcid-after-a-blank-line.nbib');
    expect(works.map((work) => [work.line, work.key, work.date, work.pages, work.ids])).toStrictEqual([
      [2, 'pmid:23039619', '2012-10', '5795-813', { doi: '10.1118/1.4748329', pmid: '23039619' }],
      [49, 'pmid:31448845', '2020-01', '110-114', { doi: '10.1002/humu.23901', pmid: '31448845' }],
    ]);
    expect(works[1]?.title).toBe(
      'CRAT missense variants cause abnormal carnitine acetyltransferase function in an early-onset case of Leigh syndrome',
    );
    expect(works[1]?.authors.at(-1)).toStrictEqual({
      family: 'De Grassi',
      given: 'Anna',
      orcid: '0000-0001-7273-4263',
    });
    expect(works[1]?.authors.filter((author) => author.orcid !== undefined)).toHaveLength(1);
  });

  test('RIS: the Scopus export read; in Latin-1, read as Latin-1 and said once', async () => {
    const [utf8] = await worksOf('scopus-ris-article-number-and-a-references-note.ris');
    const [latin1] = await worksOf('scopus-ris-latin1-article-with-accented-author.ris');
    expect(utf8?.authors[1]).toStrictEqual({ family: 'Béron', given: 'F.' });
    // toEqual: the RIS reader leaves an `arxiv: undefined` in ids, which changes nothing written.
    expect([utf8?.ids, utf8?.venue, utf8?.volume, utf8?.issue, utf8?.warnings]).toEqual([
      { doi: '10.1063/5.0020407' },
      'Journal of Applied Physics',
      '128',
      '9',
      undefined,
    ]);
    const { warnings, ...rest } = latin1 ?? { warnings: undefined };
    expect(warnings).toStrictEqual(['the file is not UTF-8; it was read as Latin-1 (Windows-1252)']);
    expect({ ...rest, file: utf8?.file }).toStrictEqual(utf8);
  });

  test('RIS from Web of Science: the year of PY with the month and day of DA (SEP 22, SEP), never left out', async () => {
    // Web of Science's tags, as its RIS export writes them: the year in PY, month and day (or the month alone) in DA.
    const record = (title: string, da: string) =>
      ['TY  - JOUR', 'AU  - Sampson, SD', `TI  - ${title}`, 'T2  - PLOS ONE', da, 'PY  - 2010', 'ER  -', ''].join('\n');
    const text = [
      record('Month and day', 'DA  - SEP 22'),
      record('Month alone', 'DA  - SEP'),
      record('A season', 'DA  - JUL-DEC'),
      record('A full date', 'DA  - 2010/09/21'),
    ].join('\n');
    const { works } = await readSourceDocument(documentOf('wos.txt', new TextEncoder().encode(text)), { today });
    expect(works.map((work) => [work.title, work.date, work.warnings])).toStrictEqual([
      ['Month and day', '2010-09-22', undefined],
      ['Month alone', '2010-09', undefined],
      ['A season', '2010', undefined],
      ['A full date', '2010-09-21', undefined],
    ]);
  });

  test('CSL-JSON from Zotero: accented names and ligatures kept; names in one field kept whole; no DOI, no DOI', async () => {
    const [accented] = await worksOf('zotero-csl-json-accented-family-name-and-ligatures.json');
    expect([accented?.key, accented?.authors[0], accented?.ids]).toStrictEqual([
      'zotero:H8KQMTYV',
      { family: 'Dupré', given: 'Maurice J.' },
      { doi: '10.1214/09-BA422' },
    ]);
    expect(accented?.abstract?.slice(0, 50)).toBe('By basing Bayesian probability theory on ﬁve axiom');
    const works = await worksOf('zotero-csl-json-literal-author-names-and-no-doi.json');
    expect(works.map((work) => [work.key, work.type, work.authors[0], work.ids])).toStrictEqual([
      ['zotero:RKXIFGKR', 'speech', { literal: 'Leandro Facchinetti' }, {}],
      ['zotero:TJW5USER', 'paper-conference', { literal: 'Leandro Facchinetti' }, {}],
      ['zotero:V865FGTI', 'report', { literal: 'Leandro Facchinetti' }, {}],
    ]);
  });

  test('hostile: a truncated JSON, an XML bomb, an HTML page and a page past the end are refused with the reason', async () => {
    const cut = readFileSync(`${fixtureDir}openalex-work-journal-article-with-corresponding-author.json`).subarray(
      0,
      500,
    );
    const bomb = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><dblpperson name="x"><r>&b;</r></dblpperson>',
    );
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body>Too Many Requests</body></html>');
    // A page after the last of a list of one: the list is not empty, this page of it is.
    const empty = new TextEncoder().encode('{"meta":{"count":1},"results":[]}');
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

  test('a list that holds no works (an author with none yet) is 0 works, not a problem, in each format', async () => {
    const text = (name: string, value: string) => documentOf(name, new TextEncoder().encode(value));
    const documents = [
      documentOf(
        'openalex-works-author-with-no-works.json',
        readFileSync(`${fetchedDir}openalex-works-author-with-no-works.json`),
      ),
      documentOf(
        'orcid-works-summary-record-with-no-works.json',
        readFileSync(`${fetchedDir}orcid-works-summary-record-with-no-works.json`),
      ),
      documentOf(
        's2-author-papers-author-with-no-papers.json',
        readFileSync(`${fetchedDir}s2-author-papers-author-with-no-papers.json`),
      ),
      documentOf('dblp-person-with-no-records.xml', readFileSync(`${fetchedDir}dblp-person-with-no-records.xml`)),
      text(
        'crossref-search.json',
        '{"status":"ok","message-type":"work-list","message":{"total-results":0,"items":[]}}',
      ),
      text('zotero-empty-collection.json', '[]\n'),
      text('openalex-without-meta.json', '{"results":[]}'),
    ];
    const readings = [];
    for (const document of documents) readings.push(await readSourceDocument(document, { today }));
    expect(
      readings.map(({ name, format, works, unread, listsNone }) => [name, format, works, unread, listsNone]),
    ).toStrictEqual([
      ['openalex-works-author-with-no-works.json', 'openalex-works', [], [], true],
      ['orcid-works-summary-record-with-no-works.json', 'orcid-works', [], [], true],
      ['s2-author-papers-author-with-no-papers.json', 'semantic-scholar-papers', [], [], true],
      ['dblp-person-with-no-records.xml', 'dblp-person-xml', [], [], true],
      ['crossref-search.json', 'crossref-works', [], [], true],
      ['zotero-empty-collection.json', 'csl-json', [], [], true],
      ['openalex-without-meta.json', 'openalex-works', [], [], true],
    ]);
  });

  test('no works, and a problem: a page past the end, a DBLP page that counts records it lacks, an empty file', async () => {
    const text = (name: string, value: string) => documentOf(name, new TextEncoder().encode(value));
    const documents = [
      text('s2-past-the-end.json', '{"offset": 100, "data": []}'),
      text('dblp.xml', '<?xml version="1.0"?><dblpperson name="A B" pid="00/1" n="3"></dblpperson>'),
      text('empty.ris', ''),
      text(
        'arxiv.xml',
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>arXiv Query: id_list=2408.99999</title></feed>',
      ),
    ];
    const reasons = [];
    for (const document of documents) {
      const reading = await readSourceDocument(document, { today });
      reasons.push([reading.listsNone, reading.unread.map((unread) => unread.reason)]);
    }
    expect(reasons).toStrictEqual([
      [undefined, ['lists no publication']],
      [undefined, ['lists no publication']],
      [undefined, ['is empty']],
      [undefined, ['lists no publication']],
    ]);
  });
});
