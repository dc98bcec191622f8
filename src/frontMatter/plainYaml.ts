/**
 * The fastest path for reading front matter: a reader of only the plain YAML that item files hold (what
 * `simpleYaml.ts` writes and people write by hand: `key: value` lines, nested maps, lists of scalars, of
 * `{ flow, maps }` or of block maps (`- key: value`), `[flow, lists]` of scalars, quoted strings on one line,
 * comments). Anything else, and anything it is not sure of, it hands
 * over (undefined), and js-yaml then the reference parser decide. Plain scalars get their type from the one set of
 * rules in `safeScalars.ts`; the tests compare every value with js-yaml's and the reference parser's.
 */
import { resolvePlainScalar } from './safeScalars.js';

// Characters whose reading differs between YAML readers or needs care (tabs, carriage returns, controls, surrogates,
// byte order marks, line separators): a file holding one goes the general way.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const unusualCharacter = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
const reservedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;

/** A key the readers name differently, or that would set the prototype; most keys are ruled out by their first letter. */
function isReserved(key: string): boolean {
  const first = key.charCodeAt(0);
  return (
    (first === 0x6e ||
      first === 0x4e ||
      first === 0x74 ||
      first === 0x54 ||
      first === 0x66 ||
      first === 0x46 ||
      first === 0x5f) &&
    reservedKey.test(key)
  );
}
// Escapes that mean the same in YAML and JSON; others (`\u`, `\x`, `\N`, `\_`…) go the general way.
const jsonEscapes = /\\["\\/bfnrt]/g;
const maxDepth = 20;

/** Signals that the text is not of the plain kind; caught in `readPlainYaml` only. */
const notPlain = Symbol('not plain');

interface Lines {
  lines: string[];
  /** The line looked at, and its indent once `nextContent` has found it. */
  index: number;
  indent: number;
}

/** The parsed value (undefined for an empty document, as js-yaml gives), or undefined when another parser must decide. */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  if (unusualCharacter.test(text)) return undefined;
  const state: Lines = { lines: text.split('\n'), index: 0, indent: 0 };
  try {
    const first = nextContent(state);
    if (first === undefined) return { value: undefined };
    if (state.indent !== 0) return undefined;
    const value = readMap(state, 0, 0);
    return nextContent(state) === undefined ? { value } : undefined;
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

/** The next line that is neither blank nor a comment, without moving past it; its indent goes to `state.indent`. */
function nextContent(state: Lines): string | undefined {
  const { lines } = state;
  while (state.index < lines.length) {
    const line = lines[state.index] as string;
    // Only ASCII spaces indent or blank a line: a no-break space is content to YAML, not to String#trim.
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    const first = line.charCodeAt(indent);
    if (!Number.isNaN(first) && first !== 0x23) {
      state.indent = indent;
      return line;
    }
    state.index++;
  }
  return undefined;
}

/** `- ` at `indent`, or `-` alone. */
function isSequenceEntry(line: string, indent: number): boolean {
  return line.charCodeAt(indent) === 0x2d && (line.length === indent + 1 || line.charCodeAt(indent + 1) === 0x20);
}

/** A key: a letter or `_`, then letters, digits, `_` and `-`, at most 100 characters in all. */
const keyPattern = /[A-Za-z_][A-Za-z0-9_-]{0,99}(?![A-Za-z0-9_-])/y;

/** Where the key that starts at `start` ends, or -1 when there is none. */
function keyEnd(text: string, start: number): number {
  keyPattern.lastIndex = start;
  return keyPattern.test(text) ? keyPattern.lastIndex : -1;
}

function readMap(state: Lines, indent: number, depth: number): Record<string, unknown> {
  if (depth > maxDepth) throw notPlain;
  const map: Record<string, unknown> = {};
  for (let line = nextContent(state); line !== undefined; line = nextContent(state)) {
    if (state.indent < indent) break;
    if (state.indent > indent) throw notPlain;
    if (isSequenceEntry(line, indent)) break;
    const end = keyEnd(line, indent);
    // `key:` then the end of the line or a space.
    if (end < 0 || line.charCodeAt(end) !== 0x3a) throw notPlain;
    const after = line.charCodeAt(end + 1);
    if (!Number.isNaN(after) && after !== 0x20) throw notPlain;
    const key = line.slice(indent, end);
    if (isReserved(key) || Object.hasOwn(map, key)) throw notPlain;
    state.index++;
    map[key] = Number.isNaN(after) ? readNested(state, indent, depth) : readInline(line, skipSpaces(line, end + 1));
  }
  return map;
}

/** The value of a `key:` with nothing after it: a block below it, a list at its own indent, or null. */
function readNested(state: Lines, indent: number, depth: number): unknown {
  const line = nextContent(state);
  if (line === undefined) return null;
  const childIndent = state.indent;
  if (childIndent > indent) {
    return isSequenceEntry(line, childIndent)
      ? readSequence(state, childIndent, depth + 1)
      : readMap(state, childIndent, depth + 1);
  }
  if (childIndent === indent && isSequenceEntry(line, indent)) return readSequence(state, indent, depth + 1);
  return null;
}

function readSequence(state: Lines, indent: number, depth: number): unknown[] {
  if (depth > maxDepth) throw notPlain;
  const list: unknown[] = [];
  for (let line = nextContent(state); line !== undefined; line = nextContent(state)) {
    if (state.indent < indent || (state.indent === indent && !isSequenceEntry(line, indent))) break;
    if (state.indent > indent) throw notPlain;
    // `-` alone opens a block below it: not taken here.
    if (line.length === indent + 1) throw notPlain;
    const start = skipSpaces(line, indent + 2);
    if (opensMap(line, start)) {
      // `- key: value`, then the entry's other keys below it, in line with the first (the page sections of
      // profile.md). The entry's dash is read as a space, so that the map's first line is one of its own.
      state.lines[state.index] = `${line.slice(0, indent)} ${line.slice(indent + 1)}`;
      list.push(readMap(state, start, depth + 1));
      continue;
    }
    state.index++;
    list.push(readInline(line, start));
  }
  return list;
}

/** Whether a block map's first key starts at `start`: a key, its colon, then the end of the line or a space. */
function opensMap(line: string, start: number): boolean {
  const end = keyEnd(line, start);
  if (end < 0 || line.charCodeAt(end) !== 0x3a) return false;
  return end + 1 === line.length || line.charCodeAt(end + 1) === 0x20;
}

/** The value written from `start` to the end of the line: a flow map or list, a quoted string or a plain scalar. */
function readInline(line: string, start: number): unknown {
  const first = line.charCodeAt(start);
  if (first === 0x7b) {
    const map = readFlowMap(line, start);
    if (readEnd !== line.length) throw notPlain;
    return map;
  }
  if (first === 0x5b) {
    const list = readFlowSequence(line, start);
    if (readEnd !== line.length) throw notPlain;
    return list;
  }
  if (first === 0x22 || first === 0x27) {
    const value = readQuoted(line, start);
    if (readEnd !== line.length) throw notPlain;
    return value;
  }
  return plainScalar(line, start, line.length, false);
}

/**
 * The plain scalar from `start` to `end`, typed by the safe schema's rules. Declined when it starts with an
 * indicator (`-`, `?` and `:` only before a character that is not one, as in `-3`) or holds what would change its
 * meaning: a comment (` #`), a mapping indicator (`: `, or `:` last), a space last; in a flow map also `[`, `]`,
 * `{` and a `:` before a flow indicator.
 */
function plainScalar(text: string, start: number, end: number, inFlow: boolean): unknown {
  if (end <= start) throw notPlain;
  const first = text.charCodeAt(start);
  if (first === 0x2d || first === 0x3f || first === 0x3a) {
    const next = text.charCodeAt(start + 1);
    if (end === start + 1 || next === 0x20 || isFlowIndicator(next)) throw notPlain;
  } else if (startIndicators.has(first)) {
    throw notPlain;
  }
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x3a) {
      const next = at + 1 === end ? -1 : text.charCodeAt(at + 1);
      if (next === -1 || next === 0x20 || (inFlow && isFlowIndicator(next))) throw notPlain;
    } else if (code === 0x23) {
      if (text.charCodeAt(at - 1) === 0x20) throw notPlain;
    } else if (inFlow && (code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d)) {
      throw notPlain;
    }
  }
  if (text.charCodeAt(end - 1) === 0x20) throw notPlain;
  return resolvePlainScalar(text.slice(start, end));
}

