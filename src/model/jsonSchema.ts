/** The JSON Schemas published in schema/, generated from the one schema definition. */
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import {
  awardSchema,
  educationSchema,
  grantSchema,
  positionSchema,
  studentSchema,
  teachingSchema,
} from './cvSchemas.js';
import {
  newsSchema,
  ownerSchema,
  partialDate,
  publicationSchema,
  serviceSchema,
  talkSchema,
  textSectionSchema,
} from './schema.js';

// A pipe is converted through its first schema, so the override is keyed on the date union itself.
const dateJsonSchema: JsonSchema = {
  description: 'A date at its own precision: YYYY, YYYY-MM or YYYY-MM-DD (2025.07, 2025.7 and Jul 2025 are read too).',
  anyOf: [
    {
      type: 'string',
      pattern: '^(\\d{4}([-./]\\d{1,2}([-./]\\d{1,2})?)?|([0-9]{1,2}\\s+)?[A-Za-z]{3,9}\\.?,?\\s+\\d{4})$',
    },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
};

export const publishedSchemas: Record<string, { title: string; schema: GenericSchema }> = {
  profile: { title: 'profile.md front matter', schema: ownerSchema },
  news: { title: 'news/*.md front matter', schema: newsSchema },
  publication: { title: 'publications/*.md front matter', schema: publicationSchema },
  talk: { title: 'talks/*.md front matter', schema: talkSchema },
  service: { title: 'service/*.md front matter', schema: serviceSchema },
  section: { title: 'sections/*.md front matter', schema: textSectionSchema },
  education: { title: 'education/*.md front matter', schema: educationSchema },
  position: { title: 'positions/*.md front matter', schema: positionSchema },
  award: { title: 'awards/*.md front matter', schema: awardSchema },
  teaching: { title: 'teaching/*.md front matter', schema: teachingSchema },
  student: { title: 'students/*.md front matter', schema: studentSchema },
  grant: { title: 'grants/*.md front matter', schema: grantSchema },
};

export function jsonSchemaFor(name: string): string {
  const entry = publishedSchemas[name];
  if (!entry) throw new Error(`no schema named ${name}`);
  const generated = toJsonSchema(entry.schema, {
    target: 'draft-07',
    errorMode: 'ignore',
    overrideSchema: (context) => (context.valibotSchema === partialDate.pipe[0] ? dateJsonSchema : undefined),
  });
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: entry.title,
    ...withoutSchemaKey(generated),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function withoutSchemaKey(schema: object): object {
  const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
  return rest;
}
