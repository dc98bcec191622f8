/**
 * What `profile list --json` makes Node load, beyond a bare start: not its stream, network or child-process
 * modules, which cost a cold start several milliseconds (bench/README.md, cold-start). A count, not a timing, so
 * it holds on any machine; the figures themselves are the benchmark's.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'vitest';
import { bundledProfile, cliBin, repoRoot, runProcess } from './runCli.js';
import { useTempFolders } from './tempFolders.js';

const { fresh } = useTempFolders();

async function modulesLoaded(args: string[], list = 'process.moduleLoadList'): Promise<string[]> {
  const dir = await fresh();
  const probeFile = path.join(dir, 'probe.cjs');
  const loadedFile = path.join(dir, 'loaded.json');
  // writeFileSync, not console or process.stdout, so that the probe itself loads no stream.
  await writeFile(
    probeFile,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loadedFile)}, JSON.stringify(${list})));`,
  );
  const result = await runProcess(process.execPath, ['--require', probeFile, ...args], { cwd: dir });
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(await readFile(loadedFile, 'utf8')) as string[];
}

test('list --json loads none of Node stream, network, terminal or child-process modules', async ({ expect }) => {
  const bare = new Set(await modulesLoaded(['-e', '']));
  const cli = await modulesLoaded([cliBin, 'list', '--json', '--dir', bundledProfile]);
  const added = cli.filter((name) => !bare.has(name));
  expect(added.filter((name) => /\b(?:stream|streams|net|tty|child_process|readline)\b/.test(name))).toEqual([]);
});

test('export --format md of a page without HTML news or a citation style loads no vendor file but yaml', async ({
  expect,
}) => {
  const files = await modulesLoaded(
    [cliBin, 'export', '--format', 'md', '--dir', bundledProfile],
    'Object.keys(require.cache)',
  );
  const vendorFiles = files.filter((file) => /[\\/]vendor[\\/]/.test(file)).map((file) => path.basename(file));
  expect(vendorFiles).toEqual(['yaml.cjs']);
});

/**
 * The files of dist/ a run loaded through Node's module cache, and those Node's own loader compiled (start.cjs
 * compiles the three bundles itself, from their code cache).
 */
