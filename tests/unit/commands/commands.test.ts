/** The authoring commands driven in-process through `run`, with a fixed clock and no terminal: output, exit codes, refusals. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../../src/cli.js';
import type { CommandContext } from '../../../src/commandContext.js';
import { snapshot, useTempProfiles } from '../useCases/tempProfile.js';

const tempProfile = useTempProfiles();

const files = {
  'news/2025-07-joined-lab.md': '---\ndate: "2025-07"\n---\n\nJoined the lab.\n',
  'publications/wang2024wise.md':
    '---\nkey: wang2024wise\ntitle: WISE\nauthors:\n  - { family: Wang, given: Peng }\ndate: "2024"\n---\n',
};

async function profileRun(argv: string[], dir: string) {
  let stdout = '';
  let stderr = '';
  const context: CommandContext = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    interactive: false,
    color: false,
    env: {},
    cwd: path.dirname(dir),
    now: () => new Date(2025, 7, 15, 12),
  };
  const code = await run([...argv, '--dir', dir], context);
  return { code, stdout, stderr };
}

describe('add-news', () => {
  test('prints the new id; the date defaults to this month', async () => {
    const dir = await tempProfile(files);
    const result = await profileRun(['add-news', 'Our paper is accepted!'], dir);
    expect(result).toEqual({ code: 0, stdout: 'news/2025-08-our-paper-is-accepted\n', stderr: '' });
    expect(await readFile(path.join(dir, 'news/2025-08-our-paper-is-accepted.md'), 'utf8')).toBe(
      '---\ndate: "2025-08"\n---\n\nOur paper is accepted!\n',
    );
  });

  test('--json prints the item as `list --json` does', async () => {
    const dir = await tempProfile(files);
    const result = await profileRun(['add-news', 'Second.', '--date', 'Jul 2025', '--hidden', '--json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      id: 'news/2025-07-second',
      kind: 'news',
      file: 'news/2025-07-second.md',
      date: '2025-07',
      hidden: true,
      fields: { date: '2025-07', hidden: true, order: -1 },
      body: 'Second.',
    });
  });

  test('without text and without a terminal: exit 2 at once, with an example, nothing written', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const result = await profileRun(['add-news', '--date', '2025.07'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: add-news needs the text of the news item: profile add-news "TEXT"\n' +
        '  hint: example: profile add-news "Our paper is accepted by KDD 2025!" --date 2025.05\n',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test('an impossible date: exit 2 naming the option, nothing written', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const result = await profileRun(['add-news', 'x', '--date', '2025.13'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `option '--date <date>' argument '2025.13' is invalid. "2025.13" has an impossible month (13).`,
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test('--dry-run prints the file it would create and writes nothing', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const result = await profileRun(['add-news', 'Dry.', '--date', '2025-07', '--dry-run'], dir);
    expect(result).toEqual({
      code: 0,
      stdout: 'would create profile/news/2025-07-dry.md:\n---\ndate: "2025-07"\norder: -1\n---\n\nDry.\n',
      stderr: 'dry run: nothing was written\n',
    });
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('add-talk, add-service, add-pub without a terminal', () => {
  test.each([
    [['add-talk', 'A talk'], 'error: add-talk needs the date: profile add-talk "TITLE" --date YYYY-MM-DD\n'],
    [
      ['add-talk', '--date', '2025-04-28'],
      'error: add-talk needs the title: profile add-talk "TITLE" --date YYYY-MM-DD\n',
    ],
    [['add-service'], 'error: add-service needs the text of the entry: profile add-service "TEXT"\n'],
    [['add-pub', 'A title'], 'error: add-pub needs the authors: profile add-pub "TITLE" --author "NAME" …\n'],
  ])('%j: exit 2', async (argv, message) => {
    const dir = await tempProfile(files);
    const result = await profileRun(argv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message.trimEnd());
  });

  test('add-pub writes the authors as data with their marks, and prints the made-up key', async () => {
    const dir = await tempProfile(files);
    const result = await profileRun(
      [
        'add-pub',
        'WISE Again',
        '--author',
        'Zexi Li*',
        '--author',
        'Ningyu Zhang#',
        '--date',
        '2024',
        '--label',
        'NeurIPS 2024',
      ],
      dir,
    );
    expect(result).toEqual({ code: 0, stdout: 'pub/li2024wise\n', stderr: '' });
    expect(await readFile(path.join(dir, 'publications/li2024wise.md'), 'utf8')).toBe(
      [
        '---',
        'key: li2024wise',
        'title: WISE Again',
        'authors:',
        '  - { family: Li, given: Zexi, equal: true }',
        '  - { family: Zhang, given: Ningyu, corresponding: true }',
        'date: "2024"',
        'label: NeurIPS 2024',
        '---',
        '',
      ].join('\n'),
    );
  });

  test('add-talk and add-service', async () => {
    const dir = await tempProfile(files);
    const talk = await profileRun(
      ['add-talk', 'Editing LLMs', '--date', '2025.04.28', '--venue', 'NUS', '--lang', 'en'],
      dir,
    );
    expect(talk.stdout).toBe('talk/2025-04-28-editing-llms\n');
    const service = await profileRun(
      ['add-service', 'Reviewer of ICML 2025.', '--role', 'reviewer', '--order', '1'],
      dir,
    );
    expect(service.stdout).toBe('service/reviewer-of-icml-2025\n');
    expect(await readFile(path.join(dir, 'service/reviewer-of-icml-2025.md'), 'utf8')).toBe(
      '---\norder: 1\nrole: reviewer\n---\n\nReviewer of ICML 2025.\n',
    );
    const badLang = await profileRun(['add-talk', 'x', '--date', '2025', '--lang', 'English'], dir);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toBe('error: "lang" must be a language code such as en or zh\n');
  });
});

describe('edit, hide, show, select, unselect, remove', () => {
  test('edit --set: canonical date, one line per item', async () => {
    const dir = await tempProfile(files);
    const result = await profileRun(['edit', '2025-07-joined', '--set', 'date=2025.06', '--set', 'hidden=true'], dir);
    // The file name keeps its date without --rename (no terminal here to ask); a note says how.
    expect(result).toEqual({
      code: 0,
      stdout: 'news/2025-07-joined-lab: updated\n',
      stderr: 'note: the file name still has the old date; --rename renames it to news/2025-06-joined-lab\n',
    });
    expect(await readFile(path.join(dir, 'news/2025-07-joined-lab.md'), 'utf8')).toBe(
      '---\ndate: "2025-06"\nhidden: true\n---\n\nJoined the lab.\n',
    );
  });

  test('edit --set date … --rename after the note: the name still holding the older date follows the date', async () => {
    const dir = await tempProfile(files);
    await profileRun(['edit', '2025-07-joined', '--set', 'date=2025.06'], dir);
    // The same date again, now with --rename, as the note said: the file is renamed though no field changes.
    const renamed = await profileRun(['edit', '2025-07-joined', '--set', 'date=2025-06', '--rename'], dir);
    expect(renamed).toEqual({
      code: 0,
      stdout: 'news/2025-07-joined-lab: no change\nnews/2025-07-joined-lab: renamed to news/2025-06-joined-lab\n',
      stderr: '',
    });
    // A stale name written with a month takes the new date's month, not a day it never had.
    await profileRun(['edit', 'joined-lab', '--set', 'date=2025-04'], dir);
    const day = await profileRun(['edit', 'joined-lab', '--set', 'date=2025-03-02', '--rename'], dir);
    expect(day.stdout).toBe(
      'news/2025-06-joined-lab: updated\nnews/2025-06-joined-lab: renamed to news/2025-03-joined-lab\n',
    );
    const same = await profileRun(['edit', 'joined-lab', '--set', 'date=2025-03-20', '--rename'], dir);
    expect(same).toEqual({ code: 0, stdout: 'news/2025-03-joined-lab: updated\n', stderr: '' });
    // Another field changed: no rename, no note.
    const other = await profileRun(['edit', 'joined-lab', '--set', 'hidden=true'], dir);
    expect(other.stderr).toBe('');
  });

  test('edit --dry-run shows a diff', async () => {
    const dir = await tempProfile(files);
    const result = await profileRun(['edit', 'wang2024', '--set', 'selected=true', '--dry-run'], dir);
    expect(result.stdout).toBe(
      [
        'would change profile/publications/wang2024wise.md:',
        '…',
        '   - { family: Wang, given: Peng }',
        ' date: "2024"',
        '+selected: true',
        ' ---',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('dry run: nothing was written\n');
  });

  test('edit refusals: exit 2, nothing written', async () => {
    const dir = await tempProfile(files);
    const before = await snapshot(dir);
    const unknown = await profileRun(['edit', 'wang2024', '--set', 'selcted=true'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^error: "selcted" is not a field of a publication\n {2}hint: fields: hidden, order, key, type, title, authors, /,
    );
    const noChanges = await profileRun(['edit', 'wang2024'], dir);
    expect(noChanges.code).toBe(2);
    expect(noChanges.stderr).toMatch(/^error: edit needs --set field=value or --unset field/);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('hide, show, select --order, unselect', async () => {
    const dir = await tempProfile(files);
    expect((await profileRun(['hide', '2025-07', 'wang'], dir)).stdout).toBe(
      'news/2025-07-joined-lab: hidden\npub/wang2024wise: hidden\n',
    );
    expect((await profileRun(['hide', '2025-07'], dir)).stdout).toBe('news/2025-07-joined-lab: already hidden\n');
    expect((await profileRun(['show', 'news/2025-07-joined-lab', 'wang'], dir)).stdout).toBe(
      'news/2025-07-joined-lab: shown\npub/wang2024wise: shown\n',
    );
    expect((await profileRun(['select', 'wang', '--order', '1'], dir)).stdout).toBe(
      'pub/wang2024wise: selected (order 1)\n',
    );
    expect(await readFile(path.join(dir, 'publications/wang2024wise.md'), 'utf8')).toContain(
      'selected: true\norder: 1\n',
    );
    expect((await profileRun(['unselect', 'wang'], dir)).stdout).toBe('pub/wang2024wise: unselected\n');
    const news = await profileRun(['select', '2025-07'], dir);
    expect(news.code).toBe(1);
    expect(news.stderr).toBe('error: news/2025-07-joined-lab is a news item; this command takes publications\n');
  });

  test('remove needs --yes without a terminal', async () => {
    const dir = await tempProfile(files);
    const refused = await profileRun(['remove', '2025-07'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'error: remove deletes files: pass --yes to confirm (or run it on a terminal to be asked)\n  hint: example: profile remove 2025-07 --yes\n',
    );
    const removed = await profileRun(['remove', '2025-07', '--yes'], dir);
    expect(removed).toEqual({ code: 0, stdout: 'removed news/2025-07-joined-lab\n', stderr: '' });
    expect(Object.keys(await snapshot(dir)).sort()).toEqual(['profile.md', 'publications/wang2024wise.md']);
  });

  test('an ambiguous id: exit 1 listing the candidates', async () => {
    const dir = await tempProfile({ ...files, 'news/2025-07-joined-team.md': '---\ndate: "2025-07"\n---\nTeam.\n' });
    const result = await profileRun(['hide', '2025-07-joined'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error: "2025-07-joined" is ambiguous: it matches 2 items: news/2025-07-joined-lab, news/2025-07-joined-team\n' +
        '  hint: type more of the id; `profile list --all` shows every id\n',
    );
  });
});

describe('help', () => {
  test.each(['add-news', 'add-talk', 'add-service', 'add-pub', 'edit', 'remove', 'hide', 'show', 'select', 'unselect'])(
    '%s --help has --dry-run, --json and an example',
    async (command) => {
      const dir = await tempProfile({});
      const result = await profileRun([command, '--help'], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: profile ${command} `));
      expect(result.stdout).toContain('--dry-run');
      expect(result.stdout).toContain('--json');
      expect(result.stdout).toMatch(/Examples?:\n {2}\$ profile /);
    },
  );
});