// What a plain scalar may not start with: spaces, flow indicators and `#&*!|>'"%@` and the backtick.
const startIndicators = new Set([...' ,[]{}#&*!|>\'"%@`'].map((char) => char.charCodeAt(0)));

function isFlowIndicator(code: number): boolean {
  return code === 0x2c || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d;
}

/**
 * Where the last flow collection, flow value or quoted string read ended. The readers below return their value and
 * leave their end here instead of in a `[value, end]` pair: one array less per value of 10,000 files.
 */
let readEnd = 0;

/** `{ key: value, … }` from its `{`; the map, its end in `readEnd` (after the `}`). */
function readFlowMap(text: string, open: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  let at = skipSpaces(text, open + 1);
  if (text.charCodeAt(at) === 0x7d) {
    readEnd = at + 1;
    return map;
  }
  for (;;) {
    const end = keyEnd(text, at);
    if (end < 0 || text.charCodeAt(end) !== 0x3a || text.charCodeAt(end + 1) !== 0x20) throw notPlain;
    const key = text.slice(at, end);
    if (isReserved(key) || Object.hasOwn(map, key)) throw notPlain;
    map[key] = readFlowValue(text, skipSpaces(text, end + 1), 0x7d);
    at = nextFlowEntry(text, readEnd, 0x7d);
    if (at < 0) return map;
  }
}

