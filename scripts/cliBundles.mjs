// Builds the CLI as three CommonJS files that share one copy of every module (bench/README.md, cold-start):
//   dist/profile.cjs         what a start reads: the CLI's skeleton, `list`, and what they load on demand
//   dist/profile-export.cjs  `export` (the page, with or without a CSL style), required by profile.cjs when it runs
//   dist/profile-lazy.cjs    every other command, required by profile.cjs when one runs
// esbuild splits only ES modules, and into some eighty chunks, each a file to open and compile. So the CLI is split as
// ES modules first (into a scratch folder), and the chunks are then bundled again in three groups. Where code of one
// group uses a chunk of another, it requires that file and takes the chunk from it: esbuild's split already decided
// which names a chunk shares, so nothing is bundled twice and no class or cache exists in two copies.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

export const lazyBundleName = 'profile-lazy.cjs';
export const exportBundleName = 'profile-export.cjs';

/**
 * The modules loaded with import() that stay in the start bundle: `list`, colour on a terminal, and the readers a
 * profile file declined by the fast paths needs (every `init`-made profile.md).
 */
const startModules = [
  'src/commands/listCommand.ts',
  'src/frontMatter/frontMatter.ts',
  'src/model/itemSchemas.ts',
  'node_modules/chalk/source/index.js',
];

/**
 * The modules of `export` that make the page (with or without a CSL style): a bundle of their own, so that `list`
 * (the cold start of bench/README.md) reads a third less source and an eighth less cache, while `export` reads about
 * what it read before, in two files. Anything else reached with import() (the other commands, other export formats,
 * sites) is lazy; a lazy command that uses a chunk of this group (venue labels) loads this bundle too.
 */
const exportModules = [
  'src/commands/exportCommand.ts',
  'src/export/renderFormat.ts',
  'src/render/aboutPage.ts',
  'src/export/csl/cslStyle.ts',
];

/**
 * Builds the three files into `outdir` from `entry` (whose exports become the start bundle's). `common` is esbuild's
 * options for both passes (the split, then each group); `esmPlugins` run when splitting, `cjsOptions` (define, banner) when bundling the groups.
 * Returns the files' paths.
 */
export async function buildBundles({ entry, outdir, common, esmPlugins, cjsOptions }) {
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

  // The export group: what the export modules import, statically or (export modules) with import(), not in start.
  const exportGroup = new Set();
  const visitExport = (name) => {
    if (start.has(name) || exportGroup.has(name)) return;
    exportGroup.add(name);
    const output = chunks.get(name);
    for (const imported of localImports(output, 'import-statement')) visitExport(imported);
    for (const imported of localImports(output, 'dynamic-import')) {
      if (exportModules.includes(chunks.get(imported).entryPoint)) visitExport(imported);
    }
  };
  for (const [name, output] of chunks) if (exportModules.includes(output.entryPoint)) visitExport(name);
  const lazy = new Set([...chunks.keys()].filter((name) => !start.has(name) && !exportGroup.has(name)));

  const groups = [
    { name: 'start', chunks: start, file: path.join(outdir, 'profile.cjs'), take: (key) => `.chunks[${key}]()` },
    {
      name: 'export',
      chunks: exportGroup,
      file: path.join(outdir, exportBundleName),
      take: (key) => `[${key}]()`,
    },
    { name: 'lazy', chunks: lazy, file: path.join(outdir, lazyBundleName), take: (key) => `[${key}]()` },
  ];
  const groupOf = (chunk) => groups.find((group) => group.chunks.has(chunk));
  /** The chunks of a group that code of another group imports: what the group's file hands out. */
  const usedFromOutside = (group) => {
    const used = new Set();
    for (const [name, output] of chunks) {
      if (group.chunks.has(name)) continue;
      for (const imported of [...localImports(output, 'import-statement'), ...localImports(output, 'dynamic-import')])
        if (group.chunks.has(imported)) used.add(imported);
    }
    return [...used].sort();
  };

  const chunkKey = (name) => JSON.stringify(name);
  const sharedChunks = usedFromOutside(groups[0]);
  const staticShared = sharedChunks.filter((name) => staticFromEntry.has(name));
  const startEntry = [
    `export * from './${entryChunk}';`,
    ...staticShared.map((name, index) => `import * as shared${index} from './${name}';`),
    'export const chunks = {',
    ...sharedChunks.map((name) =>
      staticFromEntry.has(name)
        ? `  ${chunkKey(name)}: () => shared${staticShared.indexOf(name)},`
        : `  ${chunkKey(name)}: () => require('./${name}'),`,
    ),
    '};',
  ].join('\n');
  const entryOf = (group) =>
    group === groups[0]
      ? startEntry
      : [
          'module.exports = {',
          ...usedFromOutside(group).map((name) => `  ${chunkKey(name)}: () => require('./${name}'),`),
          '};',
        ].join('\n');

  /** The chunks of the other groups, each taken from its group's file when first used. */
  const otherGroups = (own) => ({
    name: `chunks-outside-${own.name}`,
    setup(builder) {
      builder.onResolve({ filter: /^\.\/[^/]+\.js$/ }, (args) => {
        const owner = groupOf(args.path.slice(2));
        return owner === undefined || owner === own
          ? undefined
          : { path: args.path.slice(2), namespace: 'chunk-outside' };
      });
      builder.onResolve({ filter: /.*/, namespace: 'chunk-outside' }, (args) => ({ path: args.path, external: true }));
      builder.onLoad({ filter: /.*/, namespace: 'chunk-outside' }, (args) => {
        const owner = groupOf(args.path);
        const file = JSON.stringify(`./${path.basename(owner.file)}`);
        return { contents: `module.exports = require(${file})${owner.take(chunkKey(args.path))};`, loader: 'js' };
      });
    },
  });

  for (const group of groups) {
    await build({
      ...common,
      ...cjsOptions,
      legalComments: 'none',
      stdin: { contents: entryOf(group), resolveDir: splitDir, sourcefile: `${group.name}-entry.js` },
      outfile: group.file,
      plugins: [otherGroups(group), vendorFolder],
    });
    await writeLegalComments(splitDir, group.chunks, `${group.file}.LEGAL.txt`);
  }
  await rm(splitDir, { recursive: true, force: true });
  return { files: groups.map((group) => group.file), chunkCounts: groups.map((group) => group.chunks.size) };
}

/** The vendor files the split chunks name (`./vendor/NAME.cjs`) stay files of their own, beside the bundles. */
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
