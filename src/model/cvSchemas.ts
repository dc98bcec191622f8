/** The front matter of the CV item kinds (education, positions, awards, teaching, students, grants). */
import * as v from 'valibot';
import { common, flag, optionalText, partialDate, url as requiredUrl, text } from './fieldSchemas.js';

const url = v.optional(requiredUrl);

/** A period: `start` and `end` at any precision; `current: true` for one still going on (no `end`). */
const period = { start: v.optional(partialDate), end: v.optional(partialDate), current: flag };

export const educationSchema = v.object({
  ...common,
  degree: text,
  field: optionalText,
  institution: text,
  location: optionalText,
  ...period,
  advisor: optionalText,
  thesis: optionalText,
  url,
});

export const positionSchema = v.object({
  ...common,
  title: text,
  organisation: text,
  location: optionalText,
  ...period,
  url,
});

export const awardSchema = v.object({
  ...common,
  name: text,
  by: optionalText,
  date: partialDate,
  url,
});

export const teachingSchema = v.object({
  ...common,
  course: text,
  role: optionalText,
  institution: optionalText,
  /** As the institution writes it: `Spring 2024`, `2023/24 Michaelmas`. */
  term: optionalText,
  /** When it was taught, for the order; the term is what is shown. */
  date: v.optional(partialDate),
  url,
});

export const studentSchema = v.object({
  ...common,
  name: text,
  /** `PhD`, `MSc`, `undergraduate`, `intern`. */
  level: optionalText,
  ...period,
  /** Where they went next: `now at DeepMind`. */
  now: optionalText,
  url,
});

export const grantSchema = v.object({
  ...common,
  title: text,
  funder: optionalText,
  /** `PI`, `co-PI`, `participant`. */
  role: optionalText,
  /** As written: `CNY 300,000`, `€1.2M`. */
  amount: optionalText,
  ...period,
  url,
});
