/** `profile init` as a process: creates a working profile, never overwrites one, and never waits for a person who is not there. */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from './runCli.js';
import { useTempFolders, writeFiles } from './tempFolders.js';

const { fresh } = useTempFolders();

describe.concurrent('init', () => {
  test('creates profile.md and the item folders; the result validates and exports', async ({ expect }) => {
    const root = await fresh();
    const result = await runCli(['init', 'ada', '--name', 'Ada Lovelace', '--email', 'ada@example.org'], { cwd: root });
    expect(result.stderr).not.toMatch(/error/);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('created ada/profile.md\n');
    // The next command names the folder, which is not the default ./profile.
    expect(result.stderr).toBe('next: edit ada/profile.md, then run `profile export --format md --dir ada`\n');

    const dir = path.join(root, 'ada');
    expect((await readdir(dir)).sort()).toEqual(['news', 'profile.md', 'publications', 'sections', 'service', 'talks']);
    for (const folder of ['news', 'publications', 'talks', 'service', 'sections']) {
      expect((await stat(path.join(dir, folder))).isDirectory()).toBe(true);
    }
    const profileText = await readFile(path.join(dir, 'profile.md'), 'utf8');
    expect(profileText.startsWith('---\n')).toBe(true);
    expect(profileText).toMatch(/^name: Ada Lovelace$/m);
    expect(profileText).toContain('ada@example.org');
    // Nothing left behind beside it (the staging folder is renamed into place).
    expect(await readdir(root)).toEqual(['ada']);
    // The folder's mode is its subfolders', from the umask (the test's umask is the child's), not mkdtemp's 700.
    const mode = (file: string) => stat(file).then((stats) => stats.mode & 0o777);
    expect(await mode(dir)).toBe(0o777 & ~process.umask());
    expect(await mode(dir)).toBe(await mode(path.join(dir, 'news')));

    const validate = await runCli(['validate', '--dir', 'ada'], { cwd: root });
    // Valid, with one reminder: the bio init wrote is a placeholder.
    expect(validate.stderr).toBe(
      'ada/profile.md: warning: the bio is still the placeholder that `profile init` wrote\n' +
        '  hint: write your bio as the text below the front matter of profile.md\n',
    );
    expect(validate.status).toBe(0);
    expect(validate.stdout).toBe('ada: valid (0 items, 1 warning)\n');

    const exported = await runCli(['export', '--format', 'md', '--dir', 'ada'], { cwd: root });
    expect(exported.status).toBe(0);
    expect(exported.stdout.startsWith('---\n')).toBe(true);
    expect(exported.stdout.endsWith('\n')).toBe(true);

    const json = await runCli(['export', '--format', 'json', '--dir', 'ada'], { cwd: root });
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { owner: { name: string } }).owner.name).toBe('Ada Lovelace');

    // A second init on the same folder is refused and leaves profile.md as it was.
    const before = await readFile(path.join(dir, 'profile.md'));
    const again = await runCli(['init', 'ada', '--name', 'Somebody Else'], { cwd: root });
    expect(again.status).toBe(1);
    expect((await readFile(path.join(dir, 'profile.md'))).equals(before)).toBe(true);
  });

  test('in ./profile the next command needs no --dir; a folder with a space is quoted', async ({ expect }) => {
    const root = await fresh();
    const inDefault = await runCli(['init', '--name', 'Ada Lovelace'], { cwd: root });
    expect(inDefault.status).toBe(0);
    expect(inDefault.stderr).toBe('next: edit profile/profile.md, then run `profile export --format md`\n');
    const spaced = await runCli(['init', 'my profile', '--name', 'Ada Lovelace'], { cwd: root });
    expect(spaced.stderr).toBe(
      "next: edit my profile/profile.md, then run `profile export --format md --dir 'my profile'`\n",
    );
  });

  test('init over an existing profile: exit 1 and profile.md unchanged', async ({ expect }) => {
    // The existing profile is written by hand, so that this test does not depend on init's own writing.
    const root = await fresh();
    const existing = '---\nname: Ada Lovelace\nemail: ada@example.org\n---\n\nHand-written bio.\n';
    await writeFiles(root, { 'ada/profile.md': existing });
    const file = path.join(root, 'ada', 'profile.md');
    const beforeStat = await stat(file);

    const second = await runCli(['init', 'ada', '--name', 'Somebody Else', '--email', 'else@example.org'], {
      cwd: root,
    });
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/already exists/);
    expect(second.stderr).not.toMatch(/^ {4}at /m);
    expect(await readFile(file, 'utf8')).toBe(existing);
    expect((await stat(file)).mtimeMs).toBe(beforeStat.mtimeMs);
    expect(await readdir(path.join(root, 'ada'))).toEqual(['profile.md']);
  });

  test.for([
    ['stdin is /dev/null', {}],
    ['stdin is an open pipe that never writes', { holdStdinOpen: true }],
  ] as const)(
    'without --name and without a terminal (%s): exit 2 at once, usage on stderr, nothing created',
    async ([, stdin], { expect }) => {
      const root = await fresh();
      const result = await runCli(['init', 'dir2'], { cwd: root, ...stdin });
      expect(result.timedOut).toBe(false);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('--name');
      expect(result.stderr).toMatch(/profile init .*--name/);
      expect(result.stderr).not.toMatch(/^ {4}at /m);
      expect(existsSync(path.join(root, 'dir2'))).toBe(false);
      expect(await readdir(root)).toEqual([]);
    },
  );

  test('an invalid --email: exit 2, nothing created', async ({ expect }) => {
    const root = await fresh();
    const result = await runCli(['init', 'dir3', '--name', 'Ada Lovelace', '--email', 'nope'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"nope" is not an e-mail address');
    expect(result.stderr).not.toMatch(/^ {4}at /m);
    expect(await readdir(root)).toEqual([]);
  });
});
