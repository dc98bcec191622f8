/**
 * Hostile and broken front matter in a profile, against every command that reads the profile: code never runs (the
 * payloads would write CODE-RAN into the working folder), a read command reports the file and line with a hint and
 * exits 1, a write command refuses and changes nothing, nothing is written outside the profile, no stack trace, and
 * every run ends by itself. A BOM, CRLF line ends and a 10 MB field are accepted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { copyFixture, finishedCleanly, type Scene, useScenes, writeTree } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();
const file = 'profile/publications/hostile.md';
const yamlHint = 'fix the YAML between the two "---" lines';

interface RefusedCase {
  name: string;
  /** Puts the hostile file at profile/publications/hostile.md. */
  place: (scene: Scene) => void;
  line: number;
  message: string;
  hint: string;
}

const fromFixture = (fixture: string) => (where: Scene) => copyFixture(fixture, path.join(where.root, file));

const refusedCases: RefusedCase[] = [
  ...['js', 'javascript', 'coffee'].map((language) => ({
    name: `engine-${language}.md`,
    place: fromFixture(`engine-${language}.md`),
    line: 1,
    message: `front matter in "${language}" is refused: only YAML front matter is read`,
    hint: 'make the first line exactly "---" and write the fields as YAML',
  })),
  {
    name: 'yaml-tag-js-function.md',
    place: fromFixture('yaml-tag-js-function.md'),
    line: 6,
    message: 'Unresolved tag: tag:yaml.org,2002:js/function',
    hint: yamlHint,
  },
  {
    name: 'yaml-tag-python-object.md',
    place: fromFixture('yaml-tag-python-object.md'),
    line: 3,
    message: 'Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system',
    hint: yamlHint,
  },
  {
    name: 'billion-laughs.md',
    place: fromFixture('billion-laughs.md'),
    line: 1,
    message: 'YAML cannot be read: Excessive alias count indicates a resource exhaustion attack',
    hint: yamlHint,
  },
  {
    name: 'front-matter-not-closed.md',
    place: fromFixture('front-matter-not-closed.md'),
    line: 1,
    message: 'the front matter is not closed',
    hint: 'add a line "---" after the last YAML field',
  },
  {
    name: 'invalid-utf8.md',
    place: fromFixture('invalid-utf8.md'),
    line: 3,
    message: 'the file is not valid UTF-8 (the first bad byte is byte 26)',
    hint: 'save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`); profile does not guess encodings',
  },
  {
    // Generated: 10,000 nested lists, which overflow a recursive parser.
    name: 'yaml-nested-10000-levels.md',
    place: (where) =>
      writeTree(where.root, {
        [file]: `---\nkey: deep\ntitle: T\nauthors: [{ family: A }]\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`,
      }),
    line: 5,
    message: 'the YAML is nested too deeply to read',
    hint: yamlHint,
  },
];

const problemLines = (refused: RefusedCase) =>
  `${file}:${refused.line}: error: ${refused.message}\n  hint: ${refused.hint}\n`;
const invalidProfile =
  'error: the profile has 1 error\n  hint: fix the files named above; `profile validate` lists every problem\n';

