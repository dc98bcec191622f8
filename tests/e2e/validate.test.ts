/**
 * `profile validate` as a process: each broken file of a copy of the bundled profile is reported as
 * `file:line: severity: message` with the right exit code, as text and as JSON, and never with a stack trace.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { bundledProfile, type RunResult, runCli } from './runCli.js';
import { useTempFolders, writeFiles } from './tempFolders.js';

const { fresh, freshBundledCopy } = useTempFolders();

/** Validates a copy of the bundled profile (as `profile/` of the working folder) with `files` added. */
async function validateWith(files: Record<string, string>, args: string[] = []): Promise<RunResult> {
  const { root, dir } = await freshBundledCopy();
  await writeFiles(dir, files);
  return runCli(['validate', '--dir', 'profile', ...args], { cwd: root });
}

const noStackTrace = /^ {4}at /m;

describe.concurrent('validate', () => {
  test('the bundled profile is valid: exit 0, a one-line summary on stdout', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const [relative, absolute] = await Promise.all([
      runCli(['validate', '--dir', 'profile'], { cwd: root }),
      runCli(['validate', '--dir', dir], { cwd: await fresh() }),
    ]);
    expect(relative.status).toBe(0);
    expect(relative.stderr).toBe('');
    expect(relative.stdout).toBe('profile: valid (49 items)\n');
    expect(absolute.status).toBe(0);
    expect(absolute.stdout).toBe(`${dir}: valid (49 items)\n`);
  });

  test('bad YAML: an error at the line of the mistake', async ({ expect }) => {
    // A colon inside an unquoted title, the classic hand-editing mistake, on line 4.
    const result = await validateWith({
      'talks/2024-12-01-colon-in-title.md': [
        '---',
        'date: "2024-12-01"',
        'venue: University of Cambridge',
        'title: Physics: A Parametric Perspective',
        '---',
        '',
      ].join('\n'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^profile\/talks\/2024-12-01-colon-in-title\.md:4: error: /m);
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('a duplicated YAML field: an error at the line of the second one', async ({ expect }) => {
    const result = await validateWith({
      'news/2024-12-duplicate-field.md': '---\ndate: "2024-12"\nhidden: false\ndate: "2024-11"\n---\n\nText.\n',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^profile\/news\/2024-12-duplicate-field\.md:4: error: /m);
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('line layouts: an unknown placeholder, a bad date pattern and Liquid syntax, each at its line', async ({
    expect,
  }) => {
    const profileMd = await readFile(path.join(bundledProfile, 'profile.md'), 'utf8');
    const withLayouts = profileMd.replace(
      '    - { kind: talks, title: Talks }\n',
      [
        "    - { kind: talks, title: Talks, layout: '* {date:%Q} {title}' }",
        '  layouts:',
        "    news: '- *{date:%Y.%m}*: &nbsp;{{ text }}'",
        "    publications: '- {titel} {authors}'",
        "    links: '[{name}]({url})'",
        '',
      ].join('\n'),
    );
    expect(withLayouts).not.toBe(profileMd);
    const result = await validateWith({ 'profile.md': withLayouts });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'profile/profile.md:34: error: "page.sections.6.layout" is not a talks layout: {date:%Q}: "%Q" is not a date field; use %Y %y %m %-m %b %b. %B %d %-d %% (e.g. %Y.%m, %b %Y)',
        'profile/profile.md:36: error: "page.layouts.news" is not a news layout: "{{" at column 25 is Liquid\'s and Hugo\'s syntax; a placeholder has one brace: {title}',
        'profile/profile.md:37: error: "page.layouts.publications" is not a publications layout: unknown placeholder {titel}; this layout knows {label} {title} {title-linked} {url} {authors} {venue} {venue-short} {year} {date} {links} {award} {citations} {doi} {arxiv} {publisher} {volume} {issue} {pages} {status} {key} {number}',
        'profile: 3 errors',
        '',
      ].join('\n'),
    );
  });

  test('date: 2025.13 is an error at the line of date', async ({ expect }) => {
    const result = await validateWith({
      'news/2025-12-impossible-month.md': '---\nhidden: false\ndate: 2025.13\n---\n\nText.\n',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^profile\/news\/2025-12-impossible-month\.md:3: error: "date" .*2025\.13/m);
    expect(result.stderr).toMatch(/^profile: 1 error\n$/m);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('an unknown field is a warning at its line, and the profile stays valid', async ({ expect }) => {
    const result = await validateWith({
      'news/2024-12-unknown-field.md': '---\ndate: "2024-12"\nsumary: a typo\n---\n\nText.\n',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^profile\/news\/2024-12-unknown-field\.md:3: warning: unknown field "sumary"/m);
    expect(result.stdout).toBe('profile: valid (50 items, 1 warning)\n');
  });

  test('a publication without title is an error', async ({ expect }) => {
    const result = await validateWith({
      'publications/notitle2024.md':
        '---\nkey: notitle2024\nauthors:\n  - { family: Li, given: Zexi }\ndate: "2024"\n---\n',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^profile\/publications\/notitle2024\.md(:\d+)?: error: "title" is required$/m);
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('two publications with the same key: an error naming both files', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    await cp(path.join(dir, 'publications/li2022can.md'), path.join(dir, 'publications/li2022can-copy.md'));
    const result = await runCli(['validate', '--dir', 'profile'], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^profile\/publications\/li2022can(-copy)?\.md: error: duplicate citation key "li2022can"/m,
    );
    expect(result.stderr).toContain('profile/publications/li2022can.md');
    expect(result.stderr).toContain('profile/publications/li2022can-copy.md');
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('a file named "Bad Name.md" is an error with a suggested name', async ({ expect }) => {
    const result = await validateWith({ 'news/Bad Name.md': '---\ndate: "2024-12"\n---\n\nText.\n' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^profile\/news\/Bad Name\.md: error: "Bad Name\.md" is not a valid item file name$/m,
    );
    expect(result.stderr).toContain('bad-name.md');
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  test('--json: {valid, errors, warnings, items, problems[]} on stdout, exit 1 when there are errors', async ({
    expect,
  }) => {
    const result = await validateWith(
      {
        'news/2025-12-impossible-month.md': '---\nhidden: false\ndate: 2025.13\n---\n\nText.\n',
        'news/2024-12-unknown-field.md': '---\ndate: "2024-12"\nsumary: a typo\n---\n\nText.\n',
      },
      ['--json'],
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['errors', 'items', 'problems', 'valid', 'warnings']);
    expect(report).toMatchObject({ valid: false, errors: 1, warnings: 1, items: 50 });
    expect(report.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'profile/news/2024-12-unknown-field.md',
        line: 3,
        message: expect.stringContaining('sumary'),
      }),
      expect.objectContaining({
        severity: 'error',
        file: 'profile/news/2025-12-impossible-month.md',
        line: 3,
        message: expect.stringContaining('2025.13'),
      }),
    ]);
  });

  test('--json on the bundled profile: valid, no problems', async ({ expect }) => {
    const result = await validateWith({}, ['--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, errors: 0, warnings: 0, items: 49, problems: [] });
  });
});
