/**
 * Starts the bundled CLI with V8's code cache: the bundle is compiled from the cache made at build time instead
 * of from source, which is most of what a cold start costs. Without the cache (or when this Node rejects it, after
 * an upgrade) it compiles from source as usual; it never writes anything at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface BundleExports {
  /** `beforeExit` runs once the command is done, before the process ends. */
  main(beforeExit?: () => void): Promise<void>;
}

export interface StartOptions {
  /** Build time only: compile from source, run, then save the code of every function that ran. */
  writeCodeCache?: boolean;
}

export async function start(options: StartOptions = {}): Promise<void> {
  const bundle = path.join(__dirname, 'profile.cjs');
  const cacheFile = `${bundle}.cache`;
  const source = readFileSync(bundle, 'utf8');
  const cachedData = options.writeCodeCache ? undefined : readIfPresent(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const wrapper = script.runInThisContext() as (
    exports: object,
    require: NodeJS.Require,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} as BundleExports };
  wrapper.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  // Made after the run, the cache holds the functions that ran, not only the top level.
  const saveCodeCache = () => writeFileSync(cacheFile, script.createCachedData());
  await module.exports.main(options.writeCodeCache ? saveCodeCache : undefined);
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
