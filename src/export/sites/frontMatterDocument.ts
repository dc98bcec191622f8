/** A Markdown file with YAML front matter, written with the safe YAML writer so that no value can break out. */
import { Scalar } from 'yaml';
import { stringifySafeYaml } from '../../frontMatter/safeYaml.js';

/**
 * Plain scalars that Jekyll's YAML 1.1 reader or Hugo's YAML 1.2 reader could give a type: numbers, dates and
 * `.inf` (a leading digit, sign, dot), `~`, Ruby symbols (`:x`, which Jekyll's safe loader refuses), the 1.1
 * booleans and nulls, and the merge and value keys. Our own schema keeps them text, so the writer would leave
 * `arxiv: 2203.12285` bare, and Hugo would read a float.
 */
const typedByOtherReaders =
  /^(?:[-+.~:0-9]|(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|<<|=)$)/;

/** Fields whose value is `undefined` are left out; an empty body gives a file of front matter only. */
export function frontMatterDocument(fields: Record<string, unknown>, body = ''): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const frontMatter = `---\n${stringifySafeYaml(quoteAmbiguousText(defined))}---\n`;
  return body.trim() === '' ? frontMatter : `${frontMatter}\n${body.trim()}\n`;
}

/** A YAML data file (Hugo's `data/`), with the same quoting as front matter. */
export function yamlDocument(fields: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return stringifySafeYaml(quoteAmbiguousText(defined));
}

/** The value with every one-line text that another reader could type made a double-quoted scalar. */
function quoteAmbiguousText(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.includes('\n') || !typedByOtherReaders.test(value)) return value;
    const scalar = new Scalar(value);
    scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  if (Array.isArray(value)) return value.map(quoteAmbiguousText);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, quoteAmbiguousText(inner)]));
  }
  return value;
}
