/** Finds fields a schema does not know (typos such as `selcted`), which validation would silently drop, and the field likely meant. */
import { closest, distance } from 'fastest-levenshtein';
import type { GenericSchema } from 'valibot';
import type { Problem } from '../problems.js';
import { publishedDocUrl } from './publishedDocs.js';

type Path = (string | number)[];

export interface UnknownField {
  path: Path;
  /** The known field of the same object whose name is closest, when it is close enough to be a typo of it. */
  meant?: string;
}

interface SchemaShape {
  type: string;
  entries?: Record<string, SchemaShape>;
  item?: SchemaShape;
  wrapped?: SchemaShape;
  options?: SchemaShape[];
}

export function findUnknownFields(schema: GenericSchema, value: unknown): UnknownField[] {
  const found: UnknownField[] = [];
  walk(schema as unknown as SchemaShape, value, undefined, found);
  if (found.length < 2) return found;
  // A union walks each option, so the same field can be found more than once.
  const seen = new Set<string>();
  return found.filter((field) => {
    const key = JSON.stringify(field.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The warning for one unknown field: `unknown field "hiden" — did you mean "hidden"?`. */
export function unknownFieldProblem(field: UnknownField, file: string, line: number | undefined): Problem {
  const name = field.path.join('.');
  const docs = publishedDocUrl('docs/format.md');
  return {
    severity: 'warning',
    file,
    ...(line === undefined ? {} : { line }),
    ...(field.meant === undefined
      ? { message: `unknown field "${name}"; it is ignored`, hint: `the fields are listed in ${docs}` }
      : {
          message: `unknown field "${name}" — did you mean "${field.meant}"?`,
          hint: `it is ignored until renamed; the fields are listed in ${docs}`,
        }),
  };
}

/**
 * The path is a chain from the leaf up (`{ key, parent }`), made into an array only for a field found: this runs over
 * every field of every file a command loads.
 */
interface PathLink {
  key: string | number;
  parent: PathLink | undefined;
}

function walk(schema: SchemaShape, value: unknown, path: PathLink | undefined, found: UnknownField[]): void {
  if (schema.wrapped) {
    walk(schema.wrapped, value, path, found);
    return;
  }
  if (schema.options) {
    for (const option of schema.options) walk(option, value, path, found);
    return;
  }
  if (schema.type === 'object' && schema.entries && isRecord(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      // Own keys only: `__proto__` or `constructor` must not find Object.prototype's members.
      const entry = Object.hasOwn(schema.entries, key) ? schema.entries[key] : undefined;
      if (entry === undefined)
        found.push({ path: pathArray({ key, parent: path }), ...meantField(key, Object.keys(schema.entries)) });
      else if (typeof value[key] === 'object' && value[key] !== null)
        walk(entry, value[key], { key, parent: path }, found);
    }
    return;
  }
  if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child === 'object' && child !== null) walk(schema.item, child, { key: index, parent: path }, found);
    }
  }
}

function pathArray(link: PathLink | undefined): Path {
  const path: Path = [];
  for (let step = link; step !== undefined; step = step.parent) path.unshift(step.key);
  return path;
}

/** A typo is a few edits away (at most a third of the name), ignoring case: `hiden`, `Selected`, `venu`. */
function meantField(key: string, known: readonly string[]): { meant?: string } {
  if (known.length === 0) return {};
  const lowered = key.toLowerCase();
  const nearest = closest(
    lowered,
    known.map((name) => name.toLowerCase()),
  );
  const meant = known.find((name) => name.toLowerCase() === nearest);
  const edits = distance(lowered, nearest);
  return meant !== undefined && edits <= Math.max(1, Math.floor(key.length / 3)) ? { meant } : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
