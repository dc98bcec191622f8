/** An OpenAlex page split at its works reads as the page read whole: the same works, the same refusals. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type DetectedFormat, detectSourceFormat } from '../../../src/sources/detectSourceFormat.js';
import { splitList } from '../../../src/sources/jsonListElements.js';
import { readSourceDocument } from '../../../src/sources/readSourceDocuments.js';

const fixture = readFileSync(
  fileURLToPath(
    new URL('../../fixtures/sources/openalex-works-journal-article-with-pmid-and-corresponding.json', import.meta.url),
  ),
  'utf8',
);
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
    const fixtureWork = JSON.stringify((JSON.parse(fixture) as { results: unknown[] }).results[0]);
    const broken = `{"results":[${fixtureWork},${fixtureWork.replace('"is_corresponding":true', '"is_corresponding":tru')}]}`;
    const { split, whole } = await readBothWays(broken);
    expect(whole.format).toBeUndefined();
    expect(split.works).toStrictEqual([]);
    expect(split.unread.map((unread) => unread.reason)).toStrictEqual([(whole as { reason: string }).reason]);
    expect((whole as { reason: string }).reason).toMatch(/^is not valid JSON \(Unexpected token/);
    expect(splitList(bytesOf(broken), 'results')?.elements).toHaveLength(2);
  });

  test('the fixture reads to the same works split as whole', async () => {
    const { split, whole } = await readBothWays(fixture);
    expect(
      (detectSourceFormat({ name: 'page.json', bytes: bytesOf(fixture) }) as DetectedFormat).elements,
    ).toHaveLength(1);
    expect(whole.format).toBe('openalex-works');
    expect(split.works).toHaveLength(1);
    expect(split.works[0]?.ids.pmid).toBe('29456894');
  });
});
