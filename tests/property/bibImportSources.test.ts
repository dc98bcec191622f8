/**
 * For any two generated sources of the same works (each holding some of every work's fields, under its own keys or
 * the same ones, in its own file), importing both in either order gives the same publications, and no field value
 * either source held is lost.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readBibEntries } from '../../src/bibtex/readBibEntries.js';
import type { Profile, PublicationItem } from '../../src/model/items.js';
import { applyPlan, emptyProfile, plan } from '../unit/bibtex/importProfile.js';
import { propertyRuns } from './propertyRuns.js';

interface Work {
  title: string;
  authors: string[];
  year: number;
  month: number;
  type: 'inproceedings' | 'article';
  venue: string;
  doi: string;
  arxiv: string;
  pages: string;
  volume: string;
  publisher: string;
  abstract: string;
  pdf: string;
  code: string;
}

// The venue is in both copies: a copy without one but with an arXiv identifier would be a preprint, another version.
const fields = ['month', 'doi', 'arxiv', 'pages', 'volume', 'publisher', 'abstract', 'pdf', 'code'] as const;
type Optional = (typeof fields)[number];

interface SourceCopy {
  key: string;
  present: Set<Optional>;
  selected: boolean;
}

const words = ['Graph', 'Routing', 'Learning', 'Uncertain', 'Fast', 'Robust', 'Query', 'Index', 'Stream', 'Model'];
const families = ['Hu', 'Jensen', 'Yang', 'Guo', 'Müller', 'García', "O'Neil"];
const venues: [string, 'inproceedings' | 'article'][] = [
  ['International Conference on Data Engineering', 'inproceedings'],
  ['Symposium on Theory of Computing', 'inproceedings'],
  ['The VLDB Journal', 'article'],
  ['Commun. ACM', 'article'],
];

const work = (index: number) =>
  fc
    .record({
      titleWords: fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }),
      authors: fc.uniqueArray(fc.constantFrom(...families), { minLength: 1, maxLength: 3 }),
      year: fc.integer({ min: 2000, max: 2024 }),
      month: fc.integer({ min: 1, max: 12 }),
      venue: fc.constantFrom(...venues),
      pages: fc.integer({ min: 1, max: 900 }),
      volume: fc.integer({ min: 1, max: 60 }),
    })
    .map(
      (w): Work => ({
        // The index makes every title (and so every work) distinct.
        title: `${w.titleWords.join(' ')} Part ${index + 1}`,
        authors: w.authors,
        year: w.year,
        month: w.month,
        type: w.venue[1],
        venue: w.venue[0],
        doi: `10.1000/work.${index + 1}`,
        arxiv: `2101.${String(10000 + index)}`,
        pages: `${w.pages}--${w.pages + 11}`,
        volume: String(w.volume),
        publisher: 'ACM',
        abstract: `What work ${index + 1} finds.`,
        pdf: `https://example.org/${index + 1}.pdf`,
        code: `https://github.com/example/work-${index + 1}`,
      }),
    );

const copy = (index: number, prefix: string) =>
  fc
    .record({
      present: fc.subarray([...fields]),
      selected: fc.boolean(),
      sameKey: fc.boolean(),
    })
    .map(
      (c): SourceCopy => ({
        key: c.sameKey ? `work${index + 1}` : `${prefix}${index + 1}`,
        present: new Set(c.present),
        selected: c.selected,
      }),
    );

const scenario = fc.integer({ min: 1, max: 4 }).chain((count) =>
  fc.record({
    works: fc.tuple(...Array.from({ length: count }, (_, index) => work(index))),
    a: fc.tuple(...Array.from({ length: count }, (_, index) => copy(index, 'alfolio'))),
    b: fc.tuple(...Array.from({ length: count }, (_, index) => copy(index, 'DBLP:conf/x/W'))),
  }),
);

function bibOf(works: readonly Work[], copies: readonly SourceCopy[]): string {
  return works
    .map((w, index) => {
      const c = copies[index] as SourceCopy;
      const has = (name: Optional) => c.present.has(name);
      const lines = [
        `  title = {${w.title}}`,
        `  author = {${w.authors.map((family) => `${family === 'Müller' ? 'M{\\"u}ller' : family}, Ada`).join(' and ')}}`,
        `  year = {${w.year}}`,
        has('month') ? `  month = {${w.month}}` : '',
        `  ${w.type === 'article' ? 'journal' : 'booktitle'} = {${w.venue}}`,
        has('doi') ? `  doi = {${w.doi}}` : '',
        has('arxiv') ? `  eprint = {${w.arxiv}}, archiveprefix = {arXiv}` : '',
        has('pages') ? `  pages = {${w.pages}}` : '',
        has('volume') ? `  volume = {${w.volume}}` : '',
        has('publisher') ? `  publisher = {${w.publisher}}` : '',
        has('abstract') ? `  abstract = {${w.abstract}}` : '',
        has('pdf') ? `  pdf = {${w.pdf}}` : '',
        has('code') ? `  code = {${w.code}}` : '',
        c.selected ? '  selected = {true}' : '',
      ].filter((line) => line !== '');
      return `@${w.type}{${c.key},\n${lines.join(',\n')}\n}\n`;
    })
    .join('\n');
}

async function importBoth(first: [string, string], second: [string, string]): Promise<Profile> {
  let profile = emptyProfile();
  for (const [name, text] of [first, second]) {
    const result = plan(profile, await readBibEntries([{ name, text }]));
    expect(result.report.filter((entry) => entry.status === 'skipped')).toStrictEqual([]);
    profile = applyPlan(profile, result);
  }
  return profile;
}

/** A publication as the reader sees it: what any order must agree on (not its key, id or kept entries). */
function seen(item: PublicationItem) {
  const { key: _key, bibtex: _bibtex, sources: _sources, links, ...rest } = item.fields;
  return { ...rest, links: (links ?? []).map((link) => link.url).sort(), body: item.body };
}

