/** The authoring commands as a script runs them: no terminal, flags only, exit codes, JSON, --dry-run, and the page. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { snapshot } from '../../unit/useCases/tempProfile.js';
import { runCli } from '../runCli.js';
import { copyBundledProfile, useTempFolders } from '../tempFolders.js';

const { fresh } = useTempFolders();

async function bundledCopy(): Promise<{ root: string; dir: string }> {
  const root = await fresh();
  return { root, dir: await copyBundledProfile(root) };
}

/** True when `needle` occurs after an opening `<!--` that is not yet closed. */
function isInsideComment(text: string, needle: string): boolean {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not on the page`);
  const before = text.slice(0, at);
  return before.lastIndexOf('<!--') > before.lastIndexOf('-->');
}

describe.concurrent('add-news without a terminal', () => {
  test('the new item is written, first in `list` and on the page', async ({ expect }) => {
    const { root } = await bundledCopy();
    const added = await runCli(['add-news', 'Our paper *FedX* is accepted by NeurIPS 2025!', '--date', '2025.07'], {
      cwd: root,
    });
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toBe('news/2025-07-our-paper-fedx-is-accepted\n');
    expect(await readFile(path.join(root, 'profile/news/2025-07-our-paper-fedx-is-accepted.md'), 'utf8')).toBe(
      // The seed's July news have orders 1, 2, 3: the new one goes before them.
      '---\ndate: "2025-07"\norder: 0\n---\n\nOur paper *FedX* is accepted by NeurIPS 2025!\n',
    );
    const list = await runCli(['list', 'news'], { cwd: root });
    expect(list.stdout.split('\n')[1]).toMatch(/^news\/2025-07-our-paper-fedx-is-accepted +2025-07 +- +Our paper FedX/);
    const page = await runCli(['export', '--format', 'md'], { cwd: root });
    expect(page.stdout).toContain(
      '## Recent News\n* **\\[2025.07\\]** Our paper *FedX* is accepted by NeurIPS 2025!\n* **\\[2025.07\\]** I joined Tongyi Lab',
    );
    const validate = await runCli(['validate'], { cwd: root });
    expect(validate.status).toBe(0);
  });

  test('every accepted date form is stored in the canonical form', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const forms: [string, string][] = [
      ['2025.07', '2025-07'],
      ['2025-07', '2025-07'],
      ['2025.07.30', '2025-07-30'],
      ['2025-07-30', '2025-07-30'],
      ['Jul 2025', '2025-07'],
      ['2025/7/3', '2025-07-03'],
    ];
    for (const [index, [written, stored]] of forms.entries()) {
      const result = await runCli(['add-news', `Form ${index}`, '--date', written, '--json'], { cwd: root });
      expect(result.status).toBe(0);
      const item = JSON.parse(result.stdout) as { id: string; file: string; date: string };
      expect(item.date).toBe(stored);
      expect(item.id).toBe(`news/${stored}-form-${index}`);
      expect(await readFile(path.join(dir, item.file), 'utf8')).toMatch(new RegExp(`^---\\ndate: "${stored}"\\n`));
    }
  });

  test('an impossible date (2025.13): exit 2, the folder exactly as it was', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const before = await snapshot(dir);
    const result = await runCli(['add-news', 'Never.', '--date', '2025.13'], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"2025.13" has an impossible month (13)');
    expect(result.stdout).toBe('');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('no text and no terminal: exit 2 at once, even with stdin held open, and nothing written', async ({
    expect,
  }) => {
    const { root, dir } = await bundledCopy();
    const before = await snapshot(dir);
    const result = await runCli(['add-news', '--date', '2025.07'], {
      cwd: root,
      holdStdinOpen: true,
    });
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: add-news needs the text of the news item: profile add-news "TEXT"\n' +
        '  hint: example: profile add-news "Our paper is accepted by KDD 2025!" --date 2025.05\n',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  test('the same no-TTY refusal for every command that would ask', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const before = await snapshot(dir);
    for (const args of [['add-talk'], ['add-service'], ['add-pub'], ['edit', 'wang2024'], ['remove', 'wang2024']]) {
      const result = await runCli(args, { cwd: root, holdStdinOpen: true });
      expect(result.timedOut).toBe(false);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^error: /);
    }
    expect(await snapshot(dir)).toEqual(before);
  });

  test('--dry-run on every writing command leaves the folder exactly as it was', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const before = await snapshot(dir);
    const commands = [
      ['add-news', 'Dry.', '--date', '2025.08'],
      ['add-talk', 'Dry talk', '--date', '2025-08-01'],
      ['add-service', 'Dry service.'],
      ['add-pub', 'Dry paper', '--author', 'Zexi Li'],
      ['edit', 'wang2024', '--set', 'label=Dry'],
      ['remove', 'wang2024', 'news/2025-07-joined-tongyi-lab'],
      ['hide', 'wang2024'],
      ['show', 'li2024text'],
      ['select', 'li2023edge', '--order', '9'],
      ['unselect', 'wang2024'],
    ];
    for (const args of commands) {
      const result = await runCli([...args, '--dry-run'], { cwd: root });
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stderr).toBe('dry run: nothing was written\n');
      expect(result.stdout).toMatch(/^would (create|change|remove) profile\//);
    }
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe.concurrent('add-pub types a paper by its venue', () => {
  test('--venue ICML is a conference paper: the file says so, BibTeX gets @inproceedings with a booktitle', async ({
    expect,
  }) => {
    const { root } = await bundledCopy();
    const added = await runCli(
      ['add-pub', 'Sparse Adapters at Scale', '--author', 'Zexi Li', '--venue', 'ICML', '--date', '2026'],
      { cwd: root },
    );
    expect(added.status).toBe(0);
    expect(added.stderr).toContain(
      'note: "ICML" is a conference, so the publication is written with category: conference (--category writes another)\n',
    );
    const file = await readFile(path.join(root, 'profile/publications/li2026sparse.md'), 'utf8');
    expect(file).toContain('venue: ICML\ncategory: conference\n');
    const bib = await runCli(['export', '--format', 'bib'], { cwd: root });
    expect(bib.stdout).toContain(
      '@inproceedings{li2026sparse,\n  author = {Li, Zexi},\n  title = {Sparse Adapters at Scale},\n  booktitle = {ICML},\n  year = {2026}\n}\n',
    );
  });

  test('--venue arXiv is a preprint; --type, --category or --status given win; --json prints no note', async ({
    expect,
  }) => {
    const { root } = await bundledCopy();
    const add = (title: string, ...flags: string[]) =>
      runCli(['add-pub', title, '--author', 'Zexi Li', '--date', '2026', ...flags], { cwd: root });
    const preprint = await add('Preprint Paper', '--venue', 'arXiv', '--selected');
    expect(preprint.stderr).toContain('category: preprint, status: preprint (--category and --status write others)');
    const fields = async (stem: string) => readFile(path.join(root, `profile/publications/${stem}.md`), 'utf8');
    expect(await fields('li2026preprint')).toContain('status: preprint\ncategory: preprint\n');
    // Labelled as import-bib labels a preprint (and as the bundled profile's own arXiv papers are), not `arXiv 2026`.
    expect(preprint.stderr).toContain(
      'note: without --label, the page shows "Preprint" (as import-bib labels preprints); --label "…" writes another\n',
    );
    expect(await fields('li2026preprint')).toContain('label: Preprint\n');
    const page = await runCli(['export', '--format', 'md'], { cwd: root });
    expect(page.stdout).toMatch(/\[\*\*Preprint\*\*\][^\n]*Preprint Paper/);

    await add('Typed Paper', '--venue', 'ICML', '--type', 'article-journal');
    expect(await fields('li2026typed')).not.toContain('category:');
    await add('Workshop Paper', '--venue', 'ICML', '--category', 'workshop');
    expect(await fields('li2026workshop')).toContain('category: workshop\n');
    await add('Accepted Preprint', '--venue', 'arXiv', '--status', 'accepted');
    expect(await fields('li2026accepted')).toContain('status: accepted\ncategory: preprint\n');
    expect(await fields('li2026accepted')).not.toContain('label:');
    const quiet = await add('Quiet Paper', '--venue', 'TACL', '--json');
    expect(quiet.stderr).toBe('');
    expect(await fields('li2026quiet')).toContain('category: journal\n');
  });
});

describe.concurrent('changing and removing items without a terminal', () => {
  test('edit --set with a prefix id: validated, canonical, unknown fields kept', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const file = path.join(dir, 'news/2025-07-joined-tongyi-lab.md');
    await writeFile(file, '---\ndate: "2025-07"\nmyNote: keep me\n---\n\nI joined Tongyi Lab.\n');
    const result = await runCli(
      ['edit', '2025-07-joined', '--set', 'date=2025.08', '--set', 'body=I joined *Tongyi Lab*.'],
      {
        cwd: root,
      },
    );
    expect(result.stdout).toBe('news/2025-07-joined-tongyi-lab: updated\n');
    expect(result.status).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('---\ndate: "2025-08"\nmyNote: keep me\n---\n\nI joined *Tongyi Lab*.\n');
  });

  test('edit refusals (bad date, unknown field, ambiguous id) leave the folder as it was', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const before = await snapshot(dir);
    const badDate = await runCli(['edit', 'wang2024', '--set', 'date=2024.13'], { cwd: root });
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toBe('error: --set date: "2024.13" has an impossible month (13)\n');
    const unknown = await runCli(['edit', 'wang2024', '--set', 'venu=NeurIPS'], { cwd: root });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('error: "venu" is not a field of a publication');
    const ambiguous = await runCli(['edit', 'li2025', '--set', 'selected=true'], { cwd: root });
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr.split('\n')[0]).toBe(
      'error: "li2025" is ambiguous: it matches 2 items: pub/li2025editing, pub/li2025fedgucci',
    );
    const unknownId = await runCli(['hide', 'nope2099'], { cwd: root });
    expect(unknownId.status).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('hide, show, select and unselect change the page', async ({ expect }) => {
    const { root } = await bundledCopy();
    const hide = await runCli(['hide', 'news/2025-07-joined-tongyi-lab', 'wang2024wise'], { cwd: root });
    expect(hide.stdout).toBe('news/2025-07-joined-tongyi-lab: hidden\npub/wang2024wise: hidden\n');
    const show = await runCli(['show', 'li2024text', 'li2023edge'], { cwd: root });
    expect(show.stdout).toBe('pub/li2024text: shown\npub/li2023edge: shown\n');
    const select = await runCli(['select', 'li2023edge', '--order', '0', '--json'], { cwd: root });
    expect((JSON.parse(select.stdout) as { fields: { selected: boolean; order: number } }[])[0]?.fields).toMatchObject({
      selected: true,
      order: 0,
    });
    const unselect = await runCli(['unselect', 'li2022can'], { cwd: root });
    expect(unselect.stdout).toBe('pub/li2022can: unselected\n');

    const page = (await runCli(['export'], { cwd: root })).stdout;
    expect(isInsideComment(page, 'I joined Tongyi Lab')).toBe(true);
    expect(isInsideComment(page, 'WISE: Rethinking the Knowledge Memory')).toBe(true);
    expect(isInsideComment(page, 'Text-to-Model')).toBe(false);
    const publications = page.slice(page.indexOf('## Selected Publications'), page.indexOf('## Recent News'));
    expect(publications.split('\n')[1]).toContain(
      '[Edge-cloud Collaborative Learning with Federated and Centralized Features]',
    );
    expect(page).not.toContain('Can We Share Models If Sharing Data Is Not an Option?');
  });

  test('remove --yes deletes exactly the named files', async ({ expect }) => {
    const { root, dir } = await bundledCopy();
    const newsBefore = await readdir(path.join(dir, 'news'));
    const result = await runCli(['remove', '2022-09', 'talk/2024-11', '--yes'], { cwd: root });
    expect(result.stdout).toBe('removed news/2022-09-patterns-paper-accepted\nremoved talk/2024-11-14-cambridge-cst\n');
    expect(result.status).toBe(0);
    expect(await readdir(path.join(dir, 'news'))).toEqual(newsBefore.filter((name) => !name.startsWith('2022-09')));
    expect(await readdir(path.join(dir, 'talks'))).not.toContain('2024-11-14-cambridge-cst.md');
  });
});

describe.concurrent('page.news.limit', () => {
  test('export --format md shows the N newest visible news; older visible ones go into the comment', async ({
    expect,
  }) => {
    const { root, dir } = await bundledCopy();
    const profileFile = path.join(dir, 'profile.md');
    const profileText = await readFile(profileFile, 'utf8');
    await writeFile(
      profileFile,
      profileText.replace('  obfuscateEmail: true\n', '  obfuscateEmail: true\n  news:\n    limit: 3\n'),
    );
    expect((await runCli(['validate'], { cwd: root })).status).toBe(0);
    const page = (await runCli(['export', '--format', 'md'], { cwd: root })).stdout;
    const newsSection = page.slice(page.indexOf('## Recent News'), page.indexOf('## Academic Service'));
    const visible = newsSection.split('\n').filter((line, index, lines) => {
      const before = lines.slice(0, index).join('\n');
      return line.startsWith('* ') && before.lastIndexOf('<!--') <= before.lastIndexOf('-->');
    });
    expect(visible).toEqual([
      '* **\\[2025.07\\]** I joined Tongyi Lab, Alibaba Group, as a research scientist.',
      '* **\\[2025.07\\]** Our paper "Resource-Efficient Knowledge Editing for Mobile LLMs" has won the Best Poster Award at MobiUK 2025 in Edinburgh!',
      '* **\\[2025.07\\]** I am invited to serve as the Session Chair of KDD 2025.',
    ]);
    expect(isInsideComment(page, 'I passed the PhD defense')).toBe(true);
    expect(isInsideComment(page, 'Two papers are accepted by KDD 2024')).toBe(true);
    // All 24 news are still on the page, visible or in the comment.
    expect(newsSection.match(/^\* \*\*\\\[/gm)).toHaveLength(24);
  });
});

describe.concurrent('the same item twice, and a date in the file name', () => {
  test('add-news, add-talk, add-service of an item already there: exit 1, nothing written; --force adds it', async ({
    expect,
  }) => {
    const { root, dir } = await bundledCopy();
    const before = await snapshot(dir);
    const repeats = [
      ['add-news', 'I joined Tongyi Lab, Alibaba Group, as a research scientist.', '--date', '2025-07'],
      [
        'add-talk',
        'Physics in (Federated) Deep Neural Networks and Beyond: A Parametric Perspective',
        '--date',
        '2024-11-14',
      ],
    ];
    const refused = await Promise.all(repeats.map((args) => runCli(args, { cwd: root })));
    expect(refused.map((result) => [result.status, result.stdout, result.stderr])).toEqual([
      [
        1,
        '',
        'error: news/2025-07-joined-tongyi-lab has the same date and text; not added again\n' +
          '  hint: pass --force to add it anyway (a terminal asks instead)\n',
      ],
      [
        1,
        '',
        'error: talk/2024-11-14-cambridge-cst has the same date and title; not added again\n' +
          '  hint: pass --force to add it anyway (a terminal asks instead)\n',
      ],
    ]);
    expect(await snapshot(dir)).toEqual(before);
    const forced = await runCli([...(repeats[0] ?? []), '--force'], { cwd: root });
    expect(forced.status).toBe(0);
    expect(forced.stdout).toBe('news/2025-07-i-joined-tongyi-lab-alibaba-group\n');
  });

  test('add-service of an entry already there (same text, no date) is refused too', async ({ expect }) => {
    const { root } = await bundledCopy();
    const first = await runCli(['add-service', 'Reviewer for the Journal of Examples.'], { cwd: root });
    expect(first.status).toBe(0);
    const second = await runCli(['add-service', 'Reviewer for the  journal of examples'], { cwd: root });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/^error: service\/reviewer-for-the-journal-of-examples has the same date and text;/);
  });

  test('edit --set date on a file named after its date: a note without --rename; --rename renames and prints the new id', async ({
    expect,
  }) => {
    const { root, dir } = await bundledCopy();
    const kept = await runCli(['edit', 'joined-tongyi', '--set', 'date=2025.08'], { cwd: root });
    expect(kept.status).toBe(0);
    expect(kept.stdout).toBe('news/2025-07-joined-tongyi-lab: updated\n');
    expect(kept.stderr).toBe(
      'note: the file name still has the old date; --rename renames it to news/2025-08-joined-tongyi-lab\n',
    );
    const renamed = await runCli(['edit', 'cambridge-cst', '--set', 'date=2024-11-15', '--rename'], { cwd: root });
    expect(renamed.status).toBe(0);
    expect(renamed.stdout).toBe(
      'talk/2024-11-14-cambridge-cst: updated\ntalk/2024-11-14-cambridge-cst: renamed to talk/2024-11-15-cambridge-cst\n',
    );
    const talks = await readdir(path.join(dir, 'talks'));
    expect(talks).toContain('2024-11-15-cambridge-cst.md');
    expect(talks).not.toContain('2024-11-14-cambridge-cst.md');
  });
});
