/** `--set field=value` and `--unset field` applied to an item's raw front matter, with values read as YAML reads them. */
import { UsageError } from '../errors.js';
import { resolvePlainScalar } from '../frontMatter/safeScalars.js';
import { parseSafeYaml } from '../frontMatter/safeYaml.js';
import { knownFields } from './itemSchemas.js';
import type { ItemKind } from './items.js';
import { formatIsoDate, parsePartialDate } from './partialDate.js';

/** `body` is not a front-matter field: it names the Markdown text after the front matter. */
export const bodyField = 'body';

export type FieldChange = { field: string; value: unknown } | { field: string; unset: true };

/**
 * `selected=true` → true, `order=-1` → -1, `date=2025.07` → "2025.07" (text, made canonical later),
 * `authors=[{family: Li, given: Zexi}]` → a list. Quoted or bracketed values are read as YAML;
 * anything else is a plain value, so `title=WISE: Rethinking` stays text. `body=` takes the text as it is.
 */
export function parseFieldAssignment(assignment: string): { field: string; value: unknown } {
  const equals = assignment.indexOf('=');
  if (equals <= 0) {
    throw new UsageError(`--set needs field=value, not "${assignment}"`, 'example: --set date=2025-07');
  }
  const field = assignment.slice(0, equals).trim();
  const text = assignment.slice(equals + 1);
  if (field === bodyField) return { field, value: text };
  const trimmed = text.trim();
  if (!/^["'[{]/.test(trimmed)) return { field, value: resolvePlainScalar(trimmed) };
  const parsed = parseSafeYaml(trimmed);
  if (!parsed.ok) throw new UsageError(`--set ${field}: ${parsed.problem.message}`, 'quote the value as YAML does');
  return { field, value: parsed.yaml.value };
}

/**
 * The front matter and body after the changes. Fields keep their places (new ones go last) and fields this
 * format does not know are kept; setting an unknown field is refused with the list of known ones.
 */
export function applyFieldChanges(
  kind: ItemKind,
  data: Readonly<Record<string, unknown>>,
  body: string,
  changes: readonly FieldChange[],
): { data: Record<string, unknown>; body: string } {
  const known = knownFields(kind);
  const next: Record<string, unknown> = { ...data };
  let nextBody = body;
  for (const change of changes) {
    if (change.field === bodyField) {
      nextBody = 'unset' in change || change.value === null ? '' : String(change.value);
      continue;
    }
    // A field the file has but the format does not know (a typo) may be unset, never set.
    const removable = 'unset' in change && Object.hasOwn(data, change.field);
    if (!known.includes(change.field) && !removable) {
      throw new UsageError(
        `"${change.field}" is not a field of a ${kind === 'publication' ? 'publication' : `${kind} item`}`,
        `fields: ${known.join(', ')}, and ${bodyField} (the text)`,
      );
    }
    if ('unset' in change || change.value === null) {
      delete next[change.field];
    } else {
      next[change.field] = change.field === 'date' ? canonicalDate(change.value) : change.value;
    }
  }
  return { data: next, body: nextBody };
}

/** A file that is written anyway gets its date in the stored form too (`2025.07` → `2025-07`). */
export function withCanonicalDate(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const date = data.date;
  if (typeof date !== 'string' && typeof date !== 'number') return { ...data };
  const parsed = parsePartialDate(String(date));
  return parsed.ok ? { ...data, date: formatIsoDate(parsed.date) } : { ...data };
}

/** Dates are stored in ISO form whatever form they were typed in; an impossible one is refused here. */
function canonicalDate(value: unknown): unknown {
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  const parsed = parsePartialDate(String(value));
  if (!parsed.ok) throw new UsageError(`--set date: ${parsed.reason}`);
  return formatIsoDate(parsed.date);
}
