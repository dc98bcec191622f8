/**
 * What `profile list --json` makes Node load, beyond a bare start: not its stream, network or child-process
 * modules, which cost a cold start several milliseconds (bench/README.md, cold-start). A count, not a timing, so
 * it holds on any machine; the figures themselves are the benchmark's.
 */
import { readFile, writeFile } from 'node:fs/promises';
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

test('the bundle a start reads is ASCII, so that V8 keeps its source one byte a character', async ({ expect }) => {
  const bundle = await readFile(path.join(repoRoot, 'dist', 'profile.cjs'), 'utf8');
  const outside = [...bundle.matchAll(/[\u0080-\uffff]/g)].map((match) =>
    bundle.slice(match.index - 20, match.index + 5),
  );
  expect(outside).toEqual([]);
});
