/** `profile import-bib` as a real process: what a person sees, the exit codes, and what lands in the folder. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';
import { bibFixtureDir, profileWithFixtures, snapshot } from './bibFolders.js';

const { fresh } = useTempFolders();

describe.concurrent('import-bib', () => {
  test('a Google Scholar export: every entry added; importing it again touches no file', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['google-scholar-export']);
    const first = await runCli(['import-bib', 'google-scholar-export.bib', '--dir', dir], { cwd: root });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(
      [
        'added           pub/li2023revisiting (google-scholar-export.bib:1)',
        'added           pub/li2023no (google-scholar-export.bib:10)',
        'added           pub/li2022can (google-scholar-export.bib:18)',
        'added           pub/li2025editing (google-scholar-export.bib:28)',
        'added           pub/li2025fedgucci (google-scholar-export.bib:35)',
        'import-bib: 5 added, 0 updated, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    const before = await snapshot(dir);
    const again = await runCli(['import-bib', 'google-scholar-export.bib', '--dir', dir], { cwd: root });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('import-bib: 0 added, 0 updated, 5 unchanged, 0 skipped\n');
    expect(await snapshot(dir)).toStrictEqual(before);
    const validate = await runCli(['validate', '--dir', dir], { cwd: root });
    expect(validate.status).toBe(0);
  });

  test('a broken file: exit 1, the good entries imported, each bad one named with file:line and the reason', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['broken-unclosed-brace', 'broken-missing-comma-and-equals']);
    const result = await runCli(
      ['import-bib', 'broken-unclosed-brace.bib', 'broken-missing-comma-and-equals.bib', '--dir', dir],
      { cwd: root },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        'broken-unclosed-brace.bib:8: error: entry "unclosed-brace" skipped: the entry is not closed before the next entry at line 15 (a missing "}" or an extra "{") (citation-js: expected "text", got EOF)',
        '  hint: fix the entry and import the file again',
        'broken-missing-comma-and-equals.bib:2: error: entry "missing-comma" skipped: missing comma after the field "author" (line 2)?',
        '  hint: fix the entry and import the file again',
        'broken-missing-comma-and-equals.bib:9: error: entry "missing-equals" skipped: missing "=" after the field "title" (line 9)?',
        '  hint: fix the entry and import the file again',
        '',
      ].join('\n'),
    );
    expect(result.stdout.endsWith('import-bib: 3 added, 0 updated, 0 unchanged, 3 skipped (3 with errors)\n')).toBe(
      true,
    );
    expect((await readdir(path.join(dir, 'publications'))).sort()).toStrictEqual([
      'fine-after-syntax-errors.md',
      'good-after.md',
      'good-before.md',
    ]);
  });

  test('--dry-run reports what would happen and writes nothing', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['google-scholar-export']);
    const before = await snapshot(dir);
    const result = await runCli(['import-bib', 'google-scholar-export.bib', '--dry-run', '--dir', dir], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('would be added    pub/li2022can (google-scholar-export.bib:18)\n');
    expect(result.stdout).toContain(
      'import-bib: 5 added, 0 updated, 0 unchanged, 0 skipped; dry run, nothing was written\n',
    );
    expect(await snapshot(dir)).toStrictEqual(before);
  });

  test('--json: a summary and every entry with its file, line and outcome', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['arxiv-preprint-and-published-version']);
    const result = await runCli(['import-bib', 'arxiv-preprint-and-published-version.bib', '--json', '--dir', dir], {
      cwd: root,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { summary: unknown; entries: Record<string, unknown>[] };
    expect(report.summary).toStrictEqual({
      added: 1,
      updated: 0,
      merged: 1,
      folded: 0,
      unchanged: 0,
      skipped: 0,
      problems: 0,
    });
    expect(
      report.entries.map((entry) => [entry.status, entry.key, entry.file, entry.line, entry.id, entry.promoted]),
    ).toStrictEqual([
      ['added', 'wang2024wise', 'arxiv-preprint-and-published-version.bib', 1, 'pub/wang2024wise', undefined],
      ['merged', 'wang2024wisepublished', 'arxiv-preprint-and-published-version.bib', 8, 'pub/wang2024wise', true],
    ]);
  });

  test('a preprint and its published version: one publication with both links (--merge-preprints changes nothing)', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['arxiv-preprint-and-published-version']);
    const result = await runCli(
      ['import-bib', 'arxiv-preprint-and-published-version.bib', '--merge-preprints', '--dir', dir],
      { cwd: root },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'added           pub/wang2024wise (arxiv-preprint-and-published-version.bib:1)',
        'merged          into pub/wang2024wise (arxiv-preprint-and-published-version.bib:8, same title and authors): the published version of the preprint, now its primary source: its title, venue, type, date and DOI lead',
        'import-bib: 1 added, 0 updated, 1 merged, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    const text = await readFile(path.join(dir, 'publications/wang2024wise.md'), 'utf8');
    expect(text).toContain('key: wang2024wisepublished\n');
    expect(text).toContain('arxiv: "2405.14768"\n');
    expect(text).toContain('  - { type: arxiv, url: https://arxiv.org/abs/2405.14768 }\n');
    expect(await readdir(path.join(dir, 'publications'))).toStrictEqual(['wang2024wise.md']);
  });

  test('standard input with -', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, []);
    const input = await readFile(path.join(bibFixtureDir, 'dblp-export-with-crossref.bib'), 'utf8');
    const result = await runCli(['import-bib', '-', '--dir', dir], { cwd: root, input });
    expect(result.status).toBe(0);
    // DBLP's keys all start with `DBLP:`: the id is the one add-pub would make.
    expect(result.stdout).toContain('added           pub/wang2024wise (<stdin>:1)\n');
    expect(result.stderr).toBe(
      '<stdin>:21: warning: entry "DBLP:conf/nips/2024" skipped: is the crossref target of 1 entry, whose fields it completes; not a publication of its own\n',
    );
  });

  test('untrusted citation keys never name a file outside publications/, and never the same file', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['untrusted-citation-keys']);
    const before = (await readdir(root)).sort();
    const result = await runCli(['import-bib', 'untrusted-citation-keys.bib', '--dir', dir], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('untrusted-citation-keys.bib:16: error: entry "x\\y" skipped:');
    expect((await readdir(root)).sort()).toStrictEqual(before);
    expect((await readdir(dir)).sort()).toStrictEqual(['profile.md', 'publications']);
    expect((await readdir(path.join(dir, 'publications'))).sort()).toStrictEqual([
      'a-b.md',
      'c-x.md',
      'con-entry.md',
      'entry.md',
      'li2020dot.md',
      'li2020slash.md',
    ]);
    expect(await readFile(path.join(dir, 'publications/li2020dot.md'), 'utf8')).toContain('key: ../../../escape\n');
  });

  test('a file that is not UTF-8: exit 1 at the line of the bad byte, nothing imported', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['broken-latin1-not-utf8', 'google-scholar-export']);
    const result = await runCli(
      ['import-bib', 'google-scholar-export.bib', 'broken-latin1-not-utf8.bib', '--dir', dir],
      { cwd: root },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'broken-latin1-not-utf8.bib:2: error: the file is not valid UTF-8; nothing was imported',
    );
    expect(await readdir(dir)).toStrictEqual(['profile.md']);
  });

  test('an arXiv id or DOI pasted into another paper: both papers imported, each wrong one named', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['same-identifier-on-two-papers']);
    const file = 'same-identifier-on-two-papers.bib';
    const first = await runCli(['import-bib', file, '--dir', dir], { cwd: root });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(
      [
        `added           pub/wen2024anyhome (${file}:3)`,
        `added           pub/wen2023chatgpt (${file}:12)`,
        `added           pub/doe2020cats (${file}:22)`,
        `added           pub/roe2021dogs (${file}:30)`,
        `added           pub/wen2023editing (${file}:38)`,
        `merged          into pub/wen2023editing (${file}:46, same arXiv id): the published version of the preprint, now its primary source: its title, venue, type, date and DOI lead`,
        'import-bib: 5 added, 0 updated, 1 merged, 0 unchanged, 0 skipped',
        '',
      ].join('\n'),
    );
    expect(first.stderr.split('\n').slice(0, 2)).toStrictEqual([
      `${file}:12: warning: entry "wen2023chatgpt": has the arXiv id 2312.06644 of pub/wen2024anyhome, whose title and authors are another work's; imported as a publication of its own: check which of the two it belongs to`,
      `${file}:30: warning: entry "roe2021dogs": has the DOI 10.1000/JFS.2020.123 of pub/doe2020cats, whose title and authors are another work's; imported as a publication of its own: check which of the two it belongs to`,
    ]);
    const titles = await Promise.all(
      ['wen2024anyhome', 'wen2023chatgpt', 'doe2020cats', 'roe2021dogs'].map(
        async (stem) =>
          /^title: (.*)$/m.exec(await readFile(path.join(dir, 'publications', `${stem}.md`), 'utf8'))?.[1],
      ),
    );
    expect(titles).toStrictEqual([
      '"AnyHome: Open-Vocabulary Generation of Structured and Textured 3D Homes"',
      '"ChatGPT v.s. Media Bias: A Comparative Study of GPT-3.5 and Fine-tuned Language Models"',
      'Whisker Length Predicts Hunting Success in Domestic Cats',
      'Tail Wagging as a Signal of Stress in Shelter Dogs',
    ]);
    const again = await runCli(['import-bib', file, '--dir', dir], { cwd: root });
    expect(again.stdout).toBe('import-bib: 0 added, 0 updated, 6 unchanged, 0 skipped\n');
  });

  test('an own name bolded by hand is read as the name, and the page bolds the owner once', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['own-name-bold-in-author-lists']);
    const imported = await runCli(['import-bib', 'own-name-bold-in-author-lists.bib', '--dir', dir], { cwd: root });
    expect(imported.status).toBe(0);
    expect(imported.stderr).not.toContain('do not list you');
    const page = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });
    const authorLines = page.stdout.split('\n').filter((line) => line.includes('**Zexi Li'));
    expect(authorLines).toStrictEqual([
      '  **Zexi Li**, Peng Wang, and Yu Chen',
      '  Peng Wang, **Zexi Li\\***, and Yu Chen',
      '  Adrià Torralba-Agell, **Zexi Li**, and others',
      '  **Zexi Li**, Peng Wang, and others',
    ]);
  });

  test('a workshop held with a conference is labelled as its workshop on the page, never as the conference', async ({
    expect,
  }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, ['workshop-papers-held-with-conferences']);
    const imported = await runCli(['import-bib', 'workshop-papers-held-with-conferences.bib', '--dir', dir], {
      cwd: root,
    });
    expect(imported.status).toBe(0);
    const label = async (stem: string) =>
      /^label: (.*)$/m.exec(await readFile(path.join(dir, 'publications', `${stem}.md`), 'utf8'))?.[1];
    expect(await label('cho2023heterogeneous')).toBe('NeurIPS Workshop 2023');
    expect(await label('doe2024reliable')).toBe('ICLR Workshop 2024');
    expect(await label('doe2023pose')).toBe('CVPR Workshop 2023');
    expect(await label('doe2023event')).toBe('CVPR Workshop 2023');
    expect(await label('doe2021woah')).toBe('WOAH 2021');
    expect(await label('doe2024scaling')).toBe('NeurIPS 2024');
    const page = await runCli(['export', '--format', 'md', '--dir', dir], { cwd: root });
    expect(page.stdout).toContain('- [**NeurIPS Workshop 2023**] [Heterogeneous LoRA for Federated Fine-tuning');
    expect(page.stdout).toContain('- [**NeurIPS 2024**] Scaling Federated Fine-tuning');
  });

  test('usage: a missing file is exit 1, no file at all is exit 2', async ({ expect }) => {
    const root = await fresh();
    const dir = await profileWithFixtures(root, []);
    const missing = await runCli(['import-bib', 'nope.bib', '--dir', dir], { cwd: root });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.bib: error: no such file; nothing was imported\n');
    const none = await runCli(['import-bib', '--dir', dir], { cwd: root });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("error: missing required argument 'file'");
  });
});