async function distFilesLoaded(args: string[]): Promise<{ loaded: string[]; compiledByNode: string[] }> {
  const dir = await fresh();
  const probeFile = path.join(dir, 'probe.cjs');
  const loadedFile = path.join(dir, 'loaded.json');
  await writeFile(path.join(dir, 'one.bib'), '@article{one, title = {One}, author = {Doe, Jane}, year = {2024}}\n');
  await writeFile(
    probeFile,
    [
      "const Module = require('node:module');",
      'const compile = Module.prototype._compile;',
      'const compiledByNode = [];',
      'Module.prototype._compile = function (content, file) { compiledByNode.push(file); return compile.call(this, content, file); };',
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(loadedFile)}, JSON.stringify({ loaded: Object.keys(require.cache), compiledByNode })));`,
    ].join('\n'),
  );
  const result = await runProcess(
    process.execPath,
    ['--require', probeFile, cliBin, ...args, '--dir', bundledProfile],
    {
      cwd: dir,
    },
  );
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  const files = JSON.parse(await readFile(loadedFile, 'utf8')) as Record<'loaded' | 'compiledByNode', string[]>;
  const dist = path.join(repoRoot, 'dist');
  const inDist = (list: string[]) =>
    list.filter((file) => file.startsWith(dist)).map((file) => path.relative(dist, file).split(path.sep).join('/'));
  return { loaded: inDist(files.loaded), compiledByNode: inDist(files.compiledByNode) };
}

test('list --json reads the start bundle only, neither the export one nor the lazy one of the other commands', async ({
  expect,
}) => {
  const { loaded } = await distFilesLoaded(['list', '--json']);
  expect(loaded).toContain('profile.cjs');
  expect(loaded).not.toContain('profile-export.cjs');
  expect(loaded).not.toContain('profile-lazy.cjs');
});

test.for(['export --format md', 'export --format md --style apa'])(
  '%s reads the start and export bundles, not the lazy one of the other commands',
  async (command, { expect }) => {
    const { loaded, compiledByNode } = await distFilesLoaded(command.split(' '));
    expect(loaded).toEqual(expect.arrayContaining(['profile.cjs', 'profile-export.cjs']));
    expect(loaded).not.toContain('profile-lazy.cjs');
    expect(compiledByNode).not.toContain('profile-export.cjs');
  },
);

test.for(['validate', 'import-bib --dry-run one.bib'])(
  '%s loads the lazy bundle, which takes the modules it shares from the start bundle, not a second copy',
  async (command, { expect }) => {
    const { loaded, compiledByNode } = await distFilesLoaded(command.split(' '));
    expect(loaded).toContain('profile-lazy.cjs');
    // Node's loader compiling profile.cjs would be a second copy of every module both bundles use.
    expect(compiledByNode).not.toContain('profile.cjs');
    expect(compiledByNode).not.toContain('profile-lazy.cjs');
  },
);

test.for(['profile.cjs', 'profile-export.cjs', 'profile-lazy.cjs'])(
  'dist/%s is ASCII, so that V8 keeps its source one byte a character',
  async (file, { expect }) => {
    const bundle = await readFile(path.join(repoRoot, 'dist', file), 'utf8');
    const outside = [...bundle.matchAll(/[\u0080-\uffff]/g)].map((match) =>
      bundle.slice(match.index - 20, match.index + 5),
    );
    expect(outside).toEqual([]);
  },
);

test.for(['profile.cjs', 'profile-export.cjs', 'profile-lazy.cjs'])(
  'dist/%s is written inside the module wrapper, and V8 accepts its code cache for that very text',
  async (file, { expect }) => {
    // In a process of its own: V8 rejects a cache made under other flags than the ones the test runner may use.
    const check = [
      "const fs = require('node:fs'), vm = require('node:vm'), Module = require('node:module');",
      `const text = fs.readFileSync(${JSON.stringify(path.join(repoRoot, 'dist', file))}, 'utf8');`,
      `const cachedData = fs.readFileSync(${JSON.stringify(path.join(repoRoot, 'dist', `${file}.cache`))});`,
      `const script = new vm.Script(text, { filename: 'dist/${file}', cachedData });`,
      "const start = Module.wrap('').split('{')[0];",
      'console.log(JSON.stringify({ wrapped: text.startsWith(start), rejected: script.cachedDataRejected }));',
    ].join('\n');
    const run = await runProcess(process.execPath, ['-e', check], { cwd: repoRoot });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ wrapped: true, rejected: false });
  },
);

test.for(['profile.cjs.cache', 'profile-export.cjs.cache', 'profile-lazy.cjs.cache', 'vendor/citeproc.cjs.cache'])(
  "dist/%s does not carry the folder it was built in (V8 keeps a cache's file name for stack traces)",
  async (file, { expect }) => {
    const cache = await readFile(path.join(repoRoot, 'dist', file), 'latin1');
    expect(cache).not.toContain(repoRoot);
    expect(cache).toContain('dist/');
  },
);

test('a --debug stack trace of a copy of the CLI names its files by their place in the package, never the folder it was built in', async ({
  expect,
}) => {
  const copy = await fresh();
  for (const part of ['bin', 'dist', 'package.json']) {
    await cp(path.join(repoRoot, part), path.join(copy, part), { recursive: true });
  }
  const run = await runProcess(
    process.execPath,
    [path.join(copy, 'bin', 'profile.cjs'), '--debug', 'list', '--dir', path.join(copy, 'no-such-folder')],
    { cwd: copy },
  );
  expect(run.stderr).toMatch(/\(dist\/profile\.cjs:\d+:\d+\)/);
  expect(run.stderr).not.toContain(repoRoot);
});
