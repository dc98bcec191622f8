/** `profile export` as a process: the page and the JSON of the bundled profile, and `--out`. */
import { lstat, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from './runCli.js';
import { useTempFolders } from './tempFolders.js';

const { freshBundledCopy } = useTempFolders();

/** True when `needle` occurs after an opening `<!--` that is not yet closed. */
function isInsideComment(text: string, needle: string): boolean {
  const at = text.indexOf(needle);
  if (at < 0) return false;
  const before = text.slice(0, at);
  return before.lastIndexOf('<!--') > before.lastIndexOf('-->');
}

describe.concurrent('export --format md', () => {
  test('writes the page of the bundled profile: front matter, owner in bold, equal/corresponding marks, hidden items in comments', async ({
    expect,
  }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const page = result.stdout;
    expect(page.startsWith('---\npermalink: /\ntitle: About\n')).toBe(true);
    expect(page).toContain('**Zexi Li\\***');
    expect(page).toContain('Ningyu Zhang\\#');
    expect(page).toContain('## Selected Publications\n');
    // A visible news item is plain; a hidden one (hidden: true in news/2022-09-…) is inside a comment.
    expect(page).toContain('* **\\[2025.07\\]** I joined Tongyi Lab, Alibaba Group, as a research scientist.\n');
    expect(isInsideComment(page, 'I joined Tongyi Lab')).toBe(false);
    expect(isInsideComment(page, 'Our new perspective paper "Can we share models')).toBe(true);
    // The hidden publication li2024text is commented out, the visible wang2024wise is not.
    expect(isInsideComment(page, 'Text-to-Model: Text-Conditioned Neural Network Diffusion')).toBe(true);
    expect(isInsideComment(page, 'WISE: Rethinking the Knowledge Memory')).toBe(false);
  });

  test('is deterministic, LF only, and ends with exactly one newline', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const [first, second] = await Promise.all([
      runCli(['export', '--format', 'md', '--dir', dir], { cwd: root }),
      runCli(['export', '--format', 'md', '--dir', dir], { cwd: root }),
    ]);
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(Buffer.from(second.stdout).equals(Buffer.from(first.stdout))).toBe(true);
    expect(first.stdout).not.toContain('\r');
    expect(first.stdout.endsWith('\n')).toBe(true);
    expect(first.stdout.endsWith('\n\n')).toBe(false);
  });

  test('md is the default format', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const [explicit, implicit] = await Promise.all([
      runCli(['export', '--format', 'md', '--dir', dir], { cwd: root }),
      runCli(['export', '--dir', dir], { cwd: root }),
    ]);
    expect(implicit.status).toBe(0);
    expect(implicit.stdout).toBe(explicit.stdout);
  });
});

describe.concurrent('export --format json', () => {
  test('prints the whole profile as profile-json/1 with every item', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCli(['export', '--format', 'json', '--dir', dir], { cwd: root });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json.format).toBe('profile-json/1');
    expect((json.owner as { name?: unknown }).name).toBe('Zexi Li');
    expect(json.news).toHaveLength(24);
    expect(json.publications).toHaveLength(9);
    expect(json.talks).toHaveLength(3);
    expect(json.service).toHaveLength(3);
  });

  test('--out FILE writes the same bytes as stdout and prints nothing on stdout', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const [toStdout, toFile] = await Promise.all([
      runCli(['export', '--format', 'json', '--dir', dir], { cwd: root }),
      runCli(['export', '--format', 'json', '--dir', dir, '--out', 'profile.json'], { cwd: root }),
    ]);
    expect(toFile.stderr).not.toMatch(/error/i);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    const written = await readFile(path.join(root, 'profile.json'));
    expect(written.equals(Buffer.from(toStdout.stdout))).toBe(true);
  });

  test('--out refuses a symbolic link and leaves its target untouched', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const target = path.join(root, 'target.txt');
    const link = path.join(root, 'link.json');
    await writeFile(target, 'keep me\n');
    await symlink(target, link);

    const result = await runCli(['export', '--format', 'json', '--dir', dir, '--out', link], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('link.json');
    expect(result.stderr).toMatch(/symbolic link/);
    expect(result.stderr).not.toMatch(/^ {4}at /m);
    expect(await readFile(target, 'utf8')).toBe('keep me\n');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
  });
});
