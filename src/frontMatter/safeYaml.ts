/** YAML read and written with a schema that cannot run code or change a value's meaning. */
import { type Document, isScalar, LineCounter, parseDocument, type ScalarTag, stringify, visit } from 'yaml';
import { parseYamlFast } from './fastYaml.js';
import { safeScalars } from './safeScalars.js';

// Only null, booleans and plain whole numbers get a type (safeScalars.ts); everything else stays text.
const safeScalarTags: ScalarTag[] = safeScalars.map((scalar) => ({
  tag: scalar.tag,
  default: true,
  test: scalar.test,
  resolve: (text: string) => scalar.resolve(text),
  identify: scalar.identify,
}));

/** Beyond this many aliases a document is refused: a "billion laughs" file would otherwise expand to gigabytes. */
export const maxAliasCount = 100;

export interface YamlProblem {
  message: string;
  /** 1-based line within the YAML text. */
  line: number | undefined;
  hint?: string;
}

export interface ParsedYaml {
  value: unknown;
  /** 1-based line within the YAML text of the node at `path`, if it exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; problem: YamlProblem };

export function parseSafeYaml(text: string): YamlResult {
  // Front matter is read by js-yaml without building a YAML document (several times faster, which matters for
  // the start-up and for 10,000 files); line numbers, needed only to report a problem, come from the full parse
  // when first asked for. Errors, anchors and aliases always go the full way.
  const fast = parseYamlFast(text);
  if (fast !== undefined) {
    let full: YamlResult | undefined;
    const lineOf = (path: readonly (string | number)[]) => {
      full ??= parseYamlDocument(text);
      return full.ok ? full.yaml.lineOf(path) : undefined;
    };
    return { ok: true, yaml: { value: fast.value ?? null, lineOf } };
  }
  return parseYamlDocument(text);
}

/** The general way, through a YAML document: any YAML, with the line of every node. */
export function parseYamlDocument(text: string): YamlResult {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseSafeDocument(text, lineCounter);
  } catch (error) {
    // Thousands of nested brackets overflow the parser's stack; that is the file's problem, not a crash.
    if (error instanceof RangeError) return { ok: false, problem: { message: tooDeep, line: undefined } };
    throw error;
  }
  // An unknown tag (`!!js/function`, `!!python/object`) is only a warning to the library; to us it is an error.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    return { ok: false, problem: { message: describeYamlError(first.message), line: first.linePos?.[0].line } };
  }
  const merge = findMergeKey(doc);
  if (merge !== undefined) {
    return {
      ok: false,
      problem: {
        message:
          'a YAML merge key ("<<") is not read: the fields it would merge in (such as hidden: true) would be lost',
        line: lineCounter.linePos(merge).line,
        hint: 'write the fields themselves instead of merging them in with "<<"',
      },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problem: { message: tooDeep, line: undefined } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { message: `YAML cannot be read: ${message}`, line: undefined } };
  }
  return { ok: true, yaml: { value, lineOf: (path) => lineOfPath(doc, lineCounter, path) } };
}

/** A YAML document under the safe schema, for reading it with its lines or changing it in place. */
export function parseSafeDocument(text: string, lineCounter?: LineCounter): Document {
  return parseDocument(text, {
    schema: 'failsafe',
    customTags: safeScalarTags,
    uniqueKeys: true,
    prettyErrors: true,
    ...(lineCounter ? { lineCounter } : {}),
  });
}

const tooDeep = 'the YAML is nested too deeply to read';

/**
 * Where the first `<<` key is. Under the safe schema it would be an ordinary key that the schema then ignores with a
 * warning, while Jekyll and other YAML 1.1 readers merge it: an item meant to be hidden (`<<: { hidden: true }`)
 * would be published. It is an error instead.
 */
function findMergeKey(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (isScalar(key) && key.value === '<<' && key.range) {
        found = key.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function describeYamlError(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  if (firstLine.includes('Maximum call stack size exceeded')) return tooDeep;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '');
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
    // A key whose value is missing has no node; point at the key instead.
    const parent = length > 1 ? doc.getIn(path.slice(0, length - 1), true) : doc.contents;
    const pair = findPair(parent, path[length - 1]);
    if (pair) return lineCounter.linePos(pair).line;
  }
  return undefined;
}

function findPair(collection: unknown, key: string | number | undefined): number | undefined {
  const items = (collection as { items?: unknown[] } | null | undefined)?.items;
  if (!Array.isArray(items)) return undefined;
  for (const item of items) {
    const pairKey = (item as { key?: { value?: unknown; range?: [number, number, number] } }).key;
    if (pairKey && pairKey.value === key && pairKey.range) return pairKey.range[0];
  }
  return undefined;
}

/**
 * Writes a value as block YAML that reads back to the same value under the safe schema:
 * strings that would read as another type are quoted.
 */
export function stringifySafeYaml(value: unknown): string {
  return stringify(value, {
    schema: 'failsafe',
    customTags: safeScalarTags,
    lineWidth: 0,
    indent: 2,
    indentSeq: true,
    aliasDuplicateObjects: false,
  });
}
