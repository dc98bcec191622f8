// Bundles the CLI into dist/: one file for the fast start, lazily loaded chunks for heavy modules.

import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  keepNames: false,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __PROFILE_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS modules call require() for Node's built-ins and read __filename.
  banner: {
    js: [
      "import { createRequire as __profileCreateRequire } from 'node:module';",
      "import { fileURLToPath as __profileFileURLToPath } from 'node:url';",
      'const require = __profileCreateRequire(import.meta.url);',
      'const __filename = __profileFileURLToPath(import.meta.url);',
      "const __dirname = __profileFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  logLevel: 'warning',
});
