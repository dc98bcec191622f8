/** Finds fields a schema does not know (typos such as `selcted`), which validation would silently drop. */
import type { GenericSchema } from 'valibot';

type Path = (string | number)[];

interface SchemaShape {
  type: string;
  entries?: Record<string, SchemaShape>;
  item?: SchemaShape;
  wrapped?: SchemaShape;
  options?: SchemaShape[];
}

export function findUnknownFields(schema: GenericSchema, value: unknown): Path[] {
  const found: Path[] = [];
  walk(schema as unknown as SchemaShape, value, [], found);
  // A union walks each option, so the same field can be found more than once.
  const seen = new Set<string>();
  return found.filter((path) => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function walk(schema: SchemaShape, value: unknown, path: Path, found: Path[]): void {
  if (schema.wrapped) {
    walk(schema.wrapped, value, path, found);
    return;
  }
  if (schema.options) {
    for (const option of schema.options) walk(option, value, path, found);
    return;
  }
  if (schema.type === 'object' && schema.entries && isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      // Own keys only: `__proto__` or `constructor` must not find Object.prototype's members.
      const entry = Object.hasOwn(schema.entries, key) ? schema.entries[key] : undefined;
      if (entry === undefined) found.push([...path, key]);
      else walk(entry, child, [...path, key], found);
    }
    return;
  }
  if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    const item = schema.item;
    value.forEach((child, index) => {
      walk(item, child, [...path, index], found);
    });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
