/** `export --format rendercv` and `--format cv` through the built CLI: the files they write and the usage errors. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();

describe.concurrent('the CV exports', () => {
  test('--format rendercv --out cv.yaml writes the RenderCV file', async ({ expect }) => {
    const root = await fresh();
    await copyBundledProfile(root);
    const result = await runCli(['export', '--format', 'rendercv', '--out', 'cv.yaml'], { cwd: root });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('wrote cv.yaml\n');
    const text = await readFile(path.join(root, 'cv.yaml'), 'utf8');
    expect(text.split('\n').slice(1, 4)).toEqual([
      'cv:',
      '  name: Zexi Li',
      '  headline: Research Scientist, Tongyi Lab, Alibaba Group',
    ]);
  });

  test('--format cv writes a PDF, the same bytes twice; --out cv.typ the source; --check of a PDF is a usage error', async ({
    expect,
  }) => {
    const root = await fresh();
    await copyBundledProfile(root);
    const first = await runCli(['export', '--format', 'cv', '--out', 'cv.pdf'], { cwd: root });
    expect(first.status, first.stderr).toBe(0);
    const second = await runCli(['export', '--format', 'cv', '--out', 'again.pdf'], { cwd: root });
    expect(second.status, second.stderr).toBe(0);
    const pdf = await readFile(path.join(root, 'cv.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.equals(await readFile(path.join(root, 'again.pdf')))).toBe(true);
    const source = await runCli(['export', '--format', 'cv', '--out', 'cv.typ'], { cwd: root });
    expect(source.status).toBe(0);
    const stdout = await runCli(['export', '--format', 'cv'], { cwd: root });
    expect(await readFile(path.join(root, 'cv.typ'), 'utf8')).toBe(stdout.stdout);
    expect(stdout.stdout.startsWith('#set document(title: "Zexi Li – CV", author: "Zexi Li", date: none)\n')).toBe(
      true,
    );
    const check = await runCli(['export', '--format', 'cv', '--out', 'cv.pdf', '--check'], { cwd: root });
    expect(check.status).toBe(2);
    expect(check.stderr).toContain('--check compares text files; a PDF is not one');
  });
});
