/** The schema of each item kind, the fields it knows, and one check that reports issues by field path. */
import * as v from 'valibot';
import {
  awardSchema,
  educationSchema,
  grantSchema,
  positionSchema,
  studentSchema,
  teachingSchema,
} from './cvSchemas.js';
import { newsSchema, publicationSchema, serviceSchema, talkSchema, textSectionSchema } from './itemFieldSchemas.js';
import type { ItemKind } from './items.js';

export const itemSchemas = {
  news: newsSchema,
  publication: publicationSchema,
  talk: talkSchema,
  service: serviceSchema,
  section: textSectionSchema,
  education: educationSchema,
  position: positionSchema,
  award: awardSchema,
  teaching: teachingSchema,
  student: studentSchema,
  grant: grantSchema,
} as const;

/** The front-matter fields an item of `kind` may have, in the order docs/format.md lists them. */
export function knownFields(kind: ItemKind): string[] {
  return Object.keys(itemSchemas[kind].entries);
}

export interface FieldIssue {
  /** `date`, `authors.0.family`; empty for the whole front matter. */
  field: string;
  path: (string | number)[];
  message: string;
}

export type ItemFieldsCheck = { ok: true; fields: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

/** Validates front matter as `kind`; messages read like `validate`'s: `"date" is required`. */
export function checkItemFields(kind: ItemKind, data: unknown): ItemFieldsCheck {
  const result = v.safeParse(itemSchemas[kind], data);
  if (result.success) return { ok: true, fields: result.output as Record<string, unknown> };
  const issues = result.issues.map((issue): FieldIssue => {
    const path = (issue.path ?? []).map((step) => step.key as string | number);
    const field = path.join('.');
    const missing = issue.input === undefined && issue.kind === 'schema';
    const message = missing ? `"${field}" is required` : field ? `"${field}" ${issue.message}` : issue.message;
    return { field, path, message };
  });
  return { ok: false, issues };
}
