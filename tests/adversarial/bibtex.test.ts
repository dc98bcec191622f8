/**
 * Hostile and broken BibTeX given to `import-bib`: each broken entry is skipped with its file, line, reason and a hint
 * while the good entries are imported (exit 1 so that CI notices); a file that is not UTF-8 or holds no entry is
 * refused whole; citation keys never name a file outside publications/; nothing outside the profile changes; every
 * run ends by itself, without a stack trace, and importing the same file again changes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'vitest';
import { copyFixture, finishedCleanly, refsBib, useScenes, writeTree } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';
import { changedPaths, snapshotFolder } from './support/folderSnapshot.js';

const cli = useBuiltCli();
const scene = useScenes();

const fineEntry =
  '@article{fine,\n  author = {Lovelace, Ada},\n  title = {The one entry that is fine},\n  year = {2024}\n}\n';
const fixHint = '  hint: fix the entry and import the file again\n';

interface BibCase {
  file: string;
  /** Generated at test time (too large to keep in the repository); else copied from the fixtures. */
  generate?: () => string;
  status: number;
  stdout: string;
  stderr: string;
  /** The publication files the import adds. */
  added: string[];
}

const cases: BibCase[] = [
  {
    file: 'bib-unbalanced-braces.bib',
    status: 1,
    stdout:
      'added           pub/fine (bib-unbalanced-braces.bib:19)\nimport-bib: 1 added, 0 updated, 0 unchanged, 3 skipped (3 with errors)\n',
    stderr: [
      'bib-unbalanced-braces.bib:1: error: entry "unclosed" skipped: the entry is not closed before the next entry at line 7 (a missing "}" or an extra "{") (citation-js: expected "rbrace", got EOF)\n',
      fixHint,
      'bib-unbalanced-braces.bib:9: error: entry "stray" skipped: the value of the field "title" ends before its text does: a stray "}" (line 9)?\n',
      fixHint,
      'bib-unbalanced-braces.bib:15: error: entry "quoted" skipped: the braces in the value of "title" do not balance\n',
      fixHint,
    ].join(''),
    added: ['fine.md'],
  },
  {
    file: 'bib-missing-commas-and-keys.bib',
    status: 1,
    stdout:
      'added           pub/fine (bib-missing-commas-and-keys.bib:19)\nimport-bib: 1 added, 0 updated, 0 unchanged, 3 skipped (3 with errors)\n',
    stderr: [
      'bib-missing-commas-and-keys.bib:2: error: entry "nocomma" skipped: missing comma after the field "author" (line 2)?\n',
      fixHint,
      'bib-missing-commas-and-keys.bib:8: error: entry skipped: has no citation key\n',
      '  hint: write the key right after "{", followed by a comma: @article{lovelace1843notes, …\n',
      'bib-missing-commas-and-keys.bib:13: error: entry skipped: has no citation key\n',
      '  hint: write the key right after "{", followed by a comma: @article{lovelace1843notes, …\n',
    ].join(''),
    added: ['fine.md'],
  },
  {
    file: 'bib-duplicate-keys.bib',
    status: 1,
    stdout:
      'added           pub/twice (bib-duplicate-keys.bib:1)\nimport-bib: 1 added, 0 updated, 0 unchanged, 1 skipped (1 with errors)\n',
    stderr:
      'bib-duplicate-keys.bib:7: error: entry "Twice" skipped: repeats the citation key "twice" of bib-duplicate-keys.bib:1\n' +
      '  hint: citation keys must be unique (BibTeX compares them ignoring case); rename or remove one of the two\n',
    added: ['twice.md'],
  },
  {
    // Kept as data: CSL calls them "document", and `export --format bib` writes the type back as it was.
    file: 'bib-unknown-entry-type.bib',
    status: 0,
    stdout:
      'added           pub/tool (bib-unknown-entry-type.bib:1)\nadded           pub/odd (bib-unknown-entry-type.bib:8)\nimport-bib: 2 added, 0 updated, 0 unchanged, 0 skipped\n',
    stderr: '',
    added: ['odd.md', 'tool.md'],
  },
  {
    // A bare word that is no macro is kept as the text it spells (what BibTeX prints, with a warning); only the
    // @string definitions that name each other are lost.
    file: 'bib-string-loop-and-undefined-macro.bib',
    status: 1,
    stdout: [
      'added           pub/looped (bib-string-loop-and-undefined-macro.bib:4)',
      'added           pub/undefined (bib-string-loop-and-undefined-macro.bib:11)',
      'added           pub/fine (bib-string-loop-and-undefined-macro.bib:18)',
      'import-bib: 3 added, 0 updated, 0 unchanged, 2 skipped (2 with errors)',
      '',
    ].join('\n'),
    stderr: [
      'bib-string-loop-and-undefined-macro.bib:1: error: entry "@string ping" skipped: uses the undefined @string macro "pong"\n',
      '  hint: define every macro with @string before it is used; two that name each other are never defined\n',
      'bib-string-loop-and-undefined-macro.bib:2: error: entry "@string pong" skipped: uses the undefined @string macro "ping"\n',
      '  hint: define every macro with @string before it is used; two that name each other are never defined\n',
      'bib-string-loop-and-undefined-macro.bib:4: warning: entry "looped": the field "journal" is the bare word ping, not a defined @string macro; it is kept as the text "ping"\n',
      'bib-string-loop-and-undefined-macro.bib:11: warning: entry "undefined": "nowhere" is not a defined @string macro; it is kept as the text "nowhere"\n',
    ].join(''),
    added: ['fine.md', 'looped.md', 'undefined.md'],
  },
  {
    file: 'bib-nested-10000-braces.bib',
    generate: () =>
      `@article{deep,\n  author = {Lovelace, Ada},\n  title = {${'{'.repeat(10_000)}deep${'}'.repeat(10_000)}},\n  year = {2024}\n}\n\n${fineEntry}`,
    status: 1,
    stdout:
      'added           pub/fine (bib-nested-10000-braces.bib:7)\nimport-bib: 1 added, 0 updated, 0 unchanged, 1 skipped (1 with errors)\n',
    stderr:
      'bib-nested-10000-braces.bib:1: error: entry "deep" skipped: its braces are nested 10001 levels deep; up to 100 are read\n  hint: remove the extra braces\n',
    added: ['fine.md'],
  },
  {
    file: 'bib-field-20mb.bib',
    generate: () =>
      `@article{huge,\n  author = {Lovelace, Ada},\n  title = {A 20 MB abstract},\n  abstract = {${'word '.repeat(4 * 1024 * 1024)}},\n  year = {2024}\n}\n\n${fineEntry}`,
    status: 1,
    stdout:
      'added           pub/fine (bib-field-20mb.bib:8)\nimport-bib: 1 added, 0 updated, 0 unchanged, 1 skipped (1 with errors)\n',
    stderr:
      'bib-field-20mb.bib:1: error: entry "huge" skipped: the entry is 21.0 MB long; entries of up to 1 MB are read\n' +
      '  hint: a field this long is not citation data (often a whole file pasted in); shorten or remove it\n',
    added: ['fine.md'],
  },
  {
    file: 'bib-latin1-bytes.bib',
    status: 1,
    stdout: '',
    stderr:
      'bib-latin1-bytes.bib:2: error: the file is not valid UTF-8; nothing was imported\n' +
      '  hint: convert it first, e.g. `iconv -f latin1 -t utf-8 bib-latin1-bytes.bib > utf8.bib`, or save it as UTF-8 from your reference manager\n',
    added: [],
  },
  {
    // What a failed download gives: an HTML error page instead of BibTeX.
    file: 'bib-no-entries-html-page.bib',
    generate: () => '<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1><p>admin@example.org</p></body></html>\n',
    status: 1,
    stdout: '',
    stderr:
      'bib-no-entries-html-page.bib: error: the file has no BibTeX entry; nothing was imported\n' +
      '  hint: check that it is a BibTeX file (a download that failed often gives an HTML page instead)\n',
    added: [],
  },
  {
    file: 'bib-keys-escaping-the-folder.bib',
    status: 1,
    stdout: [
      // Keys that are paths give the id add-pub would make: first author, year, first title word.
      'added           pub/lovelace2024key (bib-keys-escaping-the-folder.bib:1)',
      'added           pub/lovelace2024absolute (bib-keys-escaping-the-folder.bib:7)',
      'added           pub/con-entry (bib-keys-escaping-the-folder.bib:13)',
      'added           pub/lpt1-txt (bib-keys-escaping-the-folder.bib:19)',
      'added           pub/profile-lock (bib-keys-escaping-the-folder.bib:25)',
      'added           pub/fields (bib-keys-escaping-the-folder.bib:37)',
      'added           pub/nul-entry (bib-keys-escaping-the-folder.bib:45)',
      'added           pub/lovelace2024device (bib-keys-escaping-the-folder.bib:51)',
      'import-bib: 8 added, 0 updated, 0 unchanged, 1 skipped (1 with errors)',
      '',
    ].join('\n'),
    stderr:
      'bib-keys-escaping-the-folder.bib:31: error: entry "C:\\x" skipped: has the citation key "C:\\\\x", which LaTeX cannot cite (a backslash or "%" in `\\cite{…}`)\n' +
      '  hint: give the entry a key of letters, digits and : - _ / .\n',
    added: [
      'con-entry.md',
      'fields.md',
      'lovelace2024absolute.md',
      'lovelace2024device.md',
      'lovelace2024key.md',
      'lpt1-txt.md',
      'nul-entry.md',
      'profile-lock.md',
    ],
  },
];

