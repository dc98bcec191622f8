/** The authoring commands with a person at a terminal, driven through a pseudo-terminal: questions, previews, Ctrl-C, $EDITOR. */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { snapshot } from '../../unit/useCases/tempProfile.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';
import { hasPython, keys, runCliInPty } from './runInPty.js';

const { fresh, freshBundledCopy } = useTempFolders();

function thisMonthDotted(): string {
  const now = new Date();
  return `${now.getFullYear()}.${String(now.getMonth() + 1).padStart(2, '0')}`;
}

describe.skipIf(!hasPython).concurrent('on a terminal', () => {
  test('add-news asks for the text and the date (this month by default), previews the page line, then writes', async ({
    expect,
  }) => {
    const { root, dir } = await freshBundledCopy();
    const month = thisMonthDotted();
    const result = await runCliInPty(['add-news'], {
      cwd: root,
      steps: [
        { expect: 'News \\(inline Markdown\\):', send: `Typed at a *terminal*.${keys.enter}` },
        { expect: `Date: \\(${month.replace('.', '\\.')}\\)`, send: keys.enter },
        { expect: 'Add it\\?', send: `y${keys.enter}` },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(result.output).toContain(`* **\\[${month}\\]** Typed at a *terminal*.`);
    const iso = month.replace('.', '-');
    expect(result.output).toContain(`news/${iso}-typed-at-a-terminal\r\n`);
    expect(await readFile(path.join(dir, `news/${iso}-typed-at-a-terminal.md`), 'utf8')).toBe(
      `---\ndate: "${iso}"\n---\n\nTyped at a *terminal*.\n`,
    );
  });

  test('add-news with the text given asks only for the date, in any form, and refuses an impossible one', async ({
    expect,
  }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCliInPty(['add-news', 'Given on the command line.'], {
      cwd: root,
      steps: [
        { expect: 'Date:', send: `2025.13${keys.enter}` },
        { expect: 'impossible month', send: `${'\b'.repeat(7)}Jul 2025${keys.enter}` },
        { expect: 'Add it\\?', send: keys.enter },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(await readFile(path.join(dir, 'news/2025-07-given-on-the-command-line.md'), 'utf8')).toBe(
      '---\ndate: "2025-07"\norder: 0\n---\n\nGiven on the command line.\n',
    );
  });

  test('Ctrl-C in a prompt exits 130 and writes nothing', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const before = await snapshot(dir);
    const result = await runCliInPty(['add-news'], {
      cwd: root,
      steps: [
        { expect: 'News', send: `Never saved${keys.enter}` },
        { expect: 'Date:', send: keys.ctrlC },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(130);
    expect(result.output).toContain('interrupted; nothing was written');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('answering no to "Add it?" writes nothing', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const before = await snapshot(dir);
    const result = await runCliInPty(['add-talk', 'A talk', '--venue', 'NUS'], {
      cwd: root,
      steps: [
        { expect: 'Date:', send: `2025-04-28${keys.enter}` },
        { expect: 'talks/2025-04-28-a-talk\\.md:[\\s\\S]*title: A talk[\\s\\S]*Add it\\?', send: `n${keys.enter}` },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(result.output).toContain('nothing was written');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('add-talk and add-pub previews show the page line too, as add-news does', async ({ expect }) => {
    const root = await fresh();
    await copyBundledProfile(root);
    const [talk, pub] = await Promise.all([
      runCliInPty(['add-talk', 'A talk', '--venue', 'NUS'], {
        cwd: root,
        steps: [
          { expect: 'Date:', send: `2025-04-28${keys.enter}` },
          { expect: 'Add it\\?', send: `n${keys.enter}` },
        ],
      }),
      runCliInPty(['add-pub'], {
        cwd: root,
        steps: [
          { expect: 'Title:', send: `Model Stitching${keys.enter}` },
          { expect: 'Authors', send: `Zexi Li${keys.enter}` },
          { expect: 'Year or date', send: `2026${keys.enter}` },
          { expect: 'Venue', send: `ICML${keys.enter}` },
          { expect: 'Label', send: `ICML 2026${keys.enter}` },
          { expect: 'Selected', send: `n${keys.enter}` },
          { expect: 'Add it\\?', send: `n${keys.enter}` },
        ],
      }),
    ]);
    expect(talk.failedStep).toBe(null);
    expect(talk.output).toContain('On the page:\r\n* \\[2025.04.28\\] NUS; A talk.\r\n');
    expect(pub.failedStep).toBe(null);
    expect(pub.output).toContain('On the page:\r\n- [**ICML 2026**] Model Stitching  \r\n  **Zexi Li**\r\n');
  });

  test('adding a news item already there warns and asks; no writes nothing', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const before = await snapshot(dir);
    const result = await runCliInPty(
      ['add-news', 'I joined Tongyi Lab, Alibaba Group, as a research scientist.', '--date', '2025-07'],
      {
        cwd: root,
        steps: [
          {
            expect: 'warning: news/2025-07-joined-tongyi-lab has the same date and text[\\s\\S]*Add it anyway\\?',
            send: `n${keys.enter}`,
          },
        ],
      },
    );
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(result.output).toContain('nothing was written');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('edit --set date on a file named after its date asks to rename it, and prints the new id', async ({
    expect,
  }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCliInPty(['edit', 'joined-tongyi', '--set', 'date=2025.08'], {
      cwd: root,
      steps: [{ expect: 'Rename it to news/2025-08-joined-tongyi-lab\\?', send: keys.enter }],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(result.output).toContain('news/2025-07-joined-tongyi-lab: renamed to news/2025-08-joined-tongyi-lab');
    expect((await readdir(path.join(dir, 'news'))).filter((name) => name.includes('tongyi'))).toEqual([
      '2025-08-joined-tongyi-lab.md',
    ]);
  });

  test('add-pub asks for title, authors, year, venue, label and selected', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCliInPty(['add-pub'], {
      cwd: root,
      steps: [
        { expect: 'Title:', send: `Model Stitching at Scale${keys.enter}` },
        { expect: 'Authors', send: `Zexi Li*; Ada Lovelace*#${keys.enter}` },
        { expect: 'Year or date', send: `2026${keys.enter}` },
        { expect: 'Venue', send: `ICML${keys.enter}` },
        { expect: 'Label', send: `ICML 2026${keys.enter}` },
        { expect: 'Selected', send: `y${keys.enter}` },
        { expect: 'Add it\\?', send: `y${keys.enter}` },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(result.output).toContain('pub/li2026model\r\n');
    expect(await readFile(path.join(dir, 'publications/li2026model.md'), 'utf8')).toBe(
      [
        '---',
        'key: li2026model',
        'title: Model Stitching at Scale',
        'authors:',
        '  - { family: Li, given: Zexi, equal: true }',
        '  - { family: Lovelace, given: Ada, equal: true, corresponding: true }',
        'date: "2026"',
        'venue: ICML',
        'label: ICML 2026',
        // ICML is a conference: exported as @inproceedings, not as an article in a journal "ICML".
        'category: conference',
        'selected: true',
        '---',
        '',
      ].join('\n'),
    );
  });

  test("add-pub's label question offers the venue's short form and the year; Enter takes it", async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCliInPty(['add-pub'], {
      cwd: root,
      steps: [
        { expect: 'Title:', send: `Model Stitching at Scale${keys.enter}` },
        { expect: 'Authors', send: `Zexi Li${keys.enter}` },
        { expect: 'Year or date', send: `2026${keys.enter}` },
        { expect: 'Venue', send: `International Conference on Machine Learning${keys.enter}` },
        { expect: 'Label.*\\(ICML 2026\\)', send: keys.enter },
        { expect: 'Selected', send: keys.enter },
        { expect: 'Add it\\?', send: `y${keys.enter}` },
      ],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(0);
    expect(await readFile(path.join(dir, 'publications/li2026model.md'), 'utf8')).toContain(
      'venue: International Conference on Machine Learning\nlabel: ICML 2026\n',
    );
  });

  test('remove asks first; no keeps the file, yes removes it', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const kept = await runCliInPty(['remove', '2022-09'], {
      cwd: root,
      steps: [{ expect: 'news/2022-09-patterns-paper-accepted[\\s\\S]*Remove this item\\?', send: keys.enter }],
    });
    expect(kept.status).toBe(0);
    expect(kept.output).toContain('nothing was removed');
    expect(await readdir(path.join(dir, 'news'))).toContain('2022-09-patterns-paper-accepted.md');
    const removed = await runCliInPty(['remove', '2022-09'], {
      cwd: root,
      steps: [{ expect: 'Remove this item\\?', send: `y${keys.enter}` }],
    });
    expect(removed.status).toBe(0);
    expect(removed.output).toContain('removed news/2022-09-patterns-paper-accepted');
    expect(await readdir(path.join(dir, 'news'))).not.toContain('2022-09-patterns-paper-accepted.md');
  });

  test('edit without --set opens $EDITOR on a copy; a valid result replaces the file, its date made canonical', async ({
    expect,
  }) => {
    const { root, dir } = await freshBundledCopy();
    const result = await runCliInPty(['edit', 'news/2025-07-joined'], {
      cwd: root,
      env: {
        VISUAL: undefined,
        EDITOR: `sed -i -e 's/^date: .*/date: 2025.8/' -e 's/research scientist/staff scientist/'`,
      },
      steps: [],
    });
    expect(result.status).toBe(0);
    expect(result.output).toBe('news/2025-07-joined-tongyi-lab: updated\r\n');
    expect(await readFile(path.join(dir, 'news/2025-07-joined-tongyi-lab.md'), 'utf8')).toBe(
      '---\ndate: "2025-08"\norder: 1\n---\n\nI joined Tongyi Lab, Alibaba Group, as a staff scientist.\n',
    );
  });

  test('Ctrl-C in the editor exits 130, writes nothing and leaves no copy behind', async ({ expect }) => {
    const { root, dir } = await freshBundledCopy();
    const before = await snapshot(dir);
    const result = await runCliInPty(['edit', 'news/2025-07-joined'], {
      cwd: root,
      env: { VISUAL: `sed -i -e 's/scientist/SAVED/'`, EDITOR: undefined },
      steps: [],
    });
    expect(result.status).toBe(0);
    const interrupted = await runCliInPty(['edit', 'news/2025-07-joined'], {
      cwd: root,
      // The "editor" changes the copy, says so, and waits for a person who presses Ctrl-C instead of saving: its wait
      // outlasts the hang limit, so that only the Ctrl-C ends it, however slowly the keys arrive on a busy machine.
      env: { VISUAL: `f() { sed -i -e 's/SAVED/LOST/' "$1"; echo EDITING "$1"; sleep 3600; }; f` },
      steps: [{ expect: 'EDITING \\S+', send: keys.ctrlC }],
    });
    expect(interrupted.failedStep).toBe(null);
    expect(interrupted.status).toBe(130);
    expect(interrupted.output).toContain('interrupted in the editor; nothing was written');
    const after = await snapshot(dir);
    expect(after['news/2025-07-joined-tongyi-lab.md']).toContain('SAVED');
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const copy = /EDITING (\S+)/.exec(interrupted.output)?.[1] ?? '';
    expect(copy).toMatch(/profile-edit-/);
    await expect(readFile(copy, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  test('edit: an invalid result is refused, the real file is unchanged and the edited copy kept', async ({
    expect,
  }) => {
    const { root, dir } = await freshBundledCopy();
    const before = await snapshot(dir);
    const result = await runCliInPty(['edit', 'news/2025-07-joined'], {
      cwd: root,
      env: { VISUAL: `sed -i -e 's/^date: .*/date: 2025.13/'` },
      steps: [{ expect: 'impossible month \\(13\\)[\\s\\S]*Edit it again\\?', send: `n${keys.enter}` }],
    });
    expect(result.failedStep).toBe(null);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      'profile/news/2025-07-joined-tongyi-lab.md:2: error: "date" "2025.13" has an impossible month (13)',
    );
    expect(await snapshot(dir)).toEqual(before);
    const copy = /your edited copy is kept at (\S+)/.exec(result.output)?.[1];
    expect(copy && (await readFile(copy, 'utf8'))).toContain('date: 2025.13');
    if (copy) await rm(path.dirname(copy), { recursive: true, force: true });
  });
});
