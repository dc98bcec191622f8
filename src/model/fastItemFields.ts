/**
 * A hand-written check of VALID item front matter, kind by kind, giving exactly the output valibot's schema
 * (itemSchemas.ts) gives; it declines anything it is not sure of, and valibot then decides and words every message.
 *
 * Why hand code here (issue 17): valibot builds a dataset object per field and per action of a pipe, and the
 * unknown-field walk goes over every field again. In a CPU profile of `list --json` on 10,000 generated publications
 * the two took about 20 % of the run (validFields 773 ms of 3,960 ms; the garbage collector 12 % more); this check,
 * which reads each field once and makes only the output, takes about 9 % (129 ms of 1,461 ms). A file it declines
 * still goes through valibot, so every message and error path is valibot's, unchanged; the two are proved to agree
 * in tests/unit/model/fastItemFields.test.ts (the bundled profile, the fixtures, generated items).
 */

import type { ItemKind } from './items.js';
import { type LayoutKind, parsePageLayout } from './pageLayouts.js';
import { parsePartialDate } from './partialDate.js';
import * as vocabulary from './vocabulary.js';

/** What a field check returns when it is not sure the value is valid. */
const decline: unique symbol = Symbol('decline');
type Checked = unknown;
type FieldCheck = (value: unknown) => Checked;

/** A field of an object: its name, its check, whether it may be left out, and the default valibot then fills in. */
interface Field {
  readonly key: string;
  readonly check: FieldCheck;
  readonly optional: boolean;
  readonly makeDefault?: () => unknown;
}

const required = (key: string, check: FieldCheck): Field => ({ key, check, optional: false });
const optional = (key: string, check: FieldCheck, makeDefault?: () => unknown): Field =>
  makeDefault === undefined ? { key, check, optional: true } : { key, check, optional: true, makeDefault };

// v.pipe(v.string(), v.trim(), v.nonEmpty())
const text: FieldCheck = (value) => {
  if (typeof value !== 'string') return decline;
  const trimmed = value.trim();
  return trimmed.length === 0 ? decline : trimmed;
};
// v.pipe(v.string(), v.trim())
const trimmedText: FieldCheck = (value) => (typeof value === 'string' ? value.trim() : decline);
const plainString: FieldCheck = (value) => (typeof value === 'string' ? value : decline);
const boolean: FieldCheck = (value) => (typeof value === 'boolean' ? value : decline);
// valibot's v.number() refuses NaN; Infinity is declined too, for valibot to decide.
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const integer: FieldCheck = (value) => (isNumber(value) && Number.isInteger(value) ? value : decline);
const wholeNumber: FieldCheck = (value) => (isNumber(value) && Number.isInteger(value) && value >= 0 ? value : decline);
// v.pipe(v.union([v.string(), v.number()]), v.toString())
const textOrNumber: FieldCheck = (value) =>
  typeof value === 'string' ? value : isNumber(value) ? String(value) : decline;

const partialDate: FieldCheck = (value) => {
  if (typeof value !== 'string' && !isNumber(value)) return decline;
  const parsed = parsePartialDate(String(value));
  return parsed.ok ? parsed.date : decline;
};

function oneOf(values: readonly string[]): FieldCheck {
  return (value) => (typeof value === 'string' && values.includes(value) ? value : decline);
}

function matching(check: FieldCheck, pattern: RegExp): FieldCheck {
  return (value) => {
    const checked = check(value);
    return typeof checked === 'string' && pattern.test(checked) ? checked : decline;
  };
}

function layout(kind: LayoutKind): FieldCheck {
  return (value) => (typeof value === 'string' && parsePageLayout(kind, value).ok ? value : decline);
}

function listOf(check: FieldCheck): FieldCheck {
  return (value) => {
    if (!Array.isArray(value)) return decline;
    const output: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      const checked = check(value[index]);
      if (checked === decline) return decline;
      output.push(checked);
    }
    return output;
  };
}

/** A plain object (no other prototype, not an array): all valibot's `v.object` and the unknown-field walk agree on. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A slot of `objectOf` no field of the input filled. */
const absent: unique symbol = Symbol('absent');

/**
 * `v.object(fields)`: the output holds the fields in the schema's order, a field written with no value stays as
 * undefined, and any field the schema does not know declines (the unknown-field walk would report it). The input's
 * own keys are read once (front matter holds a few of a publication's 40 fields); looking up each absent field of
 * the schema in the input cost more than the whole rest of the check. The input is data as the YAML readers build
 * it, whose properties are all enumerable (valibot's `key in` would also see one that is not).
 */
function objectOf(fields: readonly Field[]): (value: unknown) => Record<string, unknown> | typeof decline {
  const indexOfKey = new Map(fields.map((field, index) => [field.key, index]));
  return (value) => {
    if (!isPlainObject(value)) return decline;
    const slots: unknown[] = new Array(fields.length).fill(absent);
    for (const key in value) {
      const index = indexOfKey.get(key);
      // A key the schema does not know, or one inherited: valibot and the walk decide.
      if (index === undefined || !Object.hasOwn(value, key)) return decline;
      const fieldValue = value[key];
      if (fieldValue === undefined) {
        slots[index] = undefined;
        continue;
      }
      const checked = (fields[index] as Field).check(fieldValue);
      if (checked === decline) return decline;
      slots[index] = checked;
    }
    const output: Record<string, unknown> = {};
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index] as Field;
      const checked = slots[index];
      if (checked === absent || checked === undefined) {
        if (!field.optional) return decline;
        if (field.makeDefault !== undefined) output[field.key] = field.makeDefault();
        else if (checked === undefined) output[field.key] = undefined;
        continue;
      }
      output[field.key] = checked;
    }
    return output;
  };
}

