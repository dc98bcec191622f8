/**
 * The fast path for reading front matter: js-yaml with the same safe schema as `safeYaml.ts`.
 * It is several times faster than the `yaml` package on a cold start; anything it cannot settle
 * (an error, or anchors and aliases, which it has no limit on) goes to the reference parser.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { readPlainYaml } from './plainYaml.js';
import { safeScalars } from './safeScalars.js';

// The safe schema's types (safeScalars.ts); js-yaml asks `resolve` with null for an empty value.
const safeTypes = safeScalars.map(
  (scalar) =>
    new Type(scalar.tag, {
      kind: 'scalar',
      resolve: (text: string | null) => scalar.test.test(text ?? ''),
      construct: (text: string | null) => scalar.resolve(text ?? ''),
    }),
);

// A non-empty line that does not start as a line at the left margin may: a key, a comment or a list item of a key
// above it. One scan of the text, not a split into lines: this runs for every file of a profile.
const offMarginLine = /^(?!$|\s|#|- |-$|[\w"'][^\n]*?:(?:\s|$))/m;

const safeSchema = FAILSAFE_SCHEMA.extend({ implicit: safeTypes });

/** The parsed value, or undefined when the reference parser must decide. */
export function parseYamlFast(text: string): { value: unknown } | undefined {
  // Most files hold only the plain YAML profile writes: read without js-yaml, several times faster.
  return readPlainYaml(text) ?? parseYamlWithJsYaml(text);
}

/** js-yaml's reading of YAML the plain-YAML reader declined, or undefined when the reference parser must decide. */
export function parseYamlWithJsYaml(text: string): { value: unknown } | undefined {
  // js-yaml forgives a multi-line value continued at the margin, which the reference refuses: hand those over.
  if (offMarginLine.test(text)) return undefined;
  let state: { anchorMap?: Record<string, unknown> } | undefined;
  let value: unknown;
  // Without an `&` there is no anchor (an alias alone is an error), so the listener that finds them is not needed.
  const mayHaveAnchors = text.includes('&');
  try {
    value = load(text, {
      schema: safeSchema,
      ...(mayHaveAnchors
        ? {
            listener: (_event: unknown, current: unknown) => {
              state = current as typeof state;
            },
          }
        : {}),
    });
  } catch {
    return undefined;
  }
  if (state?.anchorMap && Object.keys(state.anchorMap).length > 0) return undefined;
  // Empty, null or collection keys are named differently by the two parsers; no field has such a name.
  if (hasOddKey(value)) return undefined;
  return { value };
}

function hasOddKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasOddKey);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, child]) => oddKey.test(key) || hasOddKey(child));
}

// `<<` too: a merge key is refused by the reference parser, with its line.
const oddKey = /^(?:null|<<|\[object .*|[^,]*,.*)$/s;
