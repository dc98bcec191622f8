// The same generated works twice, for the import-sources benchmark: as an OpenAlex works response and as the
// BibTeX a reference manager would write for them. Deterministic for a seed.
//
//   node bench/generateWorks.mjs [WORKS] [SEED] openalex|bib > file
import { fileURLToPath } from 'node:url';

const venues = [
  ['Advances in Neural Information Processing Systems', 'conference'],
  ['International Conference on Machine Learning', 'conference'],
  ['IEEE Transactions on Knowledge and Data Engineering', 'journal'],
  ['Nature Machine Intelligence', 'journal'],
  ['Patterns', 'journal'],
  ['Annual Meeting of the Association for Computational Linguistics', 'conference'],
];
const given = [
  'Peng',
  'Zexi',
  'Ningyu',
  'José',
  'Łukasz',
  'Åse',
  'Jürgen',
  'François',
  'María',
  'Søren',
  'Zoë',
  'Heather',
];
const family = [
  'Wang',
  'Li',
  'Zhang',
  'Müller',
  'Nowak',
  'García',
  'Olsen',
  'Dubois',
  'Piwowar',
  'van der Berg',
  'Kowalski',
  'Chen',
];
const words = [
  'learning',
  'graphs',
  'robust',
  'federated',
  'open',
  'access',
  'citation',
  'scalable',
  'neural',
  'retrieval',
  'analysis',
  'models',
];

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Plain records both writers use. */
export function generateWorks(count, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, index) => {
    const [venue, kind] = pick(venues);
    const authors = Array.from({ length: 2 + Math.floor(next() * 8) }, () => ({
      given: pick(given),
      family: pick(family),
    }));
    if (next() < 0.5) authors[0] = { given: 'Zexi', family: 'Li' };
    const title = `${pick(words)} ${pick(words)} for ${pick(words)} ${pick(words)}: study ${index + 1}`;
    const year = 2000 + Math.floor(next() * 26);
    const first = 1 + Math.floor(next() * 900);
    return {
      id: `W${4000000000 + index}`,
      doi: `10.${1000 + (index % 50)}/bench.${index + 1}`,
      title: title[0].toUpperCase() + title.slice(1),
      authors,
      venue,
      kind,
      year,
      month: 1 + Math.floor(next() * 12),
      volume: String(1 + Math.floor(next() * 40)),
      pages: [first, first + 5 + Math.floor(next() * 20)],
      cited: Math.floor(next() * 500),
      abstract: Array.from({ length: 40 }, () => pick(words)).join(' '),
    };
  });
}

export function openAlexResponse(works) {
  const results = works.map((work) => {
    const index = {};
    work.abstract.split(' ').forEach((word, position) => {
      index[word] ??= [];
      index[word].push(position);
    });
    return {
      id: `https://openalex.org/${work.id}`,
      doi: `https://doi.org/${work.doi}`,
      title: work.title,
      display_name: work.title,
      publication_year: work.year,
      publication_date: `${work.year}-${String(work.month).padStart(2, '0')}-01`,
      ids: { openalex: `https://openalex.org/${work.id}`, doi: `https://doi.org/${work.doi}` },
      primary_location: {
        landing_page_url: `https://doi.org/${work.doi}`,
        source: { display_name: work.venue, type: work.kind },
      },
      type: 'article',
      type_crossref: work.kind === 'journal' ? 'journal-article' : 'proceedings-article',
      authorships: work.authors.map((author, position) => ({
        author_position: position === 0 ? 'first' : 'middle',
        author: {
          id: `https://openalex.org/A${position}`,
          display_name: `${author.given} ${author.family}`,
          orcid: null,
        },
        is_corresponding: false,
        raw_author_name: `${author.given} ${author.family}`,
      })),
      biblio: { volume: work.volume, issue: null, first_page: String(work.pages[0]), last_page: String(work.pages[1]) },
      cited_by_count: work.cited,
      abstract_inverted_index: index,
      updated_date: '2026-11-30T00:00:00',
    };
  });
  return JSON.stringify({ meta: { count: results.length, page: 1, per_page: results.length }, results });
}

const latex = {
  ü: '{\\"u}',
  ł: '{\\l}',
  Ł: '{\\L}',
  Å: '{\\AA}',
  ç: '{\\c{c}}',
  é: "{\\'e}",
  í: "{\\'\\i}",
  ø: '{\\o}',
  ë: '{\\"e}',
};
const tex = (text) => text.replace(/[üłŁÅçéíøë]/g, (char) => latex[char]);

export function bibtexFile(works) {
  return works
    .map((work, index) => {
      const type = work.kind === 'journal' ? 'article' : 'inproceedings';
      const venueField = type === 'article' ? 'journal' : 'booktitle';
      const names = work.authors.map((author) => `${tex(author.family)}, ${tex(author.given)}`).join(' and ');
      return [
        `@${type}{bench${index + 1},`,
        `  author = {${names}},`,
        `  title = {${work.title}},`,
        `  ${venueField} = {${work.venue}},`,
        `  year = {${work.year}},`,
        `  month = {${work.month}},`,
        `  volume = {${work.volume}},`,
        `  pages = {${work.pages[0]}--${work.pages[1]}},`,
        `  doi = {${work.doi}},`,
        `  abstract = {${work.abstract}},`,
        '}',
        '',
      ].join('\n');
    })
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const works = generateWorks(Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 1));
  process.stdout.write(process.argv[4] === 'bib' ? bibtexFile(works) : openAlexResponse(works));
}
