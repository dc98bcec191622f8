/** The JSON Schemas published in schema/, generated from the one schema definition. */
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { partialDate } from './fieldSchemas.js';
import { itemSchemas } from './itemSchemas.js';
import { type ItemKind, itemFolders } from './items.js';
import { ownerSchema } from './schema.js';

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
  // One entry per item kind, titled after the folder that holds it.
  ...Object.fromEntries(
    Object.entries(itemSchemas).map(([kind, schema]) => [
      kind,
      { title: `${itemFolders[kind as ItemKind].folder}/*.md front matter`, schema },
    ]),
  ),
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
