/**
 * The fast path for writing the plain YAML that item files hold (`key: value` lines, lists of `{ flow, maps }`,
 * one level of nesting), which the `yaml` package writes at about half a millisecond per file: too slow for an
 * import of 10,000 publications. It either writes exactly the text the `yaml` package would (the tests compare
 * them on real, generated and fuzzed data) or returns undefined, and the caller falls back to the package.
 */
import { safeScalars } from './safeScalars.js';

// What `yaml` would read as something other than a string under its core schema (the writer's schema): what the
// safe schema types (safeScalars.ts), and the floats, octal and hex numbers only the core schema knows.
const coreSchemaTests = [
  ...safeScalars.map((scalar) => scalar.test),
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
];
// Every string one of those tests matches is empty or starts with one of these: most values are tested once, not ten times.
const mayBeCoreScalar = /^(?:$|[-+.0-9~nNtTfF])/;
// yaml's own rule for strings that cannot be written plain.
const notPlain = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// Characters yaml escapes or folds: control characters, line and paragraph separators, lone surrogates, BOM.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const needsEscapes = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u{d800}-\u{dfff}]/u;
// yaml refuses implicit keys over 1024 characters; far shorter ones are all items have.
const simpleKey = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
const reservedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;

export interface SimpleYamlStyle {
  /** Lists written as one `- { flow map }` per line. */
  flowListKeys: readonly string[];
  /** Strings always written in double quotes (other YAML readers would mistype them). */
  alwaysQuoted: RegExp;
}

/** The front matter as `stringifyFrontMatter` writes it, or undefined when the data is not simple enough. */
export function writeSimpleYaml(data: Readonly<Record<string, unknown>>, style: SimpleYamlStyle): string | undefined {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (!simpleKey.test(key) || reservedKey.test(key)) return undefined;
    if (Array.isArray(value)) {
      if (value.length === 0) return undefined;
      lines.push(`${key}:`);
      for (const item of value) {
        const written = isRecord(item)
          ? style.flowListKeys.includes(key)
            ? writeFlowMap(item, style)
            : undefined
          : writeScalar(item, false, style);
        if (written === undefined) return undefined;
        lines.push(`  - ${written}`);
      }
    } else if (isRecord(value)) {
      lines.push(`${key}:`);
      if (!writeBlockMap(value, '  ', lines, style)) return undefined;
    } else {
      const written = writeScalar(value, false, style);
      if (written === undefined) return undefined;
      lines.push(`${key}: ${written}`);
    }
  }
  return lines.length === 0 ? undefined : `${lines.join('\n')}\n`;
}

function writeBlockMap(map: Record<string, unknown>, indent: string, lines: string[], style: SimpleYamlStyle): boolean {
  let any = false;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (!simpleKey.test(key) || reservedKey.test(key)) return false;
    any = true;
    if (isRecord(value)) {
      lines.push(`${indent}${key}:`);
      if (indent.length > 2 || !writeBlockMap(value, `${indent}  `, lines, style)) return false;
    } else {
      const written = writeScalar(value, false, style);
      if (written === undefined) return false;
      lines.push(`${indent}${key}: ${written}`);
    }
  }
  return any;
}

function writeFlowMap(map: Record<string, unknown>, style: SimpleYamlStyle): string | undefined {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (!simpleKey.test(key) || reservedKey.test(key)) return undefined;
    const written = writeScalar(value, true, style);
    if (written === undefined) return undefined;
    parts.push(`${key}: ${written}`);
  }
  return parts.length === 0 ? undefined : `{ ${parts.join(', ')} }`;
}

function writeScalar(value: unknown, inFlow: boolean, style: SimpleYamlStyle): string | undefined {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value !== 'string' || needsEscapes.test(value) || /^(?:---|\.\.\.)/.test(value)) return undefined;
  if (style.alwaysQuoted.test(value)) return JSON.stringify(value);
  if (
    (inFlow && /[[\]{},]/.test(value)) ||
    notPlain.test(value) ||
    (mayBeCoreScalar.test(value) && coreSchemaTests.some((test) => test.test(value)))
  ) {
    return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
