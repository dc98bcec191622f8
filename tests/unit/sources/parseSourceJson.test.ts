/** Source JSON parsed with OpenAlex abstracts scanned: the same tree and the same abstracts as JSON.parse gives. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { abstractText, parseSourceJson, ScannedAbstract } from '../../../src/sources/parseSourceJson.js';

/** The tree with every abstract index as the abstract it stands for, however it was read. */
function withAbstracts(value: unknown, key?: string): unknown {
  if (value instanceof ScannedAbstract) return { abstract: value.text };
  if (key === 'abstract_inverted_index' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return { abstract: abstractText(Object.entries(value)) };
  }
  if (Array.isArray(value)) return value.map((item) => withAbstracts(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, withAbstracts(item, name)]));
  }
  return value;
}

function expectSameAsJsonParse(text: string) {
  expect(withAbstracts(parseSourceJson(text))).toEqual(withAbstracts(JSON.parse(text)));
}

const work = (index: string) => `{"id":"https://openalex.org/W1","title":"T","abstract_inverted_index":${index}}`;

describe('parseSourceJson', () => {
  test('an index is read into its abstract: words by position', () => {
    const parsed = parseSourceJson(`{"results":[${work('{"world":[1],"hello":[0, 2]}')}]}`) as {
      results: { abstract_inverted_index: unknown }[];
    };
    expect(parsed.results[0]?.abstract_inverted_index).toEqual(new ScannedAbstract('hello world hello'));
  });

  test.each([
    ['numbers as words, listed first by value as an object lists them', '{"the":[0],"2019":[3],"1":[1],"0":[2]}'],
    ['a word given twice keeps its first place and its last positions', '{"dup":[0],"x":[1],"dup":[2]}'],
    ['escaped words', String.raw`{"caf\u00e9":[0],"\"q\"":[1],"a\\b":[2],"😀":[3]}`],
    ['words that are Object.prototype names', '{"__proto__":[0],"constructor":[1],"toString":[2]}'],
    ['positions out of range or not whole', '{"a":[1.5,0],"b":[-1,1],"c":[100000,2],"d":[1e0],"e":[-0]}'],
    ['indexes beyond an array index', '{"4294967295":[0],"4294967294":[1],"01":[2],"-1":[3]}'],
    ['values that are not lists', '{"n":3,"s":"x","nested":[[1]],"ok":[0]}'],
    ['an empty index and an empty list', '{}'],
    ['spaces and line breaks between the tokens', '{ "a" : [ 0 , 1 ] ,\n "b":[2] }'],
    ['a far position', '{"far":[99999],"near":[0]}'],
  ])('the same abstract as the object gives: %s', (_, index) => {
    expectSameAsJsonParse(`{"meta":{},"results":[${work(index)},${work('{"b":[1],"a":[0]}')}]}`);
    expectSameAsJsonParse(work(index));
    expectSameAsJsonParse(`[${work(index)}]`);
  });

  test('the key inside a string, a null index, an index outside a work and an escaped key are read as JSON.parse reads them', () => {
    expectSameAsJsonParse(
      String.raw`{"results":[{"title":"x \"abstract_inverted_index\":{\"q\":[0]} \\","abstract_inverted_index":{"a":[0]}}]}`,
    );
    expectSameAsJsonParse(`{"results":[${work('null')},${work('{"a":[0]}')}]}`);
    expectSameAsJsonParse(
      `{"results":[{"primary_location":{"abstract_inverted_index":{"n":[0]}}},${work('{"a":[0]}')}]}`,
    );
    expectSameAsJsonParse(String.raw`{"results":[{"abstract\u005finverted_index":7},${work('{"a":[0]}')}]}`);
    expectSameAsJsonParse(`{"results":[${work('{"a":[0]}')},{"abstract_inverted_index":0}]}`);
  });

  test('a document cut short, or broken, throws what JSON.parse throws', () => {
    const text = `{"results":[${work('{"hello":[0],"world":[1]}')},${work('{"a":[0]}')}]}`;
    for (const end of [text.indexOf('world'), text.length - 1, text.length - 30]) {
      expect(() => parseSourceJson(text.slice(0, end))).toThrow(errorOf(() => JSON.parse(text.slice(0, end))));
    }
    const broken = text.replace('"a":[0]', '"a":[x]');
    expect(() => parseSourceJson(broken)).toThrow(errorOf(() => JSON.parse(broken)));
  });

  test('any index of words and positions gives the abstract its object gives', () => {
    const word = fc.oneof(
      fc.constantFrom('a', 'b', '0', '1', '2019', '01', '__proto__', 'caf\u00e9', '"', '\\', 'x y'),
      fc.string({ maxLength: 4 }),
    );
    const position = fc.oneof(fc.nat(40), fc.constantFrom(-1, 1.5, 100_000, 1e21));
    const index = fc.array(fc.tuple(word, fc.array(position, { maxLength: 4 })), { maxLength: 12 });
    fc.assert(
      fc.property(index, fc.boolean(), (pairs, spaced) => {
        // Written pair by pair, so that a word may be given twice, as JSON allows.
        const gap = spaced ? ' \n' : '';
        const written = `{${pairs.map(([w, p]) => `${JSON.stringify(w)}${gap}:${gap}${JSON.stringify(p)}`).join(`,${gap}`)}}`;
        expectSameAsJsonParse(`{"results":[${work(written)}]}`);
      }),
      { numRuns: 500 },
    );
  });
});

function errorOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the parse to fail');
}
