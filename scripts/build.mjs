// Bundles the CLI into dist/ as CommonJS, so that bin/ can start it from V8's code cache (src/start.ts):
//   dist/start.cjs          the loader bin/profile.cjs calls
//   dist/profile.cjs        what a start reads: the CLI's skeleton, `list`, commander, valibot, js-yaml
//   dist/profile.cjs.cache  V8's compiled code of one representative run (`list --json`), made here
//   dist/profile-export.cjs `export` of the page, required by profile.cjs when it runs (cliBundles.mjs); its cache
//                           is made from one `export --format md`
//   dist/profile-lazy.cjs   the other commands, required by profile.cjs when one runs; its cache from one `validate`
//   (the three bundles are written inside Node's module wrapper: only start.cjs loads them)
//   dist/vendor/*.cjs       heavy libraries, loaded only by the commands that need them
//   dist/vendor/*.cjs.cache V8's compiled code of citeproc as `export --style apa` runs it, made here

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildBundles, exportBundleName, lazyBundleName } from './cliBundles.mjs';

const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The bundle with every character outside ASCII written as a `\uXXXX` escape. esbuild escapes them in strings but
 * not in regular expression literals (`/[–—]/`), and one such character makes Node decode, and V8 keep, the whole
 * 750 KB source as two bytes a character: twice the memory a cold start reads into and V8 scans. In a regular
 * expression, with or without the `u` flag, `\u2013` means what `–` does (a surrogate pair escaped as two `\u` is one
 * character under `u`, two units without it, as written). A backslash right before such a character would make the
 * escape mean something else: none is there today, and the build stops rather than guess.
 */
