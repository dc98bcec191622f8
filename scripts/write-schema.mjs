// Writes schema/*.schema.json from src/model/schema.ts (bundled on the fly; the schema has one source).

import { mkdir, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = 'node_modules/.cache/profile-schema.mjs';
await build({
  entryPoints: ['src/model/jsonSchema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const { publishedSchemas, jsonSchemaFor } = await import(pathToFileURL(out).href);
await mkdir('schema', { recursive: true });
for (const name of Object.keys(publishedSchemas)) {
  await writeFile(`schema/${name}.schema.json`, jsonSchemaFor(name));
}
await rm(out);
console.log(`wrote ${Object.keys(publishedSchemas).length} schemas to schema/`);
