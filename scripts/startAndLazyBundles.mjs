// Builds the CLI as two CommonJS files that share one copy of every module (bench/README.md, cold-start):
//   dist/profile.cjs       what a start reads: the CLI's skeleton, `list` and `export`, and what they load on demand
//   dist/profile-lazy.cjs  every other command, required by profile.cjs when one runs
// esbuild splits only ES modules, and into some eighty chunks, each a file to open and compile. So the CLI is split as
// ES modules first (into a scratch folder), and the chunks are then bundled again in two groups. Where code of one
// group uses a chunk of the other, it requires that file and takes the chunk from it: esbuild's split already decided
// which names a chunk shares, so nothing is bundled twice and no class or cache exists in two copies.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

export const lazyBundleName = 'profile-lazy.cjs';

/**
 * The modules loaded with import() that stay in the start bundle: `list` and `export` (the page with or without a CSL
 * style), colour on a terminal, and the readers a profile file declined by the fast paths needs (every `init`-made
 * profile.md). Anything else reached with import() (the other commands, other export formats, sites) is lazy.
 */
const startModules = [
  'src/commands/listCommand.ts',
  'src/commands/exportCommand.ts',
  'src/export/renderFormat.ts',
  'src/render/aboutPage.ts',
  'src/export/csl/cslStyle.ts',
  'src/frontMatter/frontMatter.ts',
  'src/model/itemSchemas.ts',
  'node_modules/chalk/source/index.js',
];

/**
 * Builds both files into `outdir` from `entry` (whose exports become the start bundle's). `common` is esbuild's
 * options for both passes; `esmPlugins` run when splitting, `cjsOptions` (define, banner) when bundling the groups.
 * Returns the two files' paths.
 */
