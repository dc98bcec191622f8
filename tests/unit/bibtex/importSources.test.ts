/**
 * Several sources of one researcher's publications (a curated al-folio file, a DBLP export with CoRR copies and
 * conference/journal pairs, a Google Scholar export), imported one after the other in every order: every source
 * adds, none takes away, and each peer-reviewed version stays a publication of its own.
 */
import { describe, expect, test } from 'vitest';
import type { Profile } from '../../../src/model/items.js';
import { readFixtures } from './fixtures.js';
import { applyPlan, emptyProfile, plan } from './importProfile.js';

const sources = ['one-researcher-al-folio-papers', 'one-researcher-dblp-export', 'one-researcher-scholar-export'];

function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    orders([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

async function importInOrder(names: readonly string[]): Promise<Profile> {
  let profile = emptyProfile();
  for (const name of names) profile = applyPlan(profile, plan(profile, await readFixtures(name)));
  return profile;
}

/** What the profile holds, by title (lower case), whatever the order: the identifiers, links and flags. */
function holdings(profile: Profile) {
  return Object.fromEntries(
    profile.publications
      .map((item) => {
        const f = item.fields;
        return [
          `${f.title.toLowerCase()} (${f.date?.year})`,
          {
            doi: f.doi?.toLowerCase(),
            arxiv: f.arxiv,
            pages: f.pages,
            volume: f.volume,
            status: f.status,
            selected: f.selected,
            links: (f.links ?? []).map((link) => `${link.type} ${link.url}`).sort(),
          },
        ] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const expected = {
  'enabling time-dependent uncertain eco-weights for road networks (2017)': {
    doi: '10.1109/mdm.2017.11',
    arxiv: undefined,
    pages: '1–10',
    volume: undefined,
    status: undefined,
    selected: undefined,
    links: ['html https://example.org/hu2017mdm'],
  },
  'enabling time-dependent uncertain eco-weights for road networks (2019)': {
    doi: '10.1007/s10707-018-0337-4',
    arxiv: undefined,
    pages: '5–32',
    volume: '23',
    status: undefined,
    selected: undefined,
    links: [],
  },
  'faster shortest paths in uncertain road networks (2021)': {
    doi: '10.1145/3406325.3451001',
    arxiv: undefined,
    pages: '100–113',
    volume: undefined,
    status: undefined,
    selected: undefined,
    links: [],
  },
  'faster shortest paths in uncertain road networks (2023)': {
    doi: '10.1137/21m1400001',
    arxiv: undefined,
    pages: '600–640',
    volume: '52',
    status: undefined,
    selected: undefined,
    links: [],
  },
  'risk-aware path selection with time-varying, uncertain travel costs: a time series approach (2018)': {
    doi: '10.1007/s00778-018-0494-y',
    arxiv: undefined,
    pages: '179–200',
    volume: '27',
    status: undefined,
    selected: true,
    links: ['pdf hu2018vldbj.pdf'],
  },
  'stochastic origin-destination matrix forecasting using dual-stage graph convolutional, recurrent neural networks (2020)':
    {
      doi: '10.1109/icde48307.2020.00126',
      arxiv: '1910.12345',
      pages: '1417–1428',
      volume: undefined,
      status: undefined,
      selected: true,
      links: [
        'arxiv https://arxiv.org/abs/1910.12345',
        'code https://github.com/example/odm-forecasting',
        'pdf hu2019stochastic.pdf',
      ],
    },
  'uncertain time series graphs for routing (2023)': {
    doi: '10.48550/arxiv.2301.01234',
    arxiv: '2301.01234',
    pages: undefined,
    volume: 'abs/2301.01234',
    status: 'preprint',
    selected: true,
    links: ['code https://github.com/example/uts-graphs'],
  },
};

describe('three sources of one researcher, imported one after the other', () => {
  test.each(orders(sources).map((order) => [order.map((name) => name.split('-')[2]).join(' → '), order]))(
    '%s: every identifier, link and selected flag kept; one publication per peer-reviewed version',
    async (_name, order) => {
      const profile = await importInOrder(order as string[]);
      expect(holdings(profile)).toStrictEqual(expected);
      // Importing them all again changes nothing.
      for (const name of sources) {
        const again = plan(profile, await readFixtures(name));
        expect(again.writes).toStrictEqual([]);
        expect(new Set(again.report.map((entry) => entry.status))).toStrictEqual(new Set(['unchanged']));
      }
    },
  );

  test('the three files in one import: the same publications; a key another file also uses is another source', async () => {
    const result = plan(emptyProfile(), await readFixtures(...sources));
    expect(result.report.filter((entry) => entry.status === 'skipped')).toStrictEqual([]);
    expect(holdings(applyPlan(emptyProfile(), result))).toStrictEqual(expected);
  });

  test('the al-folio file first: its entries stay primary, DBLP and Scholar add to them', async () => {
    let profile = applyPlan(emptyProfile(), plan(emptyProfile(), await readFixtures(sources[0] as string)));
    const dblp = plan(profile, await readFixtures(sources[1] as string));
    expect(dblp.report.map((entry) => [entry.key, entry.status, entry.id, entry.changed])).toStrictEqual([
      ['DBLP:conf/icde/HuYGJX20', 'merged', 'pub/hu2019stochastic', ['dblp', 'doi', 'pages', 'publisher', 'url']],
      ['DBLP:journals/corr/abs-1910-12345', 'folded', 'pub/hu2019stochastic', ['arxiv', 'links']],
      ['DBLP:journals/vldb/HuYGJ18', 'merged', 'pub/hu2018vldbj', ['dblp', 'doi', 'issue', 'pages', 'url', 'volume']],
      ['DBLP:conf/mdm/HuYGJ17', 'merged', 'pub/hu2017mdm', ['dblp', 'doi', 'pages', 'publisher', 'url']],
      ['DBLP:journals/geoinformatica/HuYGJ19', 'added', 'pub/hu2019enabling', undefined],
      ['DBLP:journals/corr/abs-2301-01234', 'merged', 'pub/hu2023graphs', ['dblp', 'doi', 'url', 'volume']],
      ['DBLP:conf/stoc/HuJ21', 'added', 'pub/hu2021faster', undefined],
      ['DBLP:journals/siamcomp/HuJ23', 'added', 'pub/hu2023faster', undefined],
    ]);
    expect(dblp.report[4]?.related).toStrictEqual(['pub/hu2017mdm']);
    expect(dblp.report[7]?.related).toStrictEqual(['pub/hu2021faster']);
    profile = applyPlan(profile, dblp);
    const icde = profile.publications.find((item) => item.id === 'pub/hu2019stochastic')?.fields;
    expect(icde).toMatchObject({
      key: 'hu2019stochastic',
      label: 'ICDE 2020',
      type: 'paper-conference',
      title:
        'Stochastic Origin-Destination Matrix Forecasting Using Dual-Stage Graph Convolutional, Recurrent Neural Networks',
    });
    expect(icde?.bibtex?.fields.abbr).toBe('ICDE');
    expect(icde?.bibtex?.bare).toStrictEqual(['bibtex_show', 'selected']);
    expect(icde?.sources?.map((source) => [source.key, source.file])).toStrictEqual([
      ['DBLP:conf/icde/HuYGJX20', 'one-researcher-dblp-export.bib'],
      ['DBLP:journals/corr/abs-1910-12345', 'one-researcher-dblp-export.bib'],
    ]);

    const scholar = plan(profile, await readFixtures(sources[2] as string));
    expect(scholar.report.map((entry) => [entry.key, entry.status, entry.matchedBy, entry.changed])).toStrictEqual([
      ['hu2019stochastic', 'merged', 'key', []],
      ['hu2018risk', 'merged', 'title', ['publisher']],
      ['hu2021faster', 'merged', 'title', ['publisher']],
    ]);
    // Scholar's lower-cased title and its other venue are reported, never taken.
    expect(scholar.report[0]?.conflicts?.map((conflict) => conflict.field)).toStrictEqual(['title', 'venue']);
    profile = applyPlan(profile, scholar);
    expect(profile.publications.find((item) => item.id === 'pub/hu2019stochastic')?.fields.title).toBe(
      'Stochastic Origin-Destination Matrix Forecasting Using Dual-Stage Graph Convolutional, Recurrent Neural Networks',
    );
  });

  test('the DBLP export alone: labels are acronyms, ids can be typed, CoRR copies fold into what they became', async () => {
    const result = plan(emptyProfile(), await readFixtures(sources[1] as string));
    const profile = applyPlan(emptyProfile(), result);
    expect(profile.publications.map((item) => [item.id, item.fields.label])).toStrictEqual([
      ['pub/hu2020stochastic', 'ICDE 2020'],
      ['pub/hu2018risk', 'VLDBJ 2018'],
      ['pub/hu2017enabling', 'MDM 2017'],
      ['pub/hu2019enabling', 'GeoInformatica 2019'],
      ['pub/hu2023uncertain', 'Preprint'],
      ['pub/hu2021faster', 'STOC 2021'],
      ['pub/hu2023faster', 'SICOMP 2023'],
    ]);
    expect(profile.publications[0]?.fields.key).toBe('DBLP:conf/icde/HuYGJX20');
  });
});