/** `[ value, … ]` from its `[`, of quoted and plain scalars only; the list, its end in `readEnd` (after the `]`). */
function readFlowSequence(text: string, open: number): unknown[] {
  const list: unknown[] = [];
  let at = skipSpaces(text, open + 1);
  if (text.charCodeAt(at) === 0x5d) {
    readEnd = at + 1;
    return list;
  }
  for (;;) {
    list.push(readFlowValue(text, at, 0x5d));
    at = nextFlowEntry(text, readEnd, 0x5d);
    if (at < 0) return list;
  }
}

/**
 * After an entry of a flow collection closed by `close`, ending at `at`: where the next entry starts, or -1 when the
 * collection closes there (its end, after `close`, then in `readEnd`).
 */
function nextFlowEntry(text: string, at: number, close: number): number {
  const next = text.charCodeAt(at);
  if (next === close) {
    readEnd = at + 1;
    return -1;
  }
  if (next !== 0x2c) throw notPlain;
  const start = skipSpaces(text, at + 1);
  // A trailing comma, or an empty entry: not taken here.
  const following = text.charCodeAt(start);
  if (following === close || following === 0x2c) throw notPlain;
  return start;
}

/**
 * A quoted or plain scalar in a flow collection closed by `close`, or in a flow map a list of them
 * (`emails: [a, b]`); the value, and in `readEnd` where the spaces after it end.
 */
function readFlowValue(text: string, at: number, close: number): unknown {
  const first = text.charCodeAt(at);
  if (first === 0x5b && close === 0x7d) {
    const list = readFlowSequence(text, at);
    readEnd = skipSpaces(text, readEnd);
    return list;
  }
  if (first === 0x22 || first === 0x27) {
    const value = readQuoted(text, at);
    readEnd = skipSpaces(text, readEnd);
    return value;
  }
  let stop = at;
  for (let code = text.charCodeAt(stop); code !== 0x2c && code !== close; code = text.charCodeAt(stop)) {
    if (Number.isNaN(code)) throw notPlain;
    stop++;
  }
  let last = stop;
  while (text.charCodeAt(last - 1) === 0x20) last--;
  const value = plainScalar(text, at, last, true);
  readEnd = stop;
  return value;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
}

/** A quoted string from its opening quote on one line; its text, and in `readEnd` where it ended. */
function readQuoted(text: string, start: number): string {
  if (text.charCodeAt(start) === 0x27) {
    let value = '';
    let from = start + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0) throw notPlain;
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) !== 0x27) {
        readEnd = close + 1;
        return value;
      }
      value += "'";
      from = close + 2;
    }
  }
  // The closing quote is the first `"` not escaped by a backslash; the line is the end of the search.
  let close = text.indexOf('"', start + 1);
  let escaped = false;
  for (let backslash = text.indexOf('\\', start + 1); backslash >= 0 && close >= 0 && backslash < close; ) {
    escaped = true;
    // The backslash escapes the character after it, which may be the quote found.
    if (backslash + 1 === close) close = text.indexOf('"', close + 1);
    backslash = text.indexOf('\\', backslash + 2);
  }
  if (close < 0) throw notPlain;
  readEnd = close + 1;
  const inner = text.slice(start + 1, close);
  if (!escaped) return inner;
  if (inner.replace(jsonEscapes, '').includes('\\')) throw notPlain;
  return JSON.parse(`"${inner}"`) as string;
}
