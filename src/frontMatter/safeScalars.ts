/**
 * The scalars the safe schema gives a type: null, booleans and plain whole numbers; every other plain scalar stays
 * text, so `2025.07`, `2025.10`, `01234` and `12:30` keep the meaning their author gave them. The reference reader
 * (`safeYaml.ts`), the js-yaml fast path (`fastYaml.ts`) and the simple writer (`simpleYaml.ts`) all take these
 * rules from here, so the fast paths cannot drift from the reference.
 */

export interface SafeScalar<T> {
  tag: string;
  /** Which plain (unquoted) scalars have this type. */
  test: RegExp;
  resolve(text: string): T;
  /** Which values are written as this type. */
  identify(value: unknown): boolean;
}

export const safeNull: SafeScalar<null> = {
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|null|Null|NULL)?$/,
  resolve: () => null,
  identify: (value) => value === null || value === undefined,
};

export const safeBool: SafeScalar<boolean> = {
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:true|True|TRUE|false|False|FALSE)$/,
  resolve: (text) => text.startsWith('t') || text.startsWith('T'),
  identify: (value) => typeof value === 'boolean',
};

/** Whole numbers up to 15 digits, so every one is a safe integer; `01234` (a leading zero) stays text. */
export const safeInt: SafeScalar<number> = {
  tag: 'tag:yaml.org,2002:int',
  test: /^(?:0|-?[1-9][0-9]{0,14})$/,
  resolve: (text) => Number(text),
  identify: (value) => typeof value === 'number' && Number.isSafeInteger(value),
};

export const safeScalars: readonly SafeScalar<unknown>[] = [safeNull, safeBool, safeInt];

/** An unquoted value read as a plain YAML scalar under the safe schema: null, a boolean, a whole number, or text. */
export function resolvePlainScalar(text: string): unknown {
  // Every typed scalar is empty or starts with one of `~nNtTfF-0123456789`; most text (names, titles, links) does
  // not, and is settled by one character instead of three patterns (this runs for every value of 10,000 files).
  if (text.length > 0 && !mayBeTyped(text.charCodeAt(0))) return text;
  const scalar = safeScalars.find((candidate) => candidate.test.test(text));
  return scalar ? scalar.resolve(text) : text;
}

function mayBeTyped(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2d ||
    code === 0x7e ||
    code === 0x6e ||
    code === 0x4e ||
    code === 0x74 ||
    code === 0x54 ||
    code === 0x66 ||
    code === 0x46
  );
}