/** `v.record(v.string(), check)`: valibot skips `__proto__`, `prototype` and `constructor`; such a key declines. */
function recordOf(check: FieldCheck): FieldCheck {
  return (value) => {
    if (!isPlainObject(value)) return decline;
    const output: Record<string, unknown> = {};
    for (const key in value) {
      if (!Object.hasOwn(value, key)) return decline;
      if (key === '__proto__' || key === 'prototype' || key === 'constructor') return decline;
      const checked = check(value[key]);
      if (checked === decline) return decline;
      output[key] = checked;
    }
    return output;
  };
}

const common = [optional('hidden', boolean), optional('order', integer)];

const authorObject = objectOf([
  optional('family', trimmedText),
  optional('given', trimmedText),
  optional('literal', trimmedText),
  optional('equal', boolean),
  optional('corresponding', boolean),
]);
const author: FieldCheck = (value) => {
  const checked = authorObject(value);
  if (checked === decline) return decline;
  return checked.family || checked.literal ? checked : decline;
};

const bibtexEntryFields = [
  required('type', text),
  required('fields', recordOf(textOrNumber)),
  optional('file', trimmedText),
  optional('bare', listOf(plainString)),
];

const publicationFields: readonly Field[] = [
  ...common,
  required('key', text),
  optional('type', oneOf(vocabulary.cslTypes)),
  required('title', text),
  optional('authors', listOf(author), () => []),
  optional('editors', listOf(author)),
  optional('date', partialDate),
  optional('venue', trimmedText),
  optional('publisher', trimmedText),
  optional('volume', textOrNumber),
  optional('issue', textOrNumber),
  optional('pages', textOrNumber),
  optional('edition', textOrNumber),
  optional('isbn', trimmedText),
  optional('issn', trimmedText),
  optional('doi', matching(text, /^10\.\S+\/\S+$/)),
  optional('arxiv', trimmedText),
  optional('pmid', trimmedText),
  optional('openalex', trimmedText),
  optional('semanticScholar', trimmedText),
  optional('dblp', trimmedText),
  optional('orcidPutCode', trimmedText),
  optional('url', text),
  optional('label', trimmedText),
  optional('status', oneOf(vocabulary.publicationStatuses)),
  optional('category', oneOf(vocabulary.publicationCategories)),
  optional('selected', boolean),
  optional(
    'links',
    listOf(
      objectOf([required('type', oneOf(vocabulary.linkTypes)), required('url', text), optional('name', trimmedText)]),
    ),
  ),
  optional('award', trimmedText),
  optional('citations', wholeNumber),
  optional(
    'citedBy',
    listOf(
      objectOf([
        required('count', wholeNumber),
        required('source', text),
        required('date', matching(plainString, /^\d{4}-\d{2}-\d{2}$/)),
      ]),
    ),
  ),
  optional('bibtex', objectOf(bibtexEntryFields)),
  optional('sources', listOf(objectOf([required('key', text), ...bibtexEntryFields]))),
  optional('layout', layout('publications')),
];

const period = [optional('start', partialDate), optional('end', partialDate), optional('current', boolean)];

/** Each kind's fields, in its schema's order (a test holds the two lists equal). */
export const fastItemFields: Readonly<Record<ItemKind, readonly Field[]>> = {
  news: [...common, required('date', partialDate), optional('layout', layout('news'))],
  publication: publicationFields,
  talk: [
    ...common,
    required('date', partialDate),
    required('title', text),
    optional('venue', trimmedText),
    optional('location', trimmedText),
    optional('type', oneOf(vocabulary.talkTypes)),
    optional('url', text),
    optional('slides', text),
    optional('video', text),
    optional('lang', matching(plainString, /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)),
    optional('layout', layout('talks')),
  ],
  service: [
    ...common,
    optional('role', oneOf(vocabulary.serviceRoles)),
    optional('date', partialDate),
    optional('layout', layout('service')),
  ],
  section: [optional('title', trimmedText), optional('hidden', boolean)],
  education: [
    ...common,
    required('degree', text),
    optional('field', trimmedText),
    required('institution', text),
    optional('location', trimmedText),
    ...period,
    optional('advisor', trimmedText),
    optional('thesis', trimmedText),
    optional('url', text),
  ],
  position: [
    ...common,
    required('title', text),
    required('organisation', text),
    optional('location', trimmedText),
    ...period,
    optional('url', text),
  ],
  award: [
    ...common,
    required('name', text),
    optional('by', trimmedText),
    required('date', partialDate),
    optional('url', text),
  ],
  teaching: [
    ...common,
    required('course', text),
    optional('role', trimmedText),
    optional('institution', trimmedText),
    optional('term', trimmedText),
    optional('date', partialDate),
    optional('url', text),
  ],
  student: [
    ...common,
    required('name', text),
    optional('level', trimmedText),
    ...period,
    optional('now', trimmedText),
    optional('url', text),
  ],
  grant: [
    ...common,
    required('title', text),
    optional('funder', trimmedText),
    optional('role', trimmedText),
    optional('amount', trimmedText),
    ...period,
    optional('url', text),
  ],
};

const checks = Object.fromEntries(
  Object.entries(fastItemFields).map(([kind, fields]) => [kind, objectOf(fields)]),
) as Record<ItemKind, ReturnType<typeof objectOf>>;

/**
 * The fields of an item of `kind` as valibot's schema outputs them, when the front matter is valid and has no
 * unknown field; undefined when it is not sure (then valibot and the unknown-field walk decide).
 */
export function fastItemFieldsOf(kind: ItemKind, data: unknown): Record<string, unknown> | undefined {
  const checked = checks[kind](data);
  return checked === decline ? undefined : checked;
}
