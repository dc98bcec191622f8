/**
 * The published package: `npm pack` holds the built CLI and its documents and nothing of the sources, and a
 * global install of the tarball gives a `profile` command that works from any folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'vitest';
import { repoRoot, runCli, runProcess } from './runCli.js';
import { copyBundledProfile, useTempFolders } from './tempFolders.js';

const { fresh } = useTempFolders();

interface PackResult {
  filename: string;
  files: { path: string }[];
}

test('npm pack, then npm install -g of the tarball, gives a working profile command', { timeout: 120_000 }, async ({
  expect,
}) => {
  const packDir = await fresh();
  // --ignore-scripts: `prepare` would rebuild dist/ while the other e2e files are running it.
  const pack = await runProcess('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    cwd: repoRoot,
  });
  expect(pack.status, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as PackResult[];
  if (!packed) throw new Error(`npm pack reported no package: ${pack.stdout}`);
  const files = packed.files.map((file) => file.path);

  expect(files).toEqual(
    expect.arrayContaining([
      'bin/profile.cjs',
      'dist/profile.cjs',
      'dist/profile-export.cjs',
      'dist/profile-lazy.cjs',
      'dist/csl/style-apa.json',
      'schema/profile.schema.json',
      'README.md',
      'package.json',
    ]),
  );
  for (const excluded of ['src/', 'tests/', 'profile/', 'bench/', 'node_modules/']) {
    expect(
      files.filter((file) => file.startsWith(excluded)),
      excluded,
    ).toEqual([]);
  }
  // The registry's `profile` is another package: this one is published under its own name, the command stays `profile`.
  expect(packed.filename).toMatch(/^academic-profile-cli-\d+\.\d+\.\d+\S*\.tgz$/);
  const tarball = path.join(packDir, packed.filename);
  expect(existsSync(tarball)).toBe(true);

  const prefix = await fresh();
  const install = await runProcess(
    'npm',
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
    { cwd: packDir, timeoutMs: 90_000 },
  );
  expect(install.status, install.stderr).toBe(0);
  const installed = path.join(prefix, 'bin', 'profile');
  expect(existsSync(installed)).toBe(true);

  const elsewhere = await fresh();
  const profileDir = await copyBundledProfile(await fresh());
  const [versionRun, exported, fromRepo] = await Promise.all([
    runProcess(installed, ['--version'], { cwd: elsewhere }),
    runProcess(installed, ['export', '--dir', profileDir], { cwd: elsewhere }),
    runCli(['export', '--dir', profileDir], { cwd: elsewhere }),
  ]);
  expect(versionRun.status, versionRun.stderr).toBe(0);
  expect(versionRun.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  expect(exported.status, exported.stderr).toBe(0);
  expect(exported.stdout.startsWith('---\npermalink: /\n')).toBe(true);
  expect(exported.stdout).toBe(fromRepo.stdout);
});
