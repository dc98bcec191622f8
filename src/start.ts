/**
 * Starts the bundled CLI with V8's code cache: the bundle is compiled from the cache made at build time instead
 * of from source, which is most of what a cold start costs. What a start does not need is in two more files,
 * `export` (dist/profile-export.cjs) and the other commands (dist/profile-lazy.cjs, scripts/cliBundles.mjs), which
 * require the first for the modules they share, so the first is registered as Node's module of its file. Those files
 * and the heavy libraries in dist/vendor/ that have a cache made at build time (citeproc for `--style`) are loaded the
 * same way. Without a cache (or when this Node rejects it, after an upgrade) code compiles from source as usual;
 * nothing is written at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** How Node's loader wraps a CommonJS file: `(function (exports, require, module, __filename, __dirname) { `. */
const emptyWrapper = Module.wrap('');
const wrapperStart = emptyWrapper.slice(0, emptyWrapper.indexOf('{') + 1);

interface BundleExports {
  /** `beforeExit` runs once the command is done, before the process ends. */
  main(beforeExit?: () => void): Promise<void>;
}

export interface StartOptions {
  /** Build time only: compile from source, run, then save the code of every function that ran. */
  writeCodeCache?: boolean;
  /** Build time only: the same for the vendor files the run loads (dist/vendor/NAME.cjs.cache), not the bundle. */
  writeVendorCodeCache?: boolean;
  /** Build time only: the same for dist/profile-lazy.cjs, when the run loads it. */
  writeLazyCodeCache?: boolean;
  /** Build time only: the same for dist/profile-export.cjs, when the run loads it. */
  writeExportCodeCache?: boolean;
}

type ModuleWrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;

export async function start(options: StartOptions = {}): Promise<void> {
  const bundle = path.join(__dirname, 'profile.cjs');
  const lazyBundle = path.join(__dirname, 'profile-lazy.cjs');
  const exportBundle = path.join(__dirname, 'profile-export.cjs');
  const otherBundles = [exportBundle, lazyBundle];
  const vendorFolder = path.join(__dirname, 'vendor');
  const packageFolder = path.dirname(__dirname);
  /** Whether a file's code cache is being made now (so it compiles from source). */
  const writesCacheOf = (file: string) =>
    file === bundle
      ? options.writeCodeCache
      : file === lazyBundle
        ? options.writeLazyCodeCache
        : file === exportBundle
          ? options.writeExportCodeCache
          : options.writeVendorCodeCache;
  const compiled: { file: string; script: vm.Script }[] = [];
  const compile = (file: string, cachedData: Buffer | undefined) => {
    // The bundles are written already wrapped (scripts/build.mjs): wrapping them here would make V8 copy the
    // whole text into a second string. Vendor files are plain CommonJS, as Node's loader also reads them.
    const text = readFileSync(file, 'utf8');
    const source = text.startsWith(wrapperStart) ? text : Module.wrap(text);
    // V8 keeps the file name a code cache was made with, so the name is the package's own (`dist/profile.cjs`): the
    // caches do not carry the folder they were built in, and stack traces never name the builder's machine.
    const filename = path.relative(packageFolder, file).split(path.sep).join('/');
    const script = new vm.Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
    compiled.push({ file, script });
    return script.runInThisContext() as ModuleWrapper;
  };

  /** A require that loads the vendor files with a code cache (or all of them, when making the caches) through it. */
  const requireFrom = (parent: string): NodeJS.Require => {
    const plain = Module.createRequire(parent);
    const cachedRequire = ((id: string) => {
      const file = cachedFile(id, parent, vendorFolder, otherBundles);
      if (file === undefined) return plain(id);
      const known = plain.cache[file];
      if (known) return known.exports;
      const cachedData = writesCacheOf(file) ? undefined : readIfPresent(`${file}.cache`);
      // A bundle always (written wrapped, only this loads it), and its own requires of vendor files come here too.
      if (!writesCacheOf(file) && cachedData === undefined && !otherBundles.includes(file)) return plain(id);
      const module = new Module(file);
      module.filename = file;
      plain.cache[file] = module;
      compile(file, cachedData).call(
        module.exports,
        module.exports,
        requireFrom(file),
        module,
        file,
        path.dirname(file),
      );
      module.loaded = true;
      return module.exports;
    }) as NodeJS.Require;
    return Object.assign(cachedRequire, { cache: plain.cache, resolve: plain.resolve, main: plain.main });
  };

  const wrapper = compile(bundle, writesCacheOf(bundle) ? undefined : readIfPresent(`${bundle}.cache`));
  // Registered as Node's module of that file, so that the other bundles' require('./profile.cjs') gets this one.
  const module = new Module(bundle);
  module.filename = bundle;
  Module.createRequire(bundle).cache[bundle] = module;
  wrapper.call(module.exports, module.exports, requireFrom(bundle), module, bundle, path.dirname(bundle));
  module.loaded = true;
  // Made after the run, a cache holds the functions that ran, not only the top level.
  const saveCodeCache = () => {
    for (const { file, script } of compiled) {
      if (writesCacheOf(file)) writeFileSync(`${file}.cache`, script.createCachedData());
    }
  };
  // Which files a run compiles is known only once it ran: any option asking for a cache makes the run save them.
  const writing =
    options.writeCodeCache ||
    options.writeVendorCodeCache ||
    options.writeLazyCodeCache ||
    options.writeExportCodeCache;
  await (module.exports as BundleExports).main(writing ? saveCodeCache : undefined);
}

/**
 * The file a `require` of `id` from `parent` names when it is loaded here: the export or lazy bundle, or a vendor
 * file (`./vendor/NAME.cjs` from a bundle, `./NAME.cjs` within the folder).
 */
function cachedFile(id: string, parent: string, vendorFolder: string, bundles: readonly string[]): string | undefined {
  if (!id.startsWith('./') || !id.endsWith('.cjs')) return undefined;
  const file = path.join(path.dirname(parent), id);
  return bundles.includes(file) || path.dirname(file) === vendorFolder ? file : undefined;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
