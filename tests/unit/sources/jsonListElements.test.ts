/** An OpenAlex page split at its works reads as the page read whole: the same works, the same refusals. */
import { describe, expect, test } from 'vitest';
import { type DetectedFormat, detectSourceFormat } from '../../../src/sources/detectSourceFormat.js';
import { splitList } from '../../../src/sources/jsonListElements.js';
import { readSourceDocument } from '../../../src/sources/readSourceDocuments.js';

// One OpenAlex work as the API writes it (the fields the reader uses), inline so that the test owns its data.
const openAlexWork = JSON.stringify({
  id: 'https://openalex.org/W2741809807',
  doi: 'https://doi.org/10.7717/peerj.4375',
  title: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
  publication_date: '2018-02-13',
  ids: { openalex: 'https://openalex.org/W2741809807', pmid: 'https://pubmed.ncbi.nlm.nih.gov/29456894' },
  type: 'article',
  authorships: [
    {
      author: { display_name: 'Heather Piwowar', orcid: 'https://orcid.org/0000-0003-1613-5981' },
      is_corresponding: true,
    },
  ],
  abstract_inverted_index: { Despite: [0], growing: [1], interest: [2] },
});
const fixture = `{"meta":{"count":1},"results":[${openAlexWork}]}`;
const bytesOf = (text: string) => new TextEncoder().encode(text);
const work = (id: number, title: string) => `{"id":"https://openalex.org/W${id}","title":${JSON.stringify(title)}}`;
const texts = (list: ReturnType<typeof splitList>) =>
  list?.elements.map((element) => new TextDecoder().decode(element));
const today = '2026-12-02';

async function readBothWays(text: string) {
  const document = { name: 'page.json', bytes: bytesOf(text) };
  const split = await readSourceDocument(document, { today });
  const whole = detectSourceFormat(document, { whole: true });
  return { split, whole };
}

describe('splitList', () => {
  test('the works of `results`, each as its bytes, and the page with its first work only', () => {
    const page = `\uFEFF {"meta":{"count":2,"results":[9]}, "results" : [ ${work(1, 'a, [b]}')} ,\n${work(2, 'c "d" \\')}] , "group_by":[]}`;
    const list = splitList(bytesOf(page), 'results');
    expect(texts(list)).toStrictEqual([` ${work(1, 'a, [b]}')} `, `\n${work(2, 'c "d" \\')}`]);
    expect(list?.skeleton).toStrictEqual({
      meta: { count: 2, results: [9] },
      results: [JSON.parse(work(1, 'a, [b]}'))],
      group_by: [],
    });
  });

  test('an empty list has no element', () => {
    expect(texts(splitList(bytesOf('{"results":[ ]}'), 'results'))).toStrictEqual([]);
  });

  test.each([
    ['no list at the field', '{"results":{"a":1}}'],
    ['the field twice (JSON.parse keeps the last)', `{"results":[${work(1, 'a')}],"results":[]}`],
    ['an escaped key (it may spell the field)', `{"re\\u0073ults":[${work(1, 'a')}],"results":[]}`],
    ['a list, not an object', `[${work(1, 'a')}]`],
    ['the field only in a nested object', `{"meta":{"results":[${work(1, 'a')}]}}`],
    ['a page cut short', `{"results":[${work(1, 'a')},${work(2, 'b')}`],
    ['something after the page', `{"results":[${work(1, 'a')}]} x`],
  ])('not split: %s', (_, text) => {
    expect(splitList(bytesOf(text), 'results')).toBeUndefined();
  });

  test('a broken work is JSON.parse’s problem: the page is read whole and refused with its message', async () => {
    // The second work broken: the first, in the page's skeleton, parses, so the page is split and read work by work.
    const broken = `{"results":[${openAlexWork},${openAlexWork.replace('"is_corresponding":true', '"is_corresponding":tru')}]}`;
    const { split, whole } = await readBothWays(broken);
    expect(whole.format).toBeUndefined();
    expect(split.works).toStrictEqual([]);
    expect(split.unread.map((unread) => unread.reason)).toStrictEqual([(whole as { reason: string }).reason]);
    expect((whole as { reason: string }).reason).toMatch(/^is not valid JSON \(Unexpected token/);
    expect(splitList(bytesOf(broken), 'results')?.elements).toHaveLength(2);
  });

  test('a page of one work is split, and read as the whole page reads', async () => {
    const { split, whole } = await readBothWays(fixture);
    expect(
      (detectSourceFormat({ name: 'page.json', bytes: bytesOf(fixture) }) as DetectedFormat).elements,
    ).toHaveLength(1);
    expect(whole.format).toBe('openalex-works');
    expect(split.works).toHaveLength(1);
    expect(split.works[0]?.ids.pmid).toBe('29456894');
    expect(split.works[0]?.abstract).toBe('Despite growing interest');
  });

  test('each work’s abstract index is read as JSON.parse reads it, by the scanner or, where it declines, whole', async () => {
    const withIndex = (id: number, title: string, index: string) =>
      `{"id":"https://openalex.org/W${id}","title":${JSON.stringify(title)},"type":"article","abstract_inverted_index":${index}}`;
    const works = [
      // Plain: the scanner reads it.
      withIndex(1, 'Plain', '{"Deep":[0],"learning":[1,3],"is":[2]}'),
      // An escaped word: decoded as JSON.parse decodes it.
      withIndex(2, 'Escaped', '{"caf\\u00e9":[1],"Un":[0],"\\"quoted\\"":[2]}'),
      // No abstract.
      withIndex(3, 'None', 'null'),
      // A position the scanner does not take (not a plain integer): the work is parsed by JSON.parse alone.
      withIndex(4, 'Exponent', '{"one":[0],"two":[1e0]}'),
      // The key's text inside a string value, before the real key.
      withIndex(5, 'Has "abstract_inverted_index": {} in its title', '{"last":[0]}'),
    ];
    const { split } = await readBothWays(`{"meta":{"count":5},"results":[${works.join(',')}]}`);
    expect(split.unread).toStrictEqual([]);
    expect(split.works.map((work) => [work.title, work.abstract])).toStrictEqual([
      ['Plain', 'Deep learning is learning'],
      ['Escaped', 'Un café "quoted"'],
      ['None', undefined],
      ['Exponent', 'one two'],
      ['Has "abstract_inverted_index": {} in its title', 'last'],
    ]);
    // Each as a document of its own (parsed whole) reads the same.
    for (const [index, text] of works.entries()) {
      const alone = await readSourceDocument({ name: 'work.json', bytes: bytesOf(text) }, { today });
      expect(alone.works[0]?.abstract).toBe(split.works[index]?.abstract);
    }
  });
});
