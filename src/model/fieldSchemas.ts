/** The field schemas every front matter is built from (text, flags, order, URLs), shared by the page and CV item kinds. */
import * as v from 'valibot';
import { type LayoutKind, parsePageLayout } from './pageLayouts.js';
import { type PartialDate, parsePartialDate } from './partialDate.js';

export const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
export const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim()));
export const flag = v.optional(v.boolean('must be true or false'));
export const order = v.optional(v.pipe(v.number('must be a whole number'), v.integer('must be a whole number')));
export const url = v.pipe(v.string('must be a URL'), v.trim(), v.nonEmpty('must not be empty'));
/** What every listed item may have: `hidden` and a manual `order`. */
export const common = { hidden: flag, order };

/** Accepts every written form and yields the date at its own precision. */
export const partialDate = v.pipe(
  v.union([v.string(), v.number()], 'must be a date such as 2025, 2025-07 or 2025-07-30'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parsePartialDate(String(dataset.value));
    if (!parsed.ok) {
      addIssue({ message: parsed.reason });
      return NEVER;
    }
    return parsed.date as PartialDate;
  }),
);

export const wholeNumber = v.pipe(
  v.number('must be a whole number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be 0 or more'),
);

/** A line layout of the page (docs/format.md, "Line layouts"), checked when the profile is read. */
export function layoutText(kind: LayoutKind) {
  return v.pipe(
    v.string('must be text'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const parsed = parsePageLayout(kind, dataset.value);
      if (!parsed.ok) addIssue({ message: `is not a ${kind} layout: ${parsed.reason}` });
    }),
  );
}

/** One of `values`; the message lists them. */
export function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, `must be one of ${values.join(', ')}`);
}