describe.concurrent('import-bib of hostile and broken BibTeX', () => {
  test.for(cases)('$file', async (bibCase, { expect }) => {
    const where = scene();
    const target = path.join(where.root, bibCase.file);
    if (bibCase.generate) writeTree(where.root, { [bibCase.file]: bibCase.generate() });
    else copyFixture(bibCase.file, target);
    const before = snapshotFolder(where.root);
    const run = () => cli(['import-bib', bibCase.file, '--dir', 'profile'], { cwd: where.root });

    const first = await run();
    expect(finishedCleanly(first)).toEqual({ timedOut: false, trace: false });
    expect(first.stderr).toBe(bibCase.stderr);
    expect(first.stdout).toBe(bibCase.stdout);
    expect(first.status).toBe(bibCase.status);
    const afterFirst = snapshotFolder(where.root);
    // Only new publication files: nothing outside the profile, no other item touched, no lock or temporary file left.
    expect(changedPaths(before, afterFirst)).toEqual(bibCase.added.map((name) => `profile/publications/${name}`));

    const again = await run();
    expect(finishedCleanly(again)).toEqual({ timedOut: false, trace: false });
    expect(again.status).toBe(bibCase.status);
    expect(changedPaths(afterFirst, snapshotFolder(where.root))).toEqual([]);
  });

  test('keys that name paths or devices stay data: kept verbatim in the file and written back by export', async ({
    expect,
  }) => {
    const where = scene();
    copyFixture('bib-keys-escaping-the-folder.bib', path.join(where.root, 'keys.bib'));
    await cli(['import-bib', 'keys.bib', '--dir', 'profile'], { cwd: where.root });
    const stored = readFileSync(path.join(where.dir, 'publications/lovelace2024key.md'), 'utf8');
    expect(stored.split('\n')[1]).toBe('key: ../../outside/secret');
    const exported = await cli(['export', '--format', 'bib', '--dir', 'profile'], {
      cwd: where.root,
    });
    expect(exported.status).toBe(0);
    const keys = [...exported.stdout.matchAll(/^@(\w+)\{([^,\n]*),$/gm)].map((match) => `${match[1]}{${match[2]}`);
    expect(keys).toEqual([
      'article{../../outside/secret',
      'article{.profile.lock',
      'article{/dev/zero',
      'article{/etc/passwd',
      'article{LPT1.txt',
      'article{con',
      'article{fields',
      'article{kept',
      'article{nul',
    ]);
    // A field naming a device is text: it is written back, never opened.
    expect(exported.stdout).toContain('  file = {/dev/zero},\n');
    expect(readFileSync(path.join(where.root, 'outside/secret.txt'), 'utf8')).toBe(
      'A file outside the profile: no command may touch it.\n',
    );
  });

  test('a valid file still imports next to the scene files (the control case)', async ({ expect }) => {
    const where = scene();
    const result = await cli(['import-bib', 'refs.bib', '--dir', 'profile'], { cwd: where.root });
    expect(refsBib).toContain('fresh2025');
    expect(result.stdout).toBe(
      'added           pub/fresh2025 (refs.bib:1)\nimport-bib: 1 added, 0 updated, 0 unchanged, 0 skipped\n',
    );
    expect(result.status).toBe(0);
  });
});
