/** The field schemas every front matter is built from (text, flags, order, URLs), shared by the page and CV item kinds. */
import * as v from 'valibot';

export const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
export const optionalText = v.optional(v.pipe(v.string('must be text'), v.trim()));
export const flag = v.optional(v.boolean('must be true or false'));
export const order = v.optional(v.pipe(v.number('must be a whole number'), v.integer('must be a whole number')));
export const url = v.pipe(v.string('must be a URL'), v.trim(), v.nonEmpty('must not be empty'));
/** What every listed item may have: `hidden` and a manual `order`. */
export const common = { hidden: flag, order };
