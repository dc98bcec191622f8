/**
 * Reading a profile never runs code from it: front matter in another language than YAML, and YAML code tags,
 * are refused by `validate` and `export` with the file and line named, and the payload's marker file never appears.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from './runCli.js';
import { copyBundledProfile, useTempFolders, writeFiles } from './tempFolders.js';

const { fresh } = useTempFolders();

/** A copy of the bundled profile with one more news file; returns the working folder and the marker path. */
async function profileWithNews(
  name: string,
  text: (marker: string) => string,
): Promise<{ root: string; marker: string }> {
  const root = await fresh();
  const marker = path.join(root, 'MARKER-code-ran');
  const dir = await copyBundledProfile(root);
  await writeFiles(dir, { [`news/${name}`]: text(marker) });
  return { root, marker };
}

const noStackTrace = /^ {4}at /m;

describe.concurrent('code in front matter is never run', () => {
  test.for(['js', 'javascript', 'coffee'])(
    '---%s front matter: validate and export exit 1 at line 1',
    async (language, { expect }) => {
      const file = `2024-12-${language}-front-matter.md`;
      const { root, marker } = await profileWithNews(
        file,
        (markerPath) =>
          `---${language}\n{ x: (require('fs').writeFileSync(${JSON.stringify(markerPath)}, 'ran'), 1) }\n---\n\nText.\n`,
      );
      const [validate, exported, exportedJson] = await Promise.all([
        runCli(['validate', '--dir', 'profile'], { cwd: root }),
        runCli(['export', '--format', 'md', '--dir', 'profile'], { cwd: root }),
        runCli(['export', '--format', 'json', '--dir', 'profile'], { cwd: root }),
      ]);
      for (const result of [validate, exported, exportedJson]) {
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(new RegExp(`^profile/news/${file}:1: error: .*only YAML`, 'm'));
        expect(result.stderr).not.toMatch(noStackTrace);
      }
      expect(existsSync(marker)).toBe(false);
    },
  );

  test('a !!js/function tag is refused', async ({ expect }) => {
    const file = '2024-12-js-function-tag.md';
    const { root, marker } = await profileWithNews(
      file,
      (markerPath) =>
        `---\ndate: "2024-12"\norder: !!js/function "function () { require('fs').writeFileSync('${markerPath}', 'ran'); return 1 }"\n---\n\nText.\n`,
    );
    const [validate, exported] = await Promise.all([
      runCli(['validate', '--dir', 'profile'], { cwd: root }),
      runCli(['export', '--dir', 'profile'], { cwd: root }),
    ]);
    for (const result of [validate, exported]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^profile/news/${file}:\\d+: error: .*js/function`, 'm'));
      expect(result.stderr).not.toMatch(noStackTrace);
    }
    expect(existsSync(marker)).toBe(false);
  });

  test('unterminated front matter is an error naming the file', async ({ expect }) => {
    const file = '2024-12-unterminated.md';
    const { root } = await profileWithNews(file, () => '---\ndate: "2024-12"\n\nText, and no closing line.\n');
    const [validate, exported] = await Promise.all([
      runCli(['validate', '--dir', 'profile'], { cwd: root }),
      runCli(['export', '--dir', 'profile'], { cwd: root }),
    ]);
    for (const result of [validate, exported]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^profile/news/${file}:1: error: the front matter is not closed`, 'm'));
      expect(result.stderr).not.toMatch(noStackTrace);
    }
  });
});
