/** The CV kinds (education, positions, awards, teaching, students, grants) as a script adds, lists, hides and removes them. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';
import { hasPython, keys, runCliInPty } from './runInPty.js';

const { fresh, freshBundledCopy } = useTempFolders();

async function bundledCopy(): Promise<{ root: string; dir: string }> {
  const root = await fresh();
  return { root, dir: await copyBundledProfile(root) };
}

const pageMd5Input = async (root: string) => (await runCli(['export', '--format', 'md'], { cwd: root })).stdout;

describe.concurrent('add-education, add-position, add-award, add-teaching, add-student, add-grant', () => {
  test('each writes one file in its folder, in the schema order, and the page does not change', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const pageBefore = await pageMd5Input(root);
    const runs: [string[], string, string][] = [
      [
        [
          'add-education',
          'MSc',
          '--field',
          'Data Science',
          '--institution',
          'Example University',
          '--start',
          '2018-09',
          '--end',
          '2020.6',
          '--advisor',
          'Prof. A. Example',
          '--thesis',
          'On Examples',
        ],
        'education/2018-msc-in-data-science-example-university',
        '---\ndegree: MSc\nfield: Data Science\ninstitution: Example University\nstart: "2018-09"\nend: "2020-06"\nadvisor: Prof. A. Example\nthesis: On Examples\n---\n',
      ],
      [
        [
          'add-position',
          'Postdoc',
          '--organisation',
          'Example Lab',
          '--start',
          '2026',
          '--current',
          '--location',
          'Zürich',
        ],
        'position/2026-postdoc-example-lab',
        '---\ntitle: Postdoc\norganisation: Example Lab\nlocation: Zürich\nstart: "2026"\ncurrent: true\n---\n',
      ],
      [
        [
          'add-award',
          'Best Paper',
          '--by',
          'Example Conf',
          '--date',
          '2024-05-02',
          '--url',
          'https://example.org/award',
        ],
        'award/2024-best-paper-example-conf',
        '---\nname: Best Paper\nby: Example Conf\ndate: "2024-05-02"\nurl: https://example.org/award\n---\n',
      ],
      [
        [
          'add-teaching',
          'Machine Learning',
          '--role',
          'Teaching Assistant',
          '--term',
          'Spring 2023',
          '--date',
          '2023-02',
        ],
        'teaching/2023-machine-learning-teaching-assistant-spring-2023',
        '---\ncourse: Machine Learning\nrole: Teaching Assistant\nterm: Spring 2023\ndate: "2023-02"\n---\n',
      ],
      [
        [
          'add-student',
          'Ada Example',
          '--level',
          'MSc',
          '--start',
          '2024',
          '--end',
          '2025',
          '--now',
          'PhD student at ETH',
          '--notes',
          'Co-supervised.',
        ],
        'student/2024-ada-example-msc',
        '---\nname: Ada Example\nlevel: MSc\nstart: "2024"\nend: "2025"\nnow: PhD student at ETH\n---\n\nCo-supervised.\n',
      ],
      [
        [
          'add-grant',
          'Federated Editing',
          '--funder',
          'Example Foundation',
          '--role',
          'PI',
          '--amount',
          'CNY 300,000',
          '--start',
          '2026',
          '--hidden',
        ],
        'grant/2026-federated-editing-example-foundation',
        '---\ntitle: Federated Editing\nfunder: Example Foundation\nrole: PI\namount: CNY 300,000\nstart: "2026"\nhidden: true\n---\n',
      ],
    ];
    for (const [args, id, text] of runs) {
      const added = await runCli(args, { cwd: root });
      expect(added.stderr).toBe('');
      expect(added.status).toBe(0);
      expect(added.stdout).toBe(`${id}\n`);
      const [prefix, stem] = id.split('/') as [string, string];
      const folder = {
        education: 'education',
        position: 'positions',
        award: 'awards',
        teaching: 'teaching',
        student: 'students',
        grant: 'grants',
      }[prefix];
      expect(await readFile(path.join(dir, `${folder}/${stem}.md`), 'utf8')).toBe(text);
    }
    expect(await pageMd5Input(root)).toBe(pageBefore);
    expect((await runCli(['validate'], { cwd: root })).status).toBe(0);
    // Hidden: left out of `list` unless --all.
    const grants = await runCli(['list', 'grants', '--json'], { cwd: root });
    expect(JSON.parse(grants.stdout)).toEqual([]);
    const allGrants = await runCli(['list', 'grants', '--all', '--json'], { cwd: root });
    expect(JSON.parse(allGrants.stdout).map((item: { id: string }) => item.id)).toEqual([
      'grant/2026-federated-editing-example-foundation',
    ]);
    const shown = await runCli(['show', 'grant/2026'], { cwd: root });
    expect(shown.status).toBe(0);
    const removed = await runCli(['remove', 'student/2024-ada-example-msc', '--yes'], { cwd: root });
    expect(removed.status).toBe(0);
    const students = await runCli(['list', 'students', '--json'], { cwd: root });
    expect(JSON.parse(students.stdout)).toEqual([]);
  });

  test('without a terminal, a missing argument or required flag is a usage error (exit 2) and nothing is written', async ({
    expect,
  }) => {
    const { root } = await bundledCopy();
    const cases: [string[], string][] = [
      [['add-education', 'PhD'], 'error: add-education needs --institution\n'],
      [['add-position'], 'error: add-position needs the title\n'],
      [['add-award', 'Best Poster'], 'error: add-award needs --date\n'],
      [['add-teaching'], 'error: add-teaching needs the course\n'],
      [['add-student', '  '], 'error: add-student needs the name\n'],
      [['add-grant', '--funder', 'X'], 'error: add-grant needs the title\n'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { cwd: root });
      expect(result.status).toBe(2);
      expect(result.stderr.split('  hint:')[0]).toBe(message);
    }
    const contradiction = await runCli(['add-position', 'X', '--organisation', 'Y', '--end', '2024', '--current'], {
      cwd: root,
    });
    expect(contradiction.status).toBe(2);
    expect(contradiction.stderr).toContain('--current and --end contradict each other');
    const list = await runCli(['list', 'positions', '--json'], { cwd: root });
    expect(JSON.parse(list.stdout).map((item: { id: string }) => item.id)).toEqual([
      'position/2025-research-scientist-tongyi-lab-alibaba-group',
      'position/visiting-researcher-university-of-cambridge',
    ]);
  });
});

describe.skipIf(!hasPython)('add-award on a terminal', () => {
  test('asks for the name and the date, shows the file, then writes it', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCliInPty(['add-award', '--by', 'Example Society'], {
      cwd: root,
      steps: [
        { expect: 'Award:', send: `Typed Medal${keys.enter}` },
        { expect: 'Date:', send: `2024.06${keys.enter}` },
        { expect: 'Add it\\?', send: `y${keys.enter}` },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(result.output).toContain('award/2024-typed-medal-example-society\r\n');
    expect(await readFile(path.join(dir, 'awards/2024-typed-medal-example-society.md'), 'utf8')).toBe(
      '---\nname: Typed Medal\nby: Example Society\ndate: "2024-06"\n---\n',
    );
  });
});
