/**
 * A JSON document whose works are the elements of one list of its top-level object (OpenAlex's `results`), split into
 * the bytes of each element, so that a work is decoded and parsed when it is read and is garbage once read: a
 * 5,000-work download is never held whole as text (twice its bytes, as UTF-16) nor as one tree of objects.
 */

export interface SplitList {
  /** The document with the list holding its first element only: what tells the format. */
  skeleton: unknown;
  /** The bytes of each element of the list, in order (views of the document's bytes). */
  elements: Uint8Array[];
}

/** Thrown by `parseElement` when an element is not JSON: the document is then read whole, and its error is JSON.parse's. */
export class BrokenElement extends Error {}

const decoder = new TextDecoder('utf-8');

/**
 * The document split at the elements of the list its top-level object keeps at `field`; undefined when it has no such
 * list, names the field twice or escapes a key (JSON.parse would see what this does not), or is no JSON object.
 * Whatever is not split is left for JSON.parse to judge: the skeleton and every element are parsed by it.
 */
export function splitList(bytes: Uint8Array, field: string): SplitList | undefined {
  let at = skipSpace(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  if (bytes[at] !== 123) return undefined;
  const fieldBytes = new TextEncoder().encode(field);
  let list: { open: number; close: number; elements: Uint8Array[] } | undefined;
  let depth = 0;
  for (; at < bytes.length; at++) {
    const code = bytes[at];
    if (code === 34) {
      const end = endOfString(bytes, at);
      if (end < 0) return undefined;
      if (depth === 1) {
        const colon = skipSpace(bytes, end + 1);
        if (bytes[colon] === 58) {
          // A key of the top-level object.
          if (bytes.subarray(at + 1, end).includes(92)) return undefined;
          if (sameBytes(bytes, at + 1, end, fieldBytes)) {
            if (list !== undefined) return undefined;
            const open = skipSpace(bytes, colon + 1);
            if (bytes[open] !== 91) return undefined;
            list = elementsOf(bytes, open);
            if (list === undefined) return undefined;
            at = list.close;
            continue;
          }
        }
      }
      at = end;
    } else if (code === 123 || code === 91) {
      depth++;
    } else if (code === 125 || code === 93) {
      depth--;
      if (depth === 0) break;
    }
  }
  if (list === undefined) return undefined;
  const first = list.elements[0];
  const skeletonText = decoder.decode(
    concat([bytes.subarray(0, list.open + 1), first ?? new Uint8Array(), bytes.subarray(list.close)]),
  );
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(skeletonText);
  } catch {
    return undefined;
  }
  return { skeleton, elements: list.elements };
}

/** One element, parsed by `parse` (JSON.parse's signature); throws BrokenElement when it is not JSON. */
export function parseElement(element: Uint8Array, parse: (text: string) => unknown): unknown {
  try {
    return parse(decoder.decode(element));
  } catch {
    throw new BrokenElement('a list element is not JSON');
  }
}

/** The elements of the list that opens at `open`, up to the `]` that closes it. */
function elementsOf(
  bytes: Uint8Array,
  open: number,
): { open: number; close: number; elements: Uint8Array[] } | undefined {
  const elements: Uint8Array[] = [];
  let start = open + 1;
  let depth = 0;
  for (let at = open + 1; at < bytes.length; at++) {
    const code = bytes[at];
    if (code === 34) {
      at = endOfString(bytes, at);
      if (at < 0) return undefined;
    } else if (code === 123 || code === 91) {
      depth++;
    } else if (code === 125 || code === 93) {
      if (depth === 0) {
        if (code !== 93) return undefined;
        // `[]` has no element; anything else before the `]` is one, judged by JSON.parse.
        if (elements.length > 0 || skipSpace(bytes, start) < at) elements.push(bytes.subarray(start, at));
        return { open, close: at, elements };
      }
      depth--;
    } else if (code === 44 && depth === 0) {
      elements.push(bytes.subarray(start, at));
      start = at + 1;
    }
  }
  return undefined;
}

/** Where the string that opens at `start` closes (its quote); -1 when it does not. */
function endOfString(bytes: Uint8Array, start: number): number {
  let at = start;
  for (;;) {
    at = bytes.indexOf(34, at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

function skipSpace(bytes: Uint8Array, from: number): number {
  let at = from;
  while (bytes[at] === 32 || bytes[at] === 10 || bytes[at] === 13 || bytes[at] === 9) at++;
  return at;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, expected: Uint8Array): boolean {
  if (end - start !== expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (bytes[start + index] !== expected[index]) return false;
  return true;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
