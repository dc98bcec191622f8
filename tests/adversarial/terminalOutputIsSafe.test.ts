/**
 * What `validate` and `list` print is safe and bounded, whatever the files hold: control characters (newlines, ESC
 * sequences, C1, bidirectional overrides) in file names and item text are shown as escapes, never sent to the
 * terminal; a summary is cut to a few hundred characters however long the body; and a body of 200 KB of `[` (which
 * once took `list` 25 s) is listed at once.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeTerminalText } from '../../src/ui/terminalText.js';
import { stackTraceLine, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';

const cli = useBuiltCli();
const scene = useScenes();

/** Every C0 control but the line feed that ends each line, DEL, C1, and the bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function linesWithoutNewline(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('control characters from files are escaped', () => {
  test('escapeTerminalText writes each control character as an escape, and leaves other text alone', () => {
    expect(escapeTerminalText('a\nb\tc\rd\u001b[31me\u0000f\u007fg\u009bh\u202ei — ü 中')).toBe(
      'a\\nb\\tc\\rd\\x1b[31me\\x00f\\x7fg\\x9bh\\u202ei — ü 中',
    );
  });

  test('validate: a file name with a newline and an ESC sequence is one escaped line', async () => {
    const { root } = scene({ 'profile/news/evil\n\u001b[2Jname.txt': 'not an item\n' });
    const run = await cli(['validate', '--dir', 'profile'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(rawControl);
    expect(linesWithoutNewline(run.stderr)).toEqual([
      'profile/news/evil\\n\\x1b[2Jname.txt: warning: not a .md file; ignored',
    ]);
  });

  test('list: item text with ESC sequences, C1 and a bidirectional override shows them escaped', async () => {
    const { root } = scene({
      'profile/news/2025-03-colours.md':
        '---\ndate: "2025-03"\n---\nRed \u001b[31mtext\u001b[0m, C1 \u009b2J, \u202eright to left.\n',
      'profile/talks/2025-04-title.md': '---\ndate: "2025-04"\ntitle: "Title\\u001b]0;pwned\\u0007 end"\n---\n',
    });
    const run = await cli(['list', '--dir', 'profile'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(rawControl);
    expect(linesWithoutNewline(run.stdout)).toEqual([
      'ID                    DATE     FLAGS  TITLE',
      'news/2025-03-colours  2025-03  -      Red \\x1b[31mtext\\x1b[0m, C1 \\x9b2J, \\u202eright to left.',
      'news/2025-01-kept     2025-01  -      A news item that must survive every case.',
      'pub/kept              2024     -      A Publication That Must Survive',
      'talk/2025-04-title    2025-04  -      Title\\x1b]0;pwned\\x07 end',
    ]);
  });
});

describe('summaries are bounded', () => {
  test('list: a 5 MB body is one cell of at most 300 characters, and the output stays small', async () => {
    const { root } = scene({
      'profile/news/2025-05-huge.md': `---\ndate: "2025-05"\n---\n${'word '.repeat(1_000_000)}\n`,
    });
    const run = await cli(['list', '--dir', 'profile'], { cwd: root });
    expect(run.status).toBe(0);
    const row = linesWithoutNewline(run.stdout).find((line) => line.startsWith('news/2025-05-huge'));
    expect(row).toBe(`news/2025-05-huge  2025-05  -      ${'word '.repeat(59)}word…`);
    expect(run.stdout.length).toBeLessThan(1_000);
  });

  test('list: 200 KB of "[" in a news body is listed (the summary reads a bounded start in one pass)', async () => {
    const { root, dir } = scene();
    writeFileSync(path.join(dir, 'news/2025-06-brackets.md'), `---\ndate: "2025-06"\n---\n${'['.repeat(200_000)}\n`);
    // Work, not time, is what the suite measures (linearTextWork.test.ts); this bound only stops a hang.
    const run = await cli(['list', '--dir', 'profile'], { cwd: root, timeoutMs: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(stackTraceLine);
    const row = linesWithoutNewline(run.stdout).find((line) => line.startsWith('news/2025-06-brackets'));
    expect(row).toBe(`news/2025-06-brackets  2025-06  -      ${'['.repeat(299)}…`);
  });
});

describe('control characters in dry runs and site reports are escaped', () => {
  test('dry runs and site reports: item text and diffs with ESC sequences show them escaped', async () => {
    const { root } = scene({
      'profile/news/2025-03-colours.md': '---\ndate: "2025-03"\n---\nRed \u001b[31mtext\u001b[0m here.\n',
    });
    const added = await cli(
      ['add-news', 'New \u001b]0;pwned\u0007 text', '--date', '2025.05', '--dir', 'profile', '--dry-run'],
      {
        cwd: root,
      },
    );
    expect(added.status).toBe(0);
    expect(added.stdout).not.toMatch(rawControl);
    expect(added.stdout).toContain('New \\x1b]0;pwned\\x07 text');
    const hidden = await cli(['hide', 'news/2025-03-colours', '--dir', 'profile', '--dry-run'], { cwd: root });
    expect(hidden.status).toBe(0);
    expect(hidden.stdout).not.toMatch(rawControl);
    expect(hidden.stdout).toContain('would change');
    const site = await cli(['export', '--site', 'al-folio', '--dir', 'profile', '--out', 'site', '--check'], {
      cwd: root,
    });
    expect(site.status).toBe(1);
    expect(site.stdout).not.toMatch(rawControl);
    expect(site.stdout).toContain('Red \\x1b[31mtext\\x1b[0m here.');
  });
});