/** Every command that reads the profile, and what it prints on stderr when the profile holds `refused`. */
const commands: {
  name: string;
  args: string[];
  stderr: (refused: RefusedCase) => string;
  /** Input files the command reads besides the profile, put in the working folder. */
  files?: Record<string, string>;
  /** What it prints on stdout; nothing when absent. */
  stdout?: string;
}[] = [
  { name: 'validate', args: ['validate'], stderr: (refused) => `${problemLines(refused)}profile: 1 error\n` },
  // list shows what it can, the broken file marked invalid, and exits 1.
  {
    name: 'list',
    args: ['list', 'publications'],
    stderr: problemLines,
    stdout:
      'ID           DATE  FLAGS    TITLE\n' +
      'pub/kept     2024  -        A Publication That Must Survive\n' +
      'pub/hostile  -     invalid  (the file has an error, shown above)\n',
  },
  ...['md', 'json', 'bib'].map((format) => ({
    name: `export --format ${format}`,
    args: ['export', '--format', format],
    stderr: (refused: RefusedCase) => problemLines(refused) + invalidProfile,
  })),
  {
    name: 'export --out',
    args: ['export', '--out', 'site/about.md'],
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  {
    name: 'export --site',
    args: ['export', '--site', 'academicpages', '--out', 'site'],
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  { name: 'import-bib', args: ['import-bib', 'refs.bib'], stderr: (refused) => problemLines(refused) + invalidProfile },
  {
    name: 'import-page --merge',
    args: ['import-page', 'about.md', '--merge'],
    files: { 'about.md': '---\ntitle: About\n---\n## News\n\n- [2025.02] Merged news.\n' },
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  {
    name: 'add-news',
    args: ['add-news', 'News', '--date', '2025-02'],
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  {
    name: 'add-talk',
    args: ['add-talk', 'Talk', '--date', '2025-02-03'],
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  {
    name: 'add-service',
    args: ['add-service', 'Reviewer.'],
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  {
    name: 'add-pub',
    args: ['add-pub', 'Paper', '--author', 'Ada Lovelace'],
    stderr: (refused) => problemLines(refused) + invalidProfile,
  },
  { name: 'edit --set', args: ['edit', 'pub/hostile', '--set', 'selected=true'], stderr: problemLines },
  { name: 'hide', args: ['hide', 'pub/hostile'], stderr: problemLines },
  { name: 'select', args: ['select', 'pub/hostile'], stderr: problemLines },
];

describe.concurrent('a hostile or broken front matter: reported with file, line and hint; nothing runs or changes', () => {
  for (const refused of refusedCases) {
    test.for(commands)(`${refused.name}: $name exits 1`, async (command, { expect }) => {
      const where = scene(command.files);
      refused.place(where);
      const before = snapshotFolder(where.root);
      const result = await cli([...command.args, '--dir', 'profile'], { cwd: where.root });
      expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
      expect(result.stderr).toBe(command.stderr(refused));
      expect(result.stdout).toBe(command.stdout ?? '');
      expect(result.status).toBe(1);
      // Nothing written anywhere (no CODE-RAN, no site/about.md, no lock left), nothing lost.
      expect(changedPaths(before, snapshotFolder(where.root))).toEqual([]);
    });
  }

  test.for(refusedCases.map((refused) => refused.name))(
    '%s: remove --yes deletes the broken file without reading it, and nothing else',
    async (name, { expect }) => {
      const refused = refusedCases.find((candidate) => candidate.name === name) as RefusedCase;
      const where = scene();
      refused.place(where);
      const before = snapshotFolder(where.root);
      const result = await cli(['remove', 'pub/hostile', '--yes', '--dir', 'profile'], {
        cwd: where.root,
      });
      expect(finishedCleanly(result)).toEqual({ timedOut: false, trace: false });
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('removed pub/hostile\n');
      expect(result.status).toBe(0);
      expect(changedPaths(before, snapshotFolder(where.root))).toEqual([file]);
    },
  );
});

describe.concurrent('front matter a careful user expects to work', () => {
  const accepted = (fixture: string) => (where: Scene) => copyFixture(fixture, path.join(where.root, file));

  test.for([
    ['bom.md', 'A file that starts with a byte order mark', 'The body.'],
    ['crlf-line-ends.md', 'A file with Windows line ends', 'The body,\non two lines.'],
  ])(
    '%s: validate, list and export read it; edit writes it back as UTF-8 with LF and no BOM',
    async ([fixture, title, body], { expect }) => {
      const where = scene();
      accepted(fixture as string)(where);
      const run = (args: string[]) => cli([...args, '--dir', 'profile'], { cwd: where.root });
      const [validate, list, exported] = await Promise.all([
        run(['validate']),
        run(['list', 'publications', '--json']),
        run(['export', '--format', 'json']),
      ]);
      expect(validate.stdout).toBe('profile: valid (3 items)\n');
      expect(validate.status).toBe(0);
      expect(list.status).toBe(0);
      expect((JSON.parse(list.stdout) as { id: string }[]).map((item) => item.id)).toEqual(['pub/hostile', 'pub/kept']);
      const hostile = (
        JSON.parse(exported.stdout) as { publications: { id: string; title: string; abstract?: string }[] }
      ).publications.find((item) => item.id === (fixture === 'bom.md' ? 'bom' : 'crlf'));
      expect(hostile?.title).toBe(title);
      expect(hostile?.abstract).toBe(body);
      const edit = await run(['edit', 'pub/hostile', '--set', 'selected=true']);
      expect(edit.stderr).toBe('');
      expect(edit.status).toBe(0);
      const key = fixture === 'bom.md' ? 'bom' : 'crlf';
      expect(readFileSync(path.join(where.root, file), 'utf8')).toBe(
        `---\nkey: ${key}\ntitle: ${title}\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "2024"\nselected: true\n---\n\n${body}\n`,
      );
    },
  );

  test('a 10 MB title is kept whole by validate, export and edit', async ({ expect }) => {
    const where = scene();
    const title = `${'word '.repeat(2 * 1024 * 1024)}end`;
    writeTree(where.root, {
      [file]: `---\nkey: huge\ntitle: ${title}\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "2024"\n---\n`,
    });
    const run = (args: string[]) => cli([...args, '--dir', 'profile'], { cwd: where.root });
    const validate = await run(['validate']);
    expect(finishedCleanly(validate)).toEqual({ timedOut: false, trace: false });
    expect(validate.stdout).toBe('profile: valid (3 items)\n');
    const exported = await run(['export', '--format', 'json']);
    expect(finishedCleanly(exported)).toEqual({ timedOut: false, trace: false });
    const publications = (JSON.parse(exported.stdout) as { publications: { id: string; title: string }[] })
      .publications;
    expect(publications.find((item) => item.id === 'huge')?.title).toBe(title);
    const edit = await run(['hide', 'pub/hostile']);
    expect(finishedCleanly(edit)).toEqual({ timedOut: false, trace: false });
    expect(edit.stdout).toBe('pub/hostile: hidden\n');
    expect(readFileSync(path.join(where.root, file), 'utf8')).toBe(
      `---\nkey: huge\ntitle: ${title}\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "2024"\nhidden: true\n---\n`,
    );
  });

  test('a field named __proto__ is an unknown field like any other, reported and ignored', async ({ expect }) => {
    const where = scene();
    accepted('proto-key.md')(where);
    const result = await cli(['validate', '--dir', 'profile'], { cwd: where.root });
    expect(result.stderr).toBe(
      `${file}:6: warning: unknown field "__proto__"; it is ignored\n  hint: the fields are listed in https://unpkg.com/academic-profile-cli/docs/format.md\n`,
    );
    expect(result.stdout).toBe('profile: valid (3 items, 1 warning)\n');
    expect(result.status).toBe(0);
  });
});
