/**
 * What an import decides: every entry added, updated, unchanged or skipped with a reason; re-imports change nothing;
 * newer data updates the citation while the user's additions stay; duplicates are reported, never imported twice.
 */
import { describe, expect, test } from 'vitest';
import { readBibEntries } from '../../../src/bibtex/readBibEntries.js';
import { acceptedFixtures, readFixtures } from './fixtures.js';
import { applyPlan, editPublication, emptyProfile, plan, publicationItem, statuses } from './importProfile.js';

describe('a first import', () => {
  test('adds every entry of a Google Scholar export, one file per key', async () => {
    const result = plan(emptyProfile(), await readFixtures('google-scholar-export'));
    expect(statuses(result)).toStrictEqual([
      'added li2023revisiting',
      'added li2023no',
      'added li2022can',
      'added li2025editing',
      'added li2025fedgucci',
    ]);
    expect(result.writes.map((write) => (write.kind === 'create' ? write.stem : write.file))).toStrictEqual([
      'li2023revisiting',
      'li2023no',
      'li2022can',
      'li2025editing',
      'li2025fedgucci',
    ]);
  });

  test('untrusted keys make safe file names inside publications/, and two keys never share one', async () => {
    const result = plan(emptyProfile(), await readFixtures('untrusted-citation-keys'));
    // A key that is a path gives the id add-pub would make: first author, year, first word of the title.
    expect(result.report.map((entry) => [entry.key, entry.status, entry.itemFile])).toStrictEqual([
      ['../../../escape', 'added', 'publications/li2020dot.md'],
      ['a/b', 'added', 'publications/li2020slash.md'],
      ['a-b', 'added', 'publications/a-b.md'],
      ['con', 'added', 'publications/con-entry.md'],
      ['C:x', 'added', 'publications/c-x.md'],
      ['x\\y', 'skipped', undefined],
      ['..', 'added', 'publications/entry.md'],
    ]);
  });

  test('an entry without a title is skipped as a problem; one without any author is imported with a warning', async () => {
    const result = plan(emptyProfile(), await readFixtures('broken-missing-title-and-authors'));
    expect(result.report.map((entry) => [entry.key, entry.status, entry.reason, entry.warnings])).toStrictEqual([
      ['no-title', 'skipped', 'has no title', undefined],
      ['no-author', 'added', undefined, ['has no author or editor; imported without authors']],
      ['complete', 'added', undefined, undefined],
    ]);
    expect(applyPlan(emptyProfile(), result).publications[0]?.fields.authors).toStrictEqual([]);
  });

  test('a crossref target is reported, not imported; its fields complete the entry that names it', async () => {
    const result = plan(emptyProfile(), await readFixtures('crossref-child-inherits-from-proceedings'));
    expect(statuses(result)).toStrictEqual(['added li2023edge', 'skipped sigir2023']);
    expect(result.report[1]?.problem).toBe(false);
    const child = applyPlan(emptyProfile(), result).publications[0];
    expect([child?.fields.venue, child?.fields.publisher, child?.fields.date?.year]).toStrictEqual([
      'Proceedings of the 46th International ACM SIGIR Conference on Research and Development in Information Retrieval',
      'ACM',
      2023,
    ]);
  });

  test('--selected and --hidden mark every imported publication', async () => {
    const result = plan(emptyProfile(), await readFixtures('google-scholar-export'), { selected: true, hidden: true });
    const profile = applyPlan(emptyProfile(), result);
    expect(profile.publications.every((item) => item.fields.selected === true && item.fields.hidden === true)).toBe(
      true,
    );
  });

  test('an edited book and a DBLP @proceedings: the editors stored as editors, no authors, the owner found', async () => {
    const result = plan(emptyProfile(), await readFixtures('edited-book-dblp-proceedings-and-chapter'));
    expect(result.report.map((entry) => [entry.status, entry.key, entry.ownerFound, entry.warnings])).toStrictEqual([
      ['added', 'li2021handbook', true, undefined],
      ['added', 'DBLP:conf/fedml/2023', true, undefined],
      ['added', 'haddad2021aggregation', true, undefined],
    ]);
    const written = result.writes.map((write) => (write.kind === 'create' ? [write.stem, write.data] : []));
    // A DBLP key is a path: the id is made of the first editor's name, year and title word.
    expect(written.map(([stem, data]) => [stem, (data as Record<string, unknown>).authors])).toStrictEqual([
      ['li2021handbook', undefined],
      ['li2023proceedings', undefined],
      [
        'haddad2021aggregation',
        [
          { family: 'Haddad', given: 'Leila' },
          { family: 'Li', given: 'Zexi' },
        ],
      ],
    ]);
    expect((written[1]?.[1] as Record<string, unknown> | undefined)?.editors).toStrictEqual([
      { family: 'Li', given: 'Zexi' },
    ]);
  });

  test('tells whether the owner is among the authors', async () => {
    const result = plan(
      emptyProfile(),
      await readFixtures('latex-accents-and-special-letters', 'google-scholar-export'),
    );
    expect(result.report.map((entry) => entry.ownerFound)).toStrictEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('importing the same file again', () => {
  test.each(acceptedFixtures)('%s: every entry unchanged, nothing written', async (fixture) => {
    const read = await readFixtures(fixture);
    const first = plan(emptyProfile(), read);
    const profile = applyPlan(emptyProfile(), first);
    const again = plan(profile, read);
    expect(again.writes).toStrictEqual([]);
    expect(again.report.map((entry) => entry.status)).toStrictEqual(
      first.report.map((entry) => (entry.status === 'skipped' ? entry.status : 'unchanged')),
    );
  });

  test('with --merge-preprints too (it is what every import does)', async () => {
    const read = await readFixtures('arxiv-preprint-and-published-version');
    const profile = applyPlan(emptyProfile(), plan(emptyProfile(), read, { mergePreprints: true }));
    expect(plan(profile, read, { mergePreprints: true }).writes).toStrictEqual([]);
  });
});

describe('a newer version of an entry', () => {
  const version = (
    pages: string,
    title = 'Revisiting Weighted Aggregation in Federated Learning with Neural Networks',
  ) =>
    readBibEntries([
      {
        name: 'refs.bib',
        text: `@inproceedings{li2023revisiting, author = {Li*, Zexi and Lin\\#, Tao and Wu, Chao}, title = {${title}}, booktitle = {International Conference on Machine Learning}, pages = {${pages}}, year = {2023}, abstract = {The abstract.}}`,
      },
    ]);

  test('updates the citation data and keeps selected, order, label, hidden, links, marks and notes', async () => {
    let profile = applyPlan(emptyProfile(), plan(emptyProfile(), await version('1--10')));
    profile = editPublication(
      profile,
      'pub/li2023revisiting',
      (data) => ({
        ...data,
        selected: true,
        order: 3,
        label: 'ICML 2023 (Oral)',
        hidden: true,
        links: [{ type: 'code', url: 'https://github.com/example/code' }],
        authors: [
          { family: 'Li', given: 'Zexi', equal: true },
          { family: 'Lin', given: 'Tao' },
          { family: 'Wu', given: 'Chao', corresponding: true },
        ],
      }),
      'My notes on this paper.',
    );
    const result = plan(profile, await version('19767--19788'));
    expect(result.report[0]).toMatchObject({ status: 'updated', changed: ['bibtex', 'pages'] });
    const updated = applyPlan(profile, result).publications[0]?.fields;
    expect(updated).toMatchObject({
      pages: '19767–19788',
      selected: true,
      order: 3,
      label: 'ICML 2023 (Oral)',
      hidden: true,
      links: [{ type: 'code', url: 'https://github.com/example/code' }],
      authors: [
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Lin', given: 'Tao' },
        { family: 'Wu', given: 'Chao', corresponding: true },
      ],
    });
    expect(applyPlan(profile, result).publications[0]?.body).toBe('My notes on this paper.');
  });

  test("a title the user corrected stays while the file's is unchanged; a new title in the file wins", async () => {
    let profile = applyPlan(
      emptyProfile(),
      plan(emptyProfile(), await version('1--10', 'Revisiting weighted aggregation')),
    );
    profile = editPublication(profile, 'pub/li2023revisiting', (data) => ({
      ...data,
      title: 'Revisiting Weighted Aggregation',
    }));
    expect(plan(profile, await version('1--10', 'Revisiting weighted aggregation')).report[0]?.status).toBe(
      'unchanged',
    );
    const renamed = plan(profile, await version('1--10', 'Revisiting Weighted Aggregation in Federated Learning'));
    expect(renamed.report[0]).toMatchObject({ status: 'updated', changed: ['bibtex', 'title'] });
  });

  test('found by DOI under another key: merged as another source, the publication keeps its key', async () => {
    const profile = applyPlan(emptyProfile(), plan(emptyProfile(), await readFixtures('zotero-better-bibtex-export')));
    const result = plan(profile, await readFixtures('dblp-export-with-crossref'));
    const sigir = result.report.find((entry) => entry.key === 'DBLP:conf/sigir/LiLZZZW23');
    expect(sigir).toMatchObject({
      status: 'merged',
      matchedBy: 'doi',
      id: 'pub/liedgecloudcollaborativelearning2023',
    });
    const fields = applyPlan(profile, result).publications[0]?.fields;
    expect(fields?.key).toBe('liEdgecloudCollaborativeLearning2023');
    expect(fields?.sources?.map((source) => source.key)).toStrictEqual(['DBLP:conf/sigir/LiLZZZW23']);
  });

  test('the same key in another file, or the same title and year under another key: another source', async () => {
    const profile = applyPlan(emptyProfile(), plan(emptyProfile(), await readFixtures('google-scholar-export')));
    const result = plan(profile, await readFixtures('string-macros-and-concatenation'));
    expect(result.report.map((entry) => [entry.key, entry.status, entry.matchedBy ?? 'key'])).toStrictEqual([
      ['li2025fedgucci', 'merged', 'key'],
      ['li2023revisiting', 'merged', 'key'],
    ]);
    const byTitle = await readBibEntries([
      {
        name: 'other.bib',
        text: '@inproceedings{DBLP:conf/icml/LiLSW23, author = {Zexi Li and Tao Lin and Xinyi Shang and Chao Wu}, title = {Revisiting Weighted Aggregation in Federated Learning with Neural Networks}, booktitle = {ICML}, year = {2023}}',
      },
    ]);
    expect(plan(profile, byTitle).report[0]).toMatchObject({
      status: 'merged',
      matchedBy: 'title',
      id: 'pub/li2023revisiting',
    });
  });

  test('a hand-written publication updated from DBLP keeps its label, order, marks and the case of its title', async () => {
    const written = publicationItem('li2023edge', {
      key: 'li2023edge',
      type: 'paper-conference',
      title: 'Edge-cloud Collaborative Learning with Federated and Centralized Features',
      authors: [
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Li', given: 'Qunwei', equal: true },
        { family: 'Wu', given: 'Chao', corresponding: true },
      ],
      date: '2023',
      doi: '10.1145/3539618.3591976',
      label: 'ACM SIGIR 2023',
      order: 8,
      selected: true,
    });
    const profile = { ...emptyProfile(), publications: [written] };
    const scholarStyle = await readBibEntries([
      {
        name: 'scholar.bib',
        text: '@inproceedings{li2023edge, title={Edge-cloud collaborative learning with federated and centralized features}, author={Li, Zexi and Li, Qunwei and Wu, Chao}, booktitle={Proceedings of SIGIR}, pages={1949--1953}, year={2023}}',
      },
    ]);
    const fields = applyPlan(profile, plan(profile, scholarStyle)).publications[0]?.fields;
    expect(fields).toMatchObject({
      title: 'Edge-cloud Collaborative Learning with Federated and Centralized Features',
      label: 'ACM SIGIR 2023',
      order: 8,
      selected: true,
      pages: '1949–1953',
      authors: [
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Li', given: 'Qunwei', equal: true },
        { family: 'Wu', given: 'Chao', corresponding: true },
      ],
    });
  });
});

describe('an edited volume imported before editors were read (its editors under authors)', () => {
  const fixture = 'edited-book-dblp-proceedings-and-chapter';
  async function importedBefore() {
    const read = await readFixtures(fixture);
    let profile = applyPlan(emptyProfile(), plan(emptyProfile(), read));
    for (const id of ['pub/li2021handbook', 'pub/li2023proceedings'])
      profile = editPublication(profile, id, ({ editors, ...rest }) => ({ ...rest, authors: editors }));
    return { read, profile };
  }
  const changed = (read: Awaited<ReturnType<typeof readFixtures>>, key: string, fields: Record<string, string>) => ({
    ...read,
    entries: read.entries.map((entry) =>
      entry.key === key ? { ...entry, fields: { ...entry.fields, ...fields } } : entry,
    ),
  });

  test('the editors changed in the file: read as editors, the authors follow the file (none)', async () => {
    const { read, profile } = await importedBefore();
    const result = plan(profile, changed(read, 'DBLP:conf/fedml/2023', { editor: 'Zexi Li and Tomasz Nowak' }));
    expect(statuses(result)).toStrictEqual([
      'unchanged li2021handbook',
      'updated DBLP:conf/fedml/2023',
      'unchanged haddad2021aggregation',
    ]);
    const volume = applyPlan(profile, result).publications.find((item) => item.id === 'pub/li2023proceedings');
    expect([volume?.fields.authors, volume?.fields.editors]).toStrictEqual([
      [],
      [
        { family: 'Li', given: 'Zexi' },
        { family: 'Nowak', given: 'Tomasz' },
      ],
    ]);
  });

  test('another field changed in the file: the publication keeps its shape', async () => {
    const { read, profile } = await importedBefore();
    const result = plan(profile, changed(read, 'li2021handbook', { doi: '10.7551/mitpress/14000.001.0001' }));
    expect(result.report[0]?.changed).toStrictEqual(['bibtex', 'doi', 'url']);
    const book = applyPlan(profile, result).publications.find((item) => item.id === 'pub/li2021handbook');
    expect([book?.fields.authors.length, book?.fields.editors]).toStrictEqual([3, undefined]);
  });

  test('another source naming the same editors adds no editors beside them', async () => {
    const { profile } = await importedBefore();
    const other = await readBibEntries([
      {
        name: 'orcid.bib',
        text: '@book{orcid-handbook,\n  editor = {Zexi Li and Chidi Okafor and Erik Lindqvist},\n  title = {Handbook of Federated Learning},\n  publisher = {MIT Press},\n  year = {2021},\n  doi = {10.7551/mitpress/14000.001.0001}\n}\n',
      },
    ]);
    const result = plan(profile, other);
    expect(result.report.map((entry) => [entry.status, entry.id, entry.changed])).toStrictEqual([
      ['merged', 'pub/li2021handbook', ['doi', 'url']],
    ]);
    const book = applyPlan(profile, result).publications.find((item) => item.id === 'pub/li2021handbook');
    expect(book?.fields.editors).toBeUndefined();
  });
});

describe('a hand-written publication found by its DOI', () => {
  test('takes the entry as its source once: importing the same file again changes nothing', async () => {
    const written = publicationItem('li2023edge', {
      key: 'li2023edge',
      title: 'Edge-cloud Collaborative Learning with Federated and Centralized Features',
      authors: [{ family: 'Li', given: 'Zexi' }],
      date: '2023',
      doi: '10.1145/3539618.3591976',
    });
    const profile = { ...emptyProfile(), publications: [written] };
    const dblp = await readBibEntries([
      {
        name: 'dblp.bib',
        text: '@inproceedings{DBLP:conf/sigir/LiLW23, title={Edge-cloud Collaborative Learning with Federated and Centralized Features}, author={Li, Zexi and Li, Qunwei and Wu, Chao}, booktitle={SIGIR}, pages={1949--1953}, year={2023}, doi={10.1145/3539618.3591976}}',
      },
    ]);
    const first = plan(profile, dblp);
    expect(statuses(first)).toStrictEqual(['updated DBLP:conf/sigir/LiLW23']);
    const imported = applyPlan(profile, first);
    const again = plan(imported, dblp);
    expect([statuses(again), again.writes]).toStrictEqual([['unchanged DBLP:conf/sigir/LiLW23'], []]);
    expect(again.report[0]).toMatchObject({ id: 'pub/li2023edge', matchedBy: 'doi' });
    expect(imported.publications[0]?.fields.sources).toBeUndefined();
  });
});

describe('what the import makes up never replaces what the profile has', () => {
  test('a link made from the arXiv identifier does not replace the URL of a hand-written publication', async () => {
    const written = publicationItem('li2025editing', {
      key: 'li2025editing',
      title: 'Editing as Unlearning',
      authors: [{ family: 'Li', given: 'Zexi' }],
      date: '2025',
      arxiv: '2505.19855',
      url: 'https://arxiv.org/pdf/2505.19855',
    });
    const profile = { ...emptyProfile(), publications: [written] };
    const scholar = await readBibEntries([
      {
        name: 'scholar.bib',
        text: '@article{li2025editing, title={Editing as Unlearning}, author={Li, Zexi and Wang, Xiangzhu}, journal={arXiv preprint arXiv:2505.19855}, year={2025}}',
      },
    ]);
    const fields = applyPlan(profile, plan(profile, scholar)).publications[0]?.fields;
    expect([fields?.url, fields?.arxiv, fields?.authors.length]).toStrictEqual([
      'https://arxiv.org/pdf/2505.19855',
      '2505.19855',
      2,
    ]);
  });
});

describe('the same work twice', () => {
  test('an arXiv preprint and its published version in one file: one publication, led by the published version', async () => {
    const result = plan(emptyProfile(), await readFixtures('arxiv-preprint-and-published-version'));
    expect(statuses(result)).toStrictEqual(['added wang2024wise', 'merged wang2024wisepublished']);
    expect(result.report[1]).toMatchObject({ promoted: true, matchedBy: 'title', id: 'pub/wang2024wise' });
    const [merged] = applyPlan(emptyProfile(), result).publications;
    expect(merged?.fields).toMatchObject({
      key: 'wang2024wisepublished',
      arxiv: '2405.14768',
      label: 'NeurIPS 2024',
      category: 'conference',
      links: [{ type: 'arxiv', url: 'https://arxiv.org/abs/2405.14768' }],
    });
    expect(merged?.fields.status).toBeUndefined();
    expect(merged?.fields.sources?.map((source) => source.key)).toStrictEqual(['wang2024wise']);
  });

  test('the published version first, then its preprint: the preprint is folded in, keeping its arXiv link', async () => {
    const read = await readFixtures('arxiv-preprint-and-published-version');
    const reversed = { ...read, entries: [...read.entries].reverse() };
    const result = plan(emptyProfile(), reversed);
    expect(result.report.map((entry) => `${entry.status} ${entry.key}`)).toStrictEqual([
      'folded wang2024wise',
      'added wang2024wisepublished',
    ]);
    expect(result.report[0]).toMatchObject({ changed: ['arxiv', 'links'], id: 'pub/wang2024wisepublished' });
    const [merged] = applyPlan(emptyProfile(), result).publications;
    expect(merged?.fields).toMatchObject({
      key: 'wang2024wisepublished',
      arxiv: '2405.14768',
      label: 'NeurIPS 2024',
      links: [{ type: 'arxiv', url: 'https://arxiv.org/abs/2405.14768' }],
    });
  });

  test('a published version of a preprint already in the profile takes over its citation data', async () => {
    const preprintOnly = await readBibEntries([
      {
        name: 'old.bib',
        text: '@article{wang2024wise, title={WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models}, author={Wang, Peng and Li, Zexi and Zhang, Ningyu}, journal={arXiv preprint arXiv:2405.14768}, year={2024}, selected={true}}',
      },
    ]);
    const published = await readBibEntries([
      {
        name: 'new.bib',
        text: '@inproceedings{wang2024neurips, title={{WISE}: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models}, author={Wang, Peng and Li, Zexi and Zhang, Ningyu}, booktitle={Advances in Neural Information Processing Systems}, year={2025}}',
      },
    ]);
    const profile = applyPlan(emptyProfile(), plan(emptyProfile(), preprintOnly));
    const merged = plan(profile, published);
    expect(merged.report[0]).toMatchObject({
      status: 'merged',
      promoted: true,
      matchedBy: 'title',
      id: 'pub/wang2024wise',
    });
    const fields = applyPlan(profile, merged).publications[0]?.fields;
    expect(fields).toMatchObject({
      key: 'wang2024neurips',
      label: 'NeurIPS 2025',
      arxiv: '2405.14768',
      selected: true,
      type: 'paper-conference',
      venue: 'Advances in Neural Information Processing Systems',
      links: [{ type: 'arxiv', url: 'https://arxiv.org/abs/2405.14768' }],
    });
    expect(fields?.status).toBeUndefined();
    expect(fields?.sources?.map((source) => [source.key, source.file])).toStrictEqual([['wang2024wise', 'old.bib']]);
  });

  test('a preprint never replaces the published version it belongs to', async () => {
    const profile = applyPlan(
      emptyProfile(),
      plan(emptyProfile(), await readFixtures('arxiv-preprint-and-published-version')),
    );
    const preprintAlone = await readBibEntries([
      {
        name: 'again.bib',
        text: '@article{wang2024wise, title={WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models}, author={Wang, Peng and Li, Zexi}, journal={arXiv preprint arXiv:2405.14768}, year={2024}}',
      },
    ]);
    const again = plan(profile, preprintAlone);
    expect(again.report[0]?.id).toBe('pub/wang2024wise');
    const fields = applyPlan(profile, again).publications[0]?.fields;
    expect([fields?.key, fields?.label, fields?.authors.length]).toStrictEqual([
      'wang2024wisepublished',
      'NeurIPS 2024',
      9,
    ]);
  });
});

describe('different works that share a title', () => {
  test('RFCs of one title and author with other DOIs or report numbers stay apart', async () => {
    const result = plan(emptyProfile(), await readFixtures('rfcs-same-title-different-numbers'));
    expect(statuses(result)).toStrictEqual([
      'added rfc739',
      'added rfc820',
      'added postel1983numbers',
      'added postel1983numbers-again',
    ]);
  });
});

describe('entries that used to be skipped', () => {
  test('software and standards without an author are imported with a warning; month 13 is named', async () => {
    const result = plan(emptyProfile(), await readFixtures('no-author-software-and-standards'));
    expect(result.report.map((entry) => [entry.key, entry.status, entry.warnings])).toStrictEqual([
      ['OpenMP', 'added', ['has no author or editor; imported without authors']],
      ['cpp20', 'added', ['has no author or editor; imported without authors']],
      ['month13', 'added', ['month = {13} is not a month; the date keeps only the year']],
    ]);
    const profile = applyPlan(emptyProfile(), result);
    expect(
      profile.publications.map((item) => [item.fields.title, item.fields.authors, item.fields.date]),
    ).toStrictEqual([
      ['OpenMP Application Programming Interface, Version 5.2', [], { year: 2021 }],
      ['Programming Languages – C++', [], { year: 2020 }],
      ['A Month That Does Not Exist', [{ family: 'Li', given: 'Zexi' }], { year: 2021 }],
    ]);
  });
});

describe('preprint servers other than arXiv', () => {
  test('an ECCC report folds into its CCC paper, its link kept; the CCC paper and its journal version stay two', async () => {
    const read = await readBibEntries([
      {
        name: 'dblp.bib',
        text: `@article{DBLP:journals/eccc/Lovelace20,
  author = {Ada Lovelace}, title = {Lower Bounds for \\mathrm\\{AC\\}{\\^{}}0 Circuits},
  journal = {Electron. Colloquium Comput. Complex.}, volume = {TR20-001}, year = {2020},
  url = {https://eccc.weizmann.ac.il/report/2020/001}
}
@inproceedings{DBLP:conf/coco/Lovelace21,
  author = {Ada Lovelace}, title = {Lower Bounds for \\mathrm\\{AC\\}{\\^{}}0 Circuits},
  booktitle = {36th Computational Complexity Conference, {CCC} 2021}, pages = {1:1--1:20}, year = {2021},
  doi = {10.4230/LIPIcs.CCC.2021.1}
}
@article{DBLP:journals/toc/Lovelace23,
  author = {Ada Lovelace}, title = {Lower Bounds for \\mathrm\\{AC\\}{\\^{}}0 Circuits},
  journal = {Theory Comput.}, volume = {19}, pages = {1--40}, year = {2023},
  doi = {10.4086/toc.2023.v019a001}
}`,
      },
    ]);
    const result = plan(emptyProfile(), read);
    expect(result.report.map((entry) => [entry.status, entry.id, entry.promoted, entry.related])).toStrictEqual([
      ['added', 'pub/lovelace2020lower', undefined, undefined],
      ['merged', 'pub/lovelace2020lower', true, undefined],
      ['added', 'pub/lovelace2023lower', undefined, ['pub/lovelace2020lower']],
    ]);
    const [ccc, toc] = applyPlan(emptyProfile(), result).publications;
    expect([ccc?.fields.title, ccc?.fields.label, ccc?.fields.status, ccc?.fields.links]).toStrictEqual([
      'Lower Bounds for AC^0 Circuits',
      'CCC 2021',
      undefined,
      [{ type: 'other', name: 'Preprint', url: 'https://eccc.weizmann.ac.il/report/2020/001' }],
    ]);
    expect(ccc?.fields.sources?.map((source) => source.key)).toStrictEqual(['DBLP:journals/eccc/Lovelace20']);
    expect(toc?.fields.label).toBe('ToC 2023');
  });
});

describe('a paper dated by its proceedings’ year', () => {
  const dblp = `@inproceedings{DBLP:conf/focs/Limaye0T21,
  author = {Nutan Limaye and Srikanth Srinivasan and S{\\'{e}}bastien Tavenas},
  title = {Superpolynomial Lower Bounds Against Low-Depth Algebraic Circuits},
  booktitle = {{FOCS}}, pages = {804--814}, year = {2021}
}`;
  const scholar = (
    year: number,
    venue = '2021 IEEE 62nd Annual Symposium on Foundations of Computer Science (FOCS)',
  ) => `@inproceedings{limaye${year}superpolynomial,
  title = {Superpolynomial lower bounds against low-depth algebraic circuits},
  author = {Limaye, Nutan and Srinivasan, Srikanth and Tavenas, S{\\'e}bastien},
  booktitle = {${venue}},
  pages = {804--814}, year = {${year}}
}`;
  const imported = async (other: string) => {
    const first = applyPlan(
      emptyProfile(),
      plan(emptyProfile(), await readBibEntries([{ name: 'dblp.bib', text: dblp }])),
    );
    return plan(first, await readBibEntries([{ name: 'scholar.bib', text: other }])).report;
  };

  test('Scholar’s FOCS 2021 paper of 2022 (IEEE Xplore’s year), same pages and venue: another source of it', async () => {
    const [entry] = await imported(scholar(2022));
    expect([entry?.status, entry?.id, entry?.conflicts?.map((conflict) => conflict.field)]).toStrictEqual([
      'merged',
      'pub/limaye2021superpolynomial',
      ['title', 'date', 'venue'],
    ]);
  });

  test('two years apart, or at another venue, it is another version', async () => {
    for (const other of [scholar(2023), scholar(2022, 'Communications of the ACM')]) {
      const [entry] = await imported(other);
      expect([entry?.status, entry?.related]).toStrictEqual(['added', ['pub/limaye2021superpolynomial']]);
    }
  });
});
