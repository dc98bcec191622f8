/** Which folder the CLI reads: `--dir`, else `PROFILE_DIR`, else `./profile` of the working folder. */
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from './runCli.js';
import { copyBundledProfile, useTempFolders, writeFiles } from './tempFolders.js';

const { fresh } = useTempFolders();

/** Three one-file profiles whose owners are named after the way they are chosen. */
async function threeProfiles(): Promise<string> {
  const root = await fresh();
  await writeFiles(root, {
    'profile/profile.md': '---\nname: Cwd Default\n---\n',
    'from-env/profile.md': '---\nname: Env Variable\n---\n',
    'from-option/profile.md': '---\nname: Dir Option\n---\n',
  });
  return root;
}

async function ownerName(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<string> {
  const result = await runCli(['export', '--format', 'json', ...args], { cwd, env });
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { owner: { name: string } }).owner.name;
}

describe.concurrent('the profile folder', () => {
  test('default: ./profile relative to the working folder', async ({ expect }) => {
    const root = await threeProfiles();
    expect(await ownerName([], root)).toBe('Cwd Default');
  });

  test('PROFILE_DIR (relative to the working folder) wins over ./profile', async ({ expect }) => {
    const root = await threeProfiles();
    expect(await ownerName([], root, { PROFILE_DIR: 'from-env' })).toBe('Env Variable');
    expect(await ownerName([], root, { PROFILE_DIR: path.join(root, 'from-env') })).toBe('Env Variable');
  });

  test('--dir wins over PROFILE_DIR and ./profile', async ({ expect }) => {
    const root = await threeProfiles();
    expect(await ownerName(['--dir', 'from-option'], root, { PROFILE_DIR: 'from-env' })).toBe('Dir Option');
    expect(await ownerName(['--dir', path.join(root, 'from-option')], root)).toBe('Dir Option');
  });

  test('--dir with the bundled profile gives the same page from any working folder', async ({ expect }) => {
    const root = await fresh();
    const dir = await copyBundledProfile(root, 'somewhere');
    const elsewhere = await fresh();
    const [fromRoot, fromElsewhere, viaEnv] = await Promise.all([
      runCli(['export', '--dir', 'somewhere'], { cwd: root }),
      runCli(['export', '--dir', dir], { cwd: elsewhere }),
      runCli(['export'], { cwd: elsewhere, env: { PROFILE_DIR: dir } }),
    ]);
    expect(fromRoot.status).toBe(0);
    expect(fromElsewhere.stdout).toBe(fromRoot.stdout);
    expect(viaEnv.stdout).toBe(fromRoot.stdout);
  });

  test.for([
    ['no ./profile', [], {}],
    ['PROFILE_DIR names a missing folder', [], { PROFILE_DIR: 'nowhere' }],
    ['--dir names a missing folder', ['--dir', 'nowhere'], {}],
  ] as [string, string[], Record<string, string>][])(
    'a missing folder (%s): exit 1 and a message naming profile.md',
    async ([, dirArgs, env], { expect }) => {
      const root = await fresh();
      // The commands that write name the missing file as those that read do.
      for (const command of [['export'], ['list'], ['validate'], ['add-news', 'Hello'], ['hide', 'news/x']]) {
        const result = await runCli([...command, ...dirArgs], { cwd: root, env });
        expect(result.status, `${command[0]}`).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/profile\.md: error: .*profile\.md is missing/);
        expect(result.stderr).not.toMatch(/^ {4}at /m);
      }
    },
  );

  test('--dir and --debug may come before the command, as git -C does', async ({ expect }) => {
    const root = await threeProfiles();
    expect(await ownerNameOf(['--dir', 'from-option', '--debug', 'export', '--format', 'json'], root)).toBe(
      'Dir Option',
    );
    expect(await ownerNameOf(['--dir=from-option', 'export', '--format', 'json'], root)).toBe('Dir Option');
  });

  test('inside the profile folder, or below a folder holding profile/, the profile is found upward', async ({
    expect,
  }) => {
    const root = await threeProfiles();
    await writeFiles(root, { 'profile/news/.keep': '', 'site/_pages/.keep': '' });
    const inside = await runCli(['export', '--format', 'json'], { cwd: path.join(root, 'profile') });
    expect(JSON.parse(inside.stdout).owner.name).toBe('Cwd Default');
    // The folder itself is the obvious one: nothing said.
    expect(inside.stderr).toBe('');
    const below = await runCli(['export', '--format', 'json'], { cwd: path.join(root, 'profile', 'news') });
    expect(JSON.parse(below.stdout).owner.name).toBe('Cwd Default');
    expect(below.stderr).toBe('profile: using the profile in ..\n');
    const inSite = await runCli(['export', '--format', 'json'], { cwd: path.join(root, 'site', '_pages') });
    expect(JSON.parse(inSite.stdout).owner.name).toBe('Cwd Default');
    expect(inSite.stderr).toBe(`profile: using the profile in ${path.join('..', '..', 'profile')}\n`);
  });
});

async function ownerNameOf(args: string[], cwd: string): Promise<string> {
  const result = await runCli(args, { cwd });
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { owner: { name: string } }).owner.name;
}
