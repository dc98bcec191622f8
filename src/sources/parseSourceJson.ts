/**
 * JSON.parse for the source documents, with each OpenAlex work's `abstract_inverted_index` read by a scanner of its
 * own into the abstract it stands for. An index is an object keyed by the abstract's words: JSON.parse gives every
 * such object a shape of its own, and building those shapes took two thirds of the time of parsing a whole download.
 * The result is the tree JSON.parse gives, except that each index read this way is a `ScannedAbstract`; whenever the
 * scanner cannot be sure of that, the document is parsed by JSON.parse alone. It serves documents parsed whole, and
 * each work of an OpenAlex page split at its works (jsonListElements.ts).
 */

/** The abstract an OpenAlex inverted index stands for: its words in order, as `abstractText` makes them. */
export class ScannedAbstract {
  constructor(readonly text: string | undefined) {}
}

const indexKey = 'abstract_inverted_index';
const quotedKey = `"${indexKey}"`;
// A key can only spell `abstract_inverted_index` by escapes of its lowercase letters or its underscore; the scanner
// finds the key by its literal text, so a document with such an escape is left to JSON.parse.
const escapedKeyCharacter = /\\u00(?:5[fF]|[67][0-9a-fA-F])/;
// Beyond what an abstract has: the position is skipped, as abstractText skips it.
const positionLimit = 100_000;

/** The document parsed; throws what JSON.parse throws for it. */
export function parseSourceJson(text: string): unknown {
  let at = text.indexOf(quotedKey);
  if (at < 0 || (text.includes('\\u00') && escapedKeyCharacter.test(text))) return JSON.parse(text);
  const pieces: string[] = [];
  const abstracts: (string | undefined)[] = [];
  let copied = 0;
  while (at >= 0) {
    const after = at + quotedKey.length;
    // A quote after an odd number of backslashes is inside a string: not a key.
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    const colon = skipSpace(text, after);
    if (backslashes % 2 === 0 && text.charCodeAt(colon) === 58) {
      const value = skipSpace(text, colon + 1);
      const read = text.charCodeAt(value) === 123 ? readInvertedIndex(text, value) : undefined;
      if (read !== undefined) {
        pieces.push(text.slice(copied, value), String(abstracts.length));
        abstracts.push(read.abstract);
        copied = read.end;
        at = text.indexOf(quotedKey, read.end);
        continue;
      }
      // Only a `null` index may stay in the text: then every number at the key is one of the stand-ins below.
      if (!text.startsWith('null', value)) return JSON.parse(text);
    }
    at = text.indexOf(quotedKey, after);
  }
  if (abstracts.length === 0) return JSON.parse(text);
  pieces.push(text.slice(copied));
  let parsed: unknown;
  try {
    parsed = JSON.parse(pieces.join(''));
  } catch {
    // Thrown again from the document itself, so that the message and position are the document's.
    return JSON.parse(text);
  }
  return putBackAbstracts(parsed, abstracts) ? parsed : JSON.parse(text);
}

/**
 * Puts each abstract where its stand-in (its number) was parsed: in a work of the document (the document, its list,
 * or its `results`). False when the stand-ins are not all there, in order: the document is then parsed again whole.
 */
function putBackAbstracts(parsed: unknown, abstracts: readonly (string | undefined)[]): boolean {
  const works = Array.isArray(parsed)
    ? parsed
    : isObject(parsed) && Array.isArray(parsed.results)
      ? (parsed.results as unknown[])
      : [parsed];
  let next = 0;
  for (const work of works) {
    if (!isObject(work) || !Object.hasOwn(work, indexKey)) continue;
    const value = work[indexKey];
    if (typeof value !== 'number') continue;
    if (value !== next) return false;
    work[indexKey] = new ScannedAbstract(abstracts[next]);
    next++;
  }
  return next === abstracts.length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function skipSpace(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return at;
    at++;
  }
}