function asciiOnly(text) {
  return text.replace(/(\\?)([\u0080-\uffff])/g, (_match, backslash, char) => {
    if (backslash !== '')
      throw new Error(`dist/profile.cjs: an escaped non-ASCII character (\\${char}); write it as \\u`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// Each in its own file; citation-js plugins register into the one core, so they require its file, not a copy.
const vendors = {
  '@citation-js/core': 'citation-js-core',
  '@citation-js/plugin-bibtex': 'citation-js-plugin-bibtex',
  // --style: citeproc alone (citation-js's core is not needed to drive it), and the plugin's built-in styles and
  // locales as XML, read only where dist/csl/ has no parsed copy.
  citeproc: 'citeproc',
  '@citation-js/plugin-csl/lib/styles.json': 'csl-styles-xml',
  '@citation-js/plugin-csl/lib/locales.json': 'csl-locales-xml',
  '@inquirer/prompts': 'inquirer-prompts',
  // The HTML standard's character-reference table: al-folio's papers.bib only.
  entities: 'entities',
  'markdown-it': 'markdown-it',
  yaml: 'yaml',
};

// Vendor packages only some pages need (an HTML news list, al-folio's papers.bib): the bundle holds a stand-in that
// requires the file on first use, so a plain `export` does not load them. markdown-it's class is called with `new`
// (a constructor that returns an object gives that object); each export of entities is a getter that requires it.
const lazyGetters = (names) => (file) =>
  names
    .map(
      (name) =>
        `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => require(${file})[${JSON.stringify(name)}] });`,
    )
    .join('\n');
const lazyVendors = {
  'markdown-it': (file) => `module.exports = function MarkdownIt(...args) { return new (require(${file}))(...args); };`,
  entities: lazyGetters(Object.keys(await import('entities')).filter((name) => name !== 'default')),
};

/** Imports of a vendor package become a require of its file in dist/vendor/ (on first use, for `lazy` ones). */
function vendorFiles(fromFolder, self, lazy = {}) {
  return {
    name: 'vendor-files',
    setup(builder) {
      builder.onResolve({ filter: /^[@a-z]/ }, (args) => {
        const name = vendors[args.path];
        if (name === undefined || name === self) return undefined;
        if (lazy[args.path] !== undefined) return { path: args.path, namespace: 'lazy-vendor' };
        return { path: `${fromFolder}${name}.cjs`, external: true };
      });
      builder.onResolve({ filter: /^\.\/vendor\//, namespace: 'lazy-vendor' }, (args) => ({
        path: args.path,
        external: true,
      }));
      builder.onLoad({ filter: /.*/, namespace: 'lazy-vendor' }, (args) => ({
        contents: lazy[args.path](JSON.stringify(`${fromFolder}${vendors[args.path]}.cjs`)),
        loader: 'js',
      }));
    },
  };
}

// commander requires child_process when it loads, for executable subcommands, which profile does not use: Node
// then builds its process, network and stream modules, a tenth of a cold start. This stand-in requires it on use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // PROFILE_NO_MINIFY=1: readable function names in a CPU profile (bench/README.md).
  minify: process.env.PROFILE_NO_MINIFY !== '1',
  legalComments: 'linked',
  logLevel: 'warning',
  // import() becomes require(): code compiled by vm.Script (start.ts) cannot import on Node 20.
  supported: { 'dynamic-import': false },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/start.ts'], outfile: 'dist/start.cjs' });
// import.meta.url, for createRequire, is the bundle's own file (start.ts passes __filename to it).
const bundles = await buildBundles({
  entry: 'src/cli.ts',
  outdir: 'dist',
  common: { ...common, define: { __PROFILE_VERSION__: JSON.stringify(version) } },
  // Resolved when splitting: a bundled package's own require of a vendor package (the RIS plugin's of citation-js's
  // core) must name the vendor file too, or it would load a second core from node_modules.
  esmPlugins: [lazyChildProcess, vendorFiles('./vendor/', undefined, lazyVendors)],
  cjsOptions: {
    define: { 'import.meta.url': '__profileModuleUrl' },
    banner: { js: 'var __profileModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  },
});
// Each bundle is written as the function Node's loader would wrap it in (src/start.ts compiles it as it is): V8 then
// compiles the very string the file was read into, where a wrapper added at run time makes a second string that V8
// copies whole into fresh memory (280 KB at every start, about 2 ms of a cold start on a 2-core machine).
for (const file of bundles.files) await writeFile(file, Module.wrap(asciiOnly(await readFile(file, 'utf8'))));

// markdown-it's ESM entry exports its class as `default`, which a require of the vendor file would then wrap once
// more; its CommonJS entry exports the class itself, as the CLI's `import MarkdownIt from` expects.
const commonJsEntry = new Set(['markdown-it']);
for (const [pkg, name] of Object.entries(vendors)) {
  const entry = commonJsEntry.has(pkg)
    ? {
        stdin: {
          contents: `module.exports = require(${JSON.stringify(pkg)});`,
          resolveDir: fileURLToPath(new URL('..', import.meta.url)),
        },
      }
    : { entryPoints: [pkg] };
  await build({
    ...common,
    ...entry,
    outfile: `dist/vendor/${name}.cjs`,
    plugins: [vendorFiles('./', name)],
  });
}

// The built-in CSL styles and locales, parsed by citeproc's own XML reader into dist/csl/ (read by
// store/readPreparedCsl.ts), so that `--style apa` skips preparing and parsing 50 KB of XML on every run.
const cslPrepare = fileURLToPath(new URL('../dist/csl-prepare.cjs', import.meta.url));
await build({
  ...common,
  minify: false,
  stdin: {
    contents: [
      "import CSL from 'citeproc';",
      "import styles from '@citation-js/plugin-csl/lib/styles.json';",
      "import locales from '@citation-js/plugin-csl/lib/locales.json';",
      "import { preparedBuiltInFiles } from './src/export/csl/cslPreparedBuiltIns.ts';",
      'export const files = preparedBuiltInFiles((xml) => CSL.parseXml(xml), (style) => styles[style], (locale) => locales[locale]);',
    ].join('\n'),
    resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    loader: 'ts',
  },
  outfile: cslPrepare,
});
await mkdir(new URL('../dist/csl', import.meta.url), { recursive: true });
for (const [name, text] of createRequire(import.meta.url)(cslPrepare).files) {
  await writeFile(new URL(`../dist/csl/${name}`, import.meta.url), text);
}
await rm(cslPrepare);

/**
 * Makes a code cache: one run of `args` on the bundled profile (its output thrown away) through start.cjs with the
 * StartOptions flag `option`, which saves V8's code of every function that ran. A failed run only warns: profile still
 * works without the cache, it only starts slower.
 */
function makeCodeCache(option, args, cacheFile, what) {
  const run = spawnSync(
    process.execPath,
    // With -e there is no script path in argv, so "profile" stands in for it.
    ['-e', `require('./dist/start.cjs').start({ ${option}: true })`, '--', 'profile', ...args, '--dir', 'profile'],
    { cwd: new URL('..', import.meta.url), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0 || (cacheFile !== undefined && !existsSync(new URL(`../dist/${cacheFile}`, import.meta.url)))) {
    console.error(`warning: no code cache made for ${what}; profile still works, it only starts slower`);
  }
}

// The start bundle's: one `list`, the command a start most often runs.
makeCodeCache('writeCodeCache', ['list', '--json', '--all'], 'profile.cjs.cache', 'the start bundle');
// The vendor caches: citeproc as `export --style apa` runs it (compiling its 700 KB of JavaScript from source was
// a tenth of that command). Other vendor files have no cache and load as usual.
makeCodeCache('writeVendorCodeCache', ['export', '--format', 'md', '--style', 'apa'], undefined, 'citeproc (--style)');
// The export bundle's: one `export --format md`, the page most runs of it make.
makeCodeCache('writeExportCodeCache', ['export', '--format', 'md'], `${exportBundleName}.cache`, 'export');
// The lazy bundle's: one `validate`, which loads it and runs little of it, so that every other command it holds
// starts from compiled top-level code too (compiling its 530 KB from source cost them about a tenth more).
makeCodeCache('writeLazyCodeCache', ['validate'], `${lazyBundleName}.cache`, 'the other commands');
