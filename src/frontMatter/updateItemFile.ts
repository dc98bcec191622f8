/**
 * An item file with some fields and its body changed, and everything else as the person wrote it: the comments,
 * quoting, order and blank lines of the fields that did not change stay (the yaml library only puts one space before
 * a trailing comment), so `hide` or `edit --set` never reformat a hand-edited file. A changed field is written anew,
 * the way `serializeItemFile` writes it.
 */
import { type Document, isMap, isScalar, isSeq } from 'yaml';
import { flowListKeys, joinItemFile, quoteWhereNeeded, serializeItemFile } from './itemFile.js';
import { maxAliasCount, parseSafeDocument, parseYamlDocument } from './safeYaml.js';
import { splitFrontMatter } from './splitFrontMatter.js';

/** `before` is the file's text; `data` and `body` are what it must hold now. `file` is for messages only. */
export function updateItemFile(
  before: string,
  data: Readonly<Record<string, unknown>>,
  body: string,
  file: string,
): string {
  const rewritten = () => serializeItemFile(data, body);
  const wanted = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  if (Object.keys(wanted).length === 0) return rewritten();
  const doc = parseSafeDocument(splitFrontMatter(before, file).yaml);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return rewritten();
  const old = (doc.toJS({ maxAliasCount }) ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(old)) if (!(key in wanted)) doc.delete(key);
  for (const [key, value] of Object.entries(wanted)) {
    if (JSON.stringify(old[key]) === JSON.stringify(value)) continue;
    const node = fieldNode(doc, key, value);
    const existing = doc.get(key, true);
    // A value that stays a single value keeps its node, and with it the comment written after it.
    if (isScalar(existing) && isScalar(node)) {
      existing.value = node.value;
      existing.type = node.type;
    } else {
      doc.set(key, node);
    }
  }
  const yaml = doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
  // Whatever the person's YAML held, the file must mean exactly `data`: if it does not read back so, write it anew.
  const check = parseYamlDocument(yaml);
  if (!check.ok || JSON.stringify(check.yaml.value) !== JSON.stringify(wanted)) return rewritten();
  return joinItemFile(yaml, body);
}

/** A changed field's value, written as a new file would have it: flow entries for authors, ambiguous text quoted. */
function fieldNode(doc: Document, key: string, value: unknown) {
  const node = doc.createNode(value);
  if (flowListKeys.includes(key) && isSeq(node)) for (const entry of node.items) if (isMap(entry)) entry.flow = true;
  quoteWhereNeeded(node);
  return node;
}