/**
 * The index object that starts at `start` (`{`): its end and its abstract. Undefined unless it is an object of words,
 * each with a list of positions written as plain integers (`12`, not `1.2e1` or `-0`), the only shape OpenAlex writes.
 */
function readInvertedIndex(text: string, start: number): { end: number; abstract: string | undefined } | undefined {
  // A word given twice keeps its first place and its last positions, as in the object JSON.parse builds.
  const positionsOf = new Map<string, number[]>();
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) === 125) return { end: at + 1, abstract: undefined };
  for (;;) {
    if (text.charCodeAt(at) !== 34) return undefined;
    const keyEnd = endOfString(text, at);
    if (keyEnd < 0) return undefined;
    const raw = text.slice(at + 1, keyEnd);
    let word = raw;
    if (raw.includes('\\')) {
      try {
        word = JSON.parse(text.slice(at, keyEnd + 1)) as string;
      } catch {
        return undefined;
      }
    }
    at = skipSpace(text, keyEnd + 1);
    if (text.charCodeAt(at) !== 58) return undefined;
    at = skipSpace(text, at + 1);
    if (text.charCodeAt(at) !== 91) return undefined;
    const positions: number[] = [];
    at = skipSpace(text, at + 1);
    if (text.charCodeAt(at) === 93) {
      at++;
    } else {
      for (;;) {
        const first = text.charCodeAt(at);
        if (first < 48 || first > 57) return undefined;
        let value = first - 48;
        let digits = 1;
        at++;
        for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(++at)) {
          if (value === 0 || ++digits > 15) return undefined;
          value = value * 10 + code - 48;
        }
        positions.push(value);
        at = skipSpace(text, at);
        const code = text.charCodeAt(at);
        if (code === 93) {
          at++;
          break;
        }
        if (code !== 44) return undefined;
        at = skipSpace(text, at + 1);
      }
    }
    positionsOf.set(word, positions);
    at = skipSpace(text, at);
    const code = text.charCodeAt(at);
    if (code === 125) return { end: at + 1, abstract: abstractText(orderedAsObjectKeys(positionsOf)) };
    if (code !== 44) return undefined;
    at = skipSpace(text, at + 1);
  }
}

/** Where the string that opens at `start` closes; -1 when it does not, or holds a character JSON does not allow. */
function endOfString(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 34) return at;
    if (code === 92) at++;
    else if (code < 32) return -1;
  }
  return -1;
}

// An array index (`0` … `4294967294`, written without a leading zero): an object lists these keys first, by value.
const arrayIndex = /^(?:0|[1-9]\d{0,9})$/;

/** The words in the order an object with them as keys lists them (for…in), each with its positions. */
function orderedAsObjectKeys(positionsOf: Map<string, number[]>): Iterable<[string, unknown]> {
  let indexes: [string, number[]][] | undefined;
  for (const word of positionsOf.keys()) {
    if (arrayIndex.test(word) && Number(word) <= 4_294_967_294) {
      indexes ??= [];
      indexes.push([word, positionsOf.get(word) as number[]]);
    }
  }
  if (indexes === undefined) return positionsOf;
  const numbered = new Set(indexes.map(([word]) => word));
  indexes.sort((a, b) => Number(a[0]) - Number(b[0]));
  return [...indexes, ...[...positionsOf].filter(([word]) => !numbered.has(word))];
}

/**
 * OpenAlex gives abstracts as word → positions: the words back in order, joined by spaces; undefined when none.
 * A position that is not a whole number from 0 to 99,999 is left out.
 */
export function abstractText(entries: Iterable<[string, unknown]>): string | undefined {
  const words: (string | undefined)[] = [];
  for (const [word, positions] of entries) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      if (Number.isInteger(position) && position >= 0 && position < positionLimit) {
        // Filled up to the position first: a hole would make the array a slow sparse one.
        while (words.length < position) words.push(undefined);
        words[position as number] = word;
      }
    }
  }
  const present: string[] = [];
  for (const word of words) if (word !== undefined) present.push(word);
  const text = present.join(' ').trim();
  return text === '' ? undefined : text;
}