export async function buildStartAndLazyBundles({ entry, outdir, common, esmPlugins, cjsOptions }) {
  const splitDir = path.join(outdir, '.split');
  const { metafile } = await build({
    ...common,
    format: 'esm',
    splitting: true,
    minify: false,
    legalComments: 'linked',
    supported: {},
    metafile: true,
    entryPoints: { profile: entry },
    outdir: splitDir,
    plugins: esmPlugins,
  });

  const chunks = new Map(
    Object.entries(metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, output]) => [path.basename(file), output]),
  );
  const entryChunk = [...chunks].find(([, output]) => output.entryPoint === entry)?.[0];
  if (entryChunk === undefined) throw new Error(`no chunk for ${entry}`);
  const localImports = (output, kind) =>
    output.imports.filter((item) => !item.external && item.kind === kind).map((item) => path.basename(item.path));

  // The start group: the entry chunk and all it imports, statically or (for startModules) with import().
  const start = new Set();
  const staticFromEntry = new Set();
  const visit = (name, isStatic) => {
    if (isStatic) staticFromEntry.add(name);
    if (start.has(name)) return;
    start.add(name);
    const output = chunks.get(name);
    for (const imported of localImports(output, 'import-statement')) visit(imported, isStatic);
    for (const imported of localImports(output, 'dynamic-import')) {
      if (startModules.includes(chunks.get(imported).entryPoint)) visit(imported, false);
    }
  };
  visit(entryChunk, true);
  // A static import reached first through a dynamic one is visited once: mark the static closure again.
  const markStatic = (name) => {
    staticFromEntry.add(name);
    for (const imported of localImports(chunks.get(name), 'import-statement'))
      if (!staticFromEntry.has(imported)) markStatic(imported);
  };
  markStatic(entryChunk);

  const lazy = new Set([...chunks.keys()].filter((name) => !start.has(name)));
  // What the start group loads from the lazy one, and what the lazy group takes from the start one.
  const lazyRoots = [...start].flatMap((name) =>
    localImports(chunks.get(name), 'dynamic-import').filter((imported) => lazy.has(imported)),
  );
  const shared = [...lazy].flatMap((name) =>
    [...localImports(chunks.get(name), 'import-statement'), ...localImports(chunks.get(name), 'dynamic-import')].filter(
      (imported) => start.has(imported),
    ),
  );
  const sharedChunks = [...new Set(shared)].sort();

  const chunkKey = (name) => JSON.stringify(name);
  const startEntry = [
    `export * from './${entryChunk}';`,
    ...sharedChunks
      .filter((name) => staticFromEntry.has(name))
      .map((name, index) => `import * as shared${index} from './${name}';`),
    'export const chunks = {',
    ...sharedChunks.map((name) => {
      const index = sharedChunks.filter((other) => staticFromEntry.has(other)).indexOf(name);
      return staticFromEntry.has(name)
        ? `  ${chunkKey(name)}: () => shared${index},`
        : `  ${chunkKey(name)}: () => require('./${name}'),`;
    }),
    '};',
  ].join('\n');
  const lazyEntry = [
    'module.exports = {',
    ...[...new Set(lazyRoots)].sort().map((name) => `  ${chunkKey(name)}: () => require('./${name}'),`),
    '};',
  ].join('\n');

  /** A chunk of the other group: the file that holds it, required when the chunk is first used. */
  const otherGroup = (group, file, take) => ({
    name: `chunks-of-${file}`,
    setup(builder) {
      builder.onResolve({ filter: /^\.\/[^/]+\.js$/ }, (args) =>
        group.has(args.path.slice(2)) ? { path: args.path.slice(2), namespace: `chunk-in-${file}` } : undefined,
      );
      builder.onResolve({ filter: /.*/, namespace: `chunk-in-${file}` }, (args) => ({
        path: args.path,
        external: true,
      }));
      builder.onLoad({ filter: /.*/, namespace: `chunk-in-${file}` }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`./${file}`)})${take(JSON.stringify(args.path))};`,
        loader: 'js',
      }));
    },
  });

  const startFile = path.join(outdir, 'profile.cjs');
  const lazyFile = path.join(outdir, lazyBundleName);
  /** One group as a CommonJS file: its entry's text, and the other group's chunks required from the other file. */
  const bundleGroup = (name, contents, outfile, otherChunks) =>
    build({
      ...common,
      ...cjsOptions,
      legalComments: 'none',
      stdin: { contents, resolveDir: splitDir, sourcefile: `${name}-entry.js` },
      outfile,
      plugins: [otherChunks, vendorFolder],
    });
  await bundleGroup(
    'start',
    startEntry,
    startFile,
    otherGroup(lazy, lazyBundleName, (key) => `[${key}]()`),
  );
  await bundleGroup(
    'lazy',
    lazyEntry,
    lazyFile,
    otherGroup(start, 'profile.cjs', (key) => `.chunks[${key}]()`),
  );
  for (const [group, file] of [
    [start, startFile],
    [lazy, lazyFile],
  ]) {
    await writeLegalComments(splitDir, group, `${file}.LEGAL.txt`);
  }
  await rm(splitDir, { recursive: true, force: true });
  return { startFile, lazyFile, startChunks: start.size, lazyChunks: lazy.size };
}

/** The vendor files the split chunks name (`./vendor/NAME.cjs`) stay files of their own, beside both bundles. */
const vendorFolder = {
  name: 'vendor-folder',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
  },
};

const legalHeader = 'Bundled license information:\n\n';

/** The license comments of a group's chunks (esbuild wrote each chunk's beside it) as one file, as esbuild writes one. */
async function writeLegalComments(splitDir, group, legalFile) {
  const texts = [];
  for (const name of [...group].sort()) {
    const text = await readFile(path.join(splitDir, `${name}.LEGAL.txt`), 'utf8').catch(() => undefined);
    if (text !== undefined) texts.push(text.startsWith(legalHeader) ? text.slice(legalHeader.length) : text);
  }
  if (texts.length > 0) await writeFile(legalFile, `${legalHeader}${texts.join('\n')}`);
}
