/**
 * The fastest path for reading front matter: a reader of only the plain YAML that item files hold (what
 * `simpleYaml.ts` writes and people write by hand: `key: value` lines, nested maps, lists of scalars or of
 * `{ flow, maps }`, quoted strings on one line, comments). Anything else, and anything it is not sure of, it hands
 * over (undefined), and js-yaml then the reference parser decide. Plain scalars get their type from the one set of
 * rules in `safeScalars.ts`; the tests compare every value with js-yaml's and the reference parser's.
 */
import { resolvePlainScalar } from './safeScalars.js';

// Characters whose reading differs between YAML readers or needs care (tabs, carriage returns, controls, surrogates,
// byte order marks, line separators): a file holding one goes the general way.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const unusualCharacter = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
// A key this reader takes: names, never `null`, `true`… (other readers type them) nor `__proto__`.
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
const reservedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
const flowKey = /[A-Za-z_][A-Za-z0-9_-]{0,99}/y;
// A plain scalar may not start with an indicator; `-`, `?` and `:` only before a character that is not one (`-3`).
const plainStart = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`]|[-?:][^\s,[\]{}])/;
// In a plain scalar: a comment, a mapping indicator, or trailing space would change what it means.
const plainBlockTrouble = /: | #|[: ]$/;
const plainFlowTrouble = /:(?:[ ,[\]{}]|$)| #|[[\]{]| $/;
// Escapes that mean the same in YAML and JSON; others (`\u`, `\x`, `\N`, `\_`…) go the general way.
const jsonEscapes = /\\["\\/bfnrt]/g;
const maxDepth = 20;

/** Signals that the text is not of the plain kind; caught in `readPlainYaml` only. */
const notPlain = Symbol('not plain');

interface Lines {
  lines: string[];
  index: number;
}

/** The parsed value (undefined for an empty document, as js-yaml gives), or undefined when another parser must decide. */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  if (unusualCharacter.test(text)) return undefined;
  const state: Lines = { lines: text.split('\n'), index: 0 };
  try {
    const first = nextContent(state);
    if (first === undefined) return { value: undefined };
    if (indentOf(first) !== 0) return undefined;
    const value = readMap(state, 0, 0);
    return nextContent(state) === undefined ? { value } : undefined;
  } catch (error) {
    if (error === notPlain) return undefined;
    throw error;
  }
}

/** The next line that is neither blank nor a comment, without moving past it. */
function nextContent(state: Lines): string | undefined {
  while (state.index < state.lines.length) {
    const line = state.lines[state.index] as string;
    // Only ASCII spaces indent or blank a line: a no-break space is content to YAML, not to String#trim.
    const first = line.charCodeAt(indentOf(line));
    if (!Number.isNaN(first) && first !== 0x23) return line;
    state.index++;
  }
  return undefined;
}

function indentOf(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 0x20) indent++;
  return indent;
}

function isSequenceEntry(line: string, indent: number): boolean {
  return line.startsWith('- ', indent) || (line.length === indent + 1 && line.endsWith('-'));
}

function readMap(state: Lines, indent: number, depth: number): Record<string, unknown> {
  if (depth > maxDepth) throw notPlain;
  const map: Record<string, unknown> = {};
  for (let line = nextContent(state); line !== undefined; line = nextContent(state)) {
    const lineIndent = indentOf(line);
    if (lineIndent < indent) break;
    if (lineIndent > indent) throw notPlain;
    if (isSequenceEntry(line, indent)) break;
    const match = keyLine.exec(line.slice(indent));
    const key = match?.[1];
    if (key === undefined || reservedKey.test(key) || Object.hasOwn(map, key)) throw notPlain;
    state.index++;
    const written = match?.[2];
    map[key] = written === undefined ? readNested(state, indent, depth) : readInline(written);
  }
  return map;
}

/** The value of a `key:` with nothing after it: a block below it, a list at its own indent, or null. */
function readNested(state: Lines, indent: number, depth: number): unknown {
  const line = nextContent(state);
  if (line === undefined) return null;
  const childIndent = indentOf(line);
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
    const lineIndent = indentOf(line);
    if (lineIndent < indent || (lineIndent === indent && !isSequenceEntry(line, indent))) break;
    if (lineIndent > indent) throw notPlain;
    // `-` alone opens a block below it: not taken here.
    if (line.length === indent + 1) throw notPlain;
    state.index++;
    list.push(readInline(line.slice(skipSpaces(line, indent + 2))));
  }
  return list;
}

/** A value written on its line: a flow map, a quoted string or a plain scalar, nothing after it. */
function readInline(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 0x7b) {
    const [map, end] = readFlowMap(text);
    if (end !== text.length) throw notPlain;
    return map;
  }
  if (first === 0x22 || first === 0x27) {
    const [value, end] = readQuoted(text, 0);
    if (end !== text.length) throw notPlain;
    return value;
  }
  if (!plainStart.test(text) || plainBlockTrouble.test(text)) throw notPlain;
  return resolvePlainScalar(text);
}

/** `{ key: value, … }` from its `{`; the map and where it ended. */
function readFlowMap(text: string): [Record<string, unknown>, number] {
  const map: Record<string, unknown> = {};
  let at = skipSpaces(text, 1);
  if (text[at] === '}') return [map, at + 1];
  for (;;) {
    flowKey.lastIndex = at;
    const key = flowKey.exec(text)?.[0];
    if (key === undefined || reservedKey.test(key) || Object.hasOwn(map, key)) throw notPlain;
    at += key.length;
    if (text[at] !== ':' || text[at + 1] !== ' ') throw notPlain;
    at = skipSpaces(text, at + 1);
    const first = text[at];
    if (first === '"' || first === "'") {
      const [value, end] = readQuoted(text, at);
      map[key] = value;
      at = skipSpaces(text, end);
    } else {
      let end = at;
      while (end < text.length && text[end] !== ',' && text[end] !== '}') end++;
      let last = end;
      while (text.charCodeAt(last - 1) === 0x20) last--;
      const plain = text.slice(at, last);
      if (plain === '' || !plainStart.test(plain) || plainFlowTrouble.test(plain)) throw notPlain;
      map[key] = resolvePlainScalar(plain);
      at = end;
    }
    if (text[at] === '}') return [map, at + 1];
    if (text[at] !== ',') throw notPlain;
    at = skipSpaces(text, at + 1);
    // A trailing comma, or an empty entry: not taken here.
    if (text[at] === '}' || text[at] === ',') throw notPlain;
  }
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
}

/** A quoted string from its opening quote on one line; its text and where it ended. */
function readQuoted(text: string, start: number): [string, number] {
  const quote = text[start];
  if (quote === "'") {
    let value = '';
    let from = start + 1;
    for (;;) {
      const close = text.indexOf("'", from);
      if (close < 0) throw notPlain;
      value += text.slice(from, close);
      if (text[close + 1] !== "'") return [value, close + 1];
      value += "'";
      from = close + 2;
    }
  }
  let close = start + 1;
  for (;;) {
    const char = text[close];
    if (char === undefined) throw notPlain;
    if (char === '"') break;
    close += char === '\\' ? 2 : 1;
  }
  const inner = text.slice(start + 1, close);
  if (!inner.includes('\\')) return [inner, close + 1];
  if (inner.replace(jsonEscapes, '').includes('\\')) throw notPlain;
  return [JSON.parse(`"${inner}"`) as string, close + 1];
}
