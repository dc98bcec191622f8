/** The identifiers and citation counts `profile import` stores, as every export and `list --sort citations` use them. */
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders, writeFiles } from '../tempFolders.js';

const { fresh } = useTempFolders();

/** Two publications written by hand: one with every identifier and two counts, one with a count of the user's. */
async function profileWithIdentifiers(root: string): Promise<string> {
  await writeFiles(root, {
    'profile/profile.md': '---\nname: Heather Piwowar\n---\n',
    'profile/publications/piwowar2018state.md': [
      '---',
      'key: piwowar2018state',
      'type: article-journal',
      'title: "The state of OA"',
      'authors:',
      '  - { family: Piwowar, given: Heather }',
      'date: 2018-02-13',
      'venue: PeerJ',
      'doi: 10.7717/peerj.4375',
      'pmid: "29456894"',
      'openalex: W2741809807',
      'semanticScholar: 1d5ec0a8b8c4a3a5d7f1c2fa3a5a2b3c4d5e6f70',
      'dblp: journals/peerj/PiwowarPLAMNFWH18',
      'citedBy:',
      '  - { count: 394, source: openalex, date: 2022-05-27 }',
      '  - { count: 1131, source: semanticScholar, date: 2026-12-02 }',
      '---',
      '',
    ].join('\n'),
    'profile/publications/piwowar2013data.md': [
      '---',
      'key: piwowar2013data',
      'type: article-journal',
      'title: Data reuse and the open data citation advantage',
      'authors:',
      '  - { family: Piwowar, given: Heather }',
      'date: 2013',
      'pmid: "24109559"',
      'citations: 2000',
      '---',
      '',
    ].join('\n'),
  });
  return `${root}/profile`;
}

describe.concurrent('identifiers and counts in exports', () => {
  test('BibTeX, CSL-JSON, JSON Resume and JSON carry them; list sorts by them', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithIdentifiers(root);
    const bib = await runCli(['export', '--format', 'bib', '--dir', dir], { cwd: root });
    expect(bib.status).toBe(0);
    expect(bib.stdout).toContain(
      [
        '  doi = {10.7717/peerj.4375},',
        '  pmid = {29456894},',
        '  openalex = {W2741809807},',
        '  s2id = {1d5ec0a8b8c4a3a5d7f1c2fa3a5a2b3c4d5e6f70},',
        '  dblp = {journals/peerj/PiwowarPLAMNFWH18}',
      ].join('\n'),
    );
    const csl = JSON.parse((await runCli(['export', '--format', 'csl-json', '--dir', dir], { cwd: root })).stdout);
    const state = csl.find((item: { custom: { id: string } }) => item.custom.id === 'pub/piwowar2018state');
    expect(state.PMID).toBe('29456894');
    expect(state.custom).toMatchObject({
      citations: 1131,
      openalex: 'W2741809807',
      semanticScholar: '1d5ec0a8b8c4a3a5d7f1c2fa3a5a2b3c4d5e6f70',
      dblp: 'journals/peerj/PiwowarPLAMNFWH18',
    });
    const resume = JSON.parse((await runCli(['export', '--format', 'jsonresume', '--dir', dir], { cwd: root })).stdout);
    expect(resume.publications.map((entry: { url?: string }) => entry.url)).toStrictEqual([
      'https://doi.org/10.7717/peerj.4375',
      'https://pubmed.ncbi.nlm.nih.gov/24109559/',
    ]);
    const json = JSON.parse((await runCli(['export', '--format', 'json', '--dir', dir], { cwd: root })).stdout);
    expect(JSON.stringify(json)).toContain(
      '"citedBy":[{"count":394,"source":"openalex","date":"2022-05-27"},{"count":1131,"source":"semanticScholar","date":"2026-12-02"}]',
    );
    const list = await runCli(['list', 'publications', '--sort', 'citations', '--dir', dir], { cwd: root });
    expect(list.stdout).toBe(
      [
        'ID                    DATE        FLAGS  CITED  TITLE',
        'pub/piwowar2013data   2013        -      2000   Data reuse and the open data citation advantage',
        'pub/piwowar2018state  2018-02-13  -      1131   The state of OA',
        '',
      ].join('\n'),
    );
    const wrong = await runCli(['list', '--sort', 'cited', '--dir', dir], { cwd: root });
    expect(wrong.status).toBe(2);
  });
});
