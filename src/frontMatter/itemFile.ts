/** An item's fields and body written back as a Markdown file with YAML front matter. */
import { Document, isCollection, isMap, isScalar, isSeq, visit } from 'yaml';
import { stringifySafeYaml } from './safeYaml.js';
import { writeSimpleYaml } from './simpleYaml.js';

// Strings other YAML readers (YAML 1.1: Jekyll, PyYAML) would turn into numbers, dates or booleans.
const ambiguousForOtherReaders =
  /^(?:[-+]?[0-9][0-9_.:eE+-]*|[0-9]{4}-[0-9]{2}-[0-9]{2}.*|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.nan)$/;

export const flowListKeys = ['authors', 'editors', 'links', 'contact', 'sections', 'citedBy'];

/** Front matter then body; strings that another YAML reader could mistype are quoted. */
export function serializeItemFile(data: Readonly<Record<string, unknown>>, body: string): string {
  return joinItemFile(stringifyFrontMatter(data), body);
}

/** The file from its front matter's YAML (ending in a newline) and its body. */
export function joinItemFile(yaml: string, body: string): string {
  const text = body.trim();
  // An item with no fields (a service line) gets two `---` lines, not a `{}` a person would wonder about.
  const fields = yaml === '{}\n' ? '' : yaml;
  return `---\n${fields}---\n${text === '' ? '' : `\n${text}\n`}`;
}

export function stringifyFrontMatter(data: Readonly<Record<string, unknown>>): string {
  // The same text, without building a YAML document, for the plain fields items have (an import writes thousands).
  const simple = writeSimpleYaml(data, { flowListKeys, alwaysQuoted: ambiguousForOtherReaders });
  return simple ?? stringifyFrontMatterWithDocument(data);
}

/** The general way, through a YAML document: any data. */
export function stringifyFrontMatterWithDocument(data: Readonly<Record<string, unknown>>): string {
  const withoutUndefined = JSON.parse(JSON.stringify(data)) as unknown;
  const doc = new Document(withoutUndefined);
  // One `- { family: Li, given: Zexi }` per line reads better than a block map per author.
  for (const key of flowListKeys) {
    const list = doc.get(key, true);
    if (isSeq(list)) for (const entry of list.items) if (isMap(entry)) entry.flow = true;
  }
  quoteWhereNeeded(doc);
  return stringifySafeYaml(doc);
}

/** Quotes the strings of a YAML document or node that would otherwise read back as something else. */
export function quoteWhereNeeded(node: Parameters<typeof visit>[0]): void {
  visit(node, {
    Scalar(key, scalar, path) {
      if (key === 'key' || !isScalar(scalar) || typeof scalar.value !== 'string') return;
      // The yaml package writes a multi-line string in a flow collection as plain lines that read back as something
      // else (`[":\na"]` comes back as `[{ "": a }]`): quoted, it keeps its meaning.
      const inFlow = scalar.value.includes('\n') && path.some((parent) => isCollection(parent) && parent.flow === true);
      if (inFlow || ambiguousForOtherReaders.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
  });
}