function byTitle(profile: Profile) {
  return Object.fromEntries(profile.publications.map((item) => [item.fields.title, seen(item)]));
}

describe('two sources of the same works', () => {
  test('either order gives the same publications and loses no field value', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ works, a, b }) => {
        const fileA: [string, string] = ['papers.bib', bibOf(works, a)];
        const fileB: [string, string] = ['dblp.bib', bibOf(works, b)];
        const ab = await importBoth(fileA, fileB);
        const ba = await importBoth(fileB, fileA);
        expect(ab.publications).toHaveLength(works.length);
        expect(byTitle(ab)).toStrictEqual(byTitle(ba));
        for (const [index, w] of works.entries()) {
          const item = ab.publications.find((candidate) => candidate.fields.title === w.title);
          const f = item?.fields;
          const held = (name: Optional) =>
            (a[index] as SourceCopy).present.has(name) || (b[index] as SourceCopy).present.has(name);
          expect(f?.date?.year).toBe(w.year);
          if (held('month')) expect(f?.date?.month).toBe(w.month);
          expect(f?.venue).toBe(w.venue);
          if (held('doi')) expect(f?.doi).toBe(w.doi);
          if (held('arxiv')) expect(f?.arxiv).toBe(w.arxiv);
          if (held('pages')) expect(f?.pages).toBe(w.pages.replace('--', '–'));
          if (held('volume')) expect(f?.volume).toBe(w.volume);
          if (held('publisher')) expect(f?.publisher).toBe(w.publisher);
          if (held('abstract')) expect(item?.body).toBe(w.abstract);
          const urls = (f?.links ?? []).map((link) => link.url);
          if (held('pdf')) expect(urls).toContain(w.pdf);
          if (held('code')) expect(urls).toContain(w.code);
          if ((a[index] as SourceCopy).selected || (b[index] as SourceCopy).selected) expect(f?.selected).toBe(true);
        }
      }),
      propertyRuns(60),
    );
  });
});
