/** Loading fixture folders: the values read and the exact problems reported, one fixture per behaviour. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { InvalidProfileError } from '../../../src/problems.js';
import { loadProfile, loadValidProfile } from '../../../src/store/loadProfile.js';

declare global {
  var __pwned: boolean | undefined;
}

const fixtures = fileURLToPath(new URL('../../fixtures/unit/', import.meta.url));

/** Loads a fixture folder, naming it `profile` in problems so that they read the same on every machine. */
function load(name: string) {
  return loadProfile(`${fixtures}${name}`, { displayDir: 'profile' });
}

describe('loadProfile reads', () => {
  test('an unquoted date: 2025.10 as October 2025', async () => {
    const { profile, problems } = await load('date-2025-10-keeps-october');
    expect(problems).toEqual([]);
    expect(profile?.news.map((item) => [item.id, item.fields.date])).toEqual([
      ['news/2025-07-july', { year: 2025, month: 7 }],
      ['news/2025-10-october', { year: 2025, month: 10 }],
    ]);
  });

  test('the owner, the bio and each item of a valid profile, with no problems', async () => {
    const { profile, problems } = await load('tiny-profile');
    expect(problems).toEqual([]);
    expect(profile?.owner.name).toBe('Zexi Li');
    expect(profile?.bio).toBe('I study *federated learning*.');
    expect(profile?.news.map((item) => item.id)).toEqual([
      'news/2024-12-old-news',
      'news/2025-02-hidden-note',
      'news/2025-03-hidden-draft',
      'news/2025-07-joined-lab',
    ]);
    expect(profile?.publications.map((item) => [item.id, item.file, item.fields.key])).toEqual([
      ['pub/li2025fed', 'publications/li2025fed.md', 'li2025fed'],
      ['pub/old2023note', 'publications/old2023note.md', 'Old2023:Note'],
    ]);
    expect(profile?.talks.map((item) => item.id)).toEqual(['talk/2024-11-05-xtra-lab', 'talk/2025-04-28-zju']);
  });

  test('a body trimmed and without its front matter', async () => {
    const { profile } = await load('tiny-profile');
    expect(profile?.news.find((item) => item.id === 'news/2025-07-joined-lab')?.body).toBe(
      'Joined [the Lab](https://lab.example.org).',
    );
  });
});

describe('loadProfile reports', () => {
  test('an unknown field as a warning at its line, and loads the item anyway', async () => {
    const { profile, problems } = await load('unknown-field-warning');
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'profile/publications/typo2025.md',
        line: 6,
        message: 'unknown field "selcted" — did you mean "selected"?',
        hint: 'it is ignored until renamed; the fields are listed in https://unpkg.com/academic-profile-cli/docs/format.md',
      },
    ]);
    expect(profile?.publications.map((item) => item.id)).toEqual(['pub/typo2025']);
  });

  test('a YAML error as an error of its file, and skips the item', async () => {
    const { profile, problems } = await load('bad-yaml-line');
    expect(problems.map(({ severity, file, message, hint }) => ({ severity, file, message, hint }))).toEqual([
      {
        severity: 'error',
        file: 'profile/news/2025-07-duplicate-date.md',
        message: 'Map keys must be unique',
        hint: 'fix the YAML between the two "---" lines',
      },
    ]);
    expect(profile?.news).toEqual([]);
  });

  test('a YAML error at its line in the file', async () => {
    const { problems } = await load('bad-yaml-line');
    expect(problems.map((problem) => problem.line)).toEqual([4]);
  });

  test('a citation key used twice, on the second file', async () => {
    const { problems } = await load('duplicate-citation-key');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'profile/publications/b-copy.md',
        message: 'duplicate citation key "wang2024wise", also used by profile/publications/a-first.md',
        hint: 'give one of the two publications another key, or remove the copy',
      },
    ]);
  });

  test('a file name that is not lower-case letters, digits and -, suggesting one that is', async () => {
    const { profile, problems } = await load('bad-file-name');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'profile/news/Joined_Lab.md',
        message: '"Joined_Lab.md" is not a valid item file name',
        hint: 'use lower-case letters, digits and "-" only, e.g. "joined-lab.md"',
      },
    ]);
    expect(profile?.news).toEqual([]);
  });

  test('a missing profile.md, and gives no profile', async () => {
    const { profile, problems } = await load('missing-profile-md');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'profile/profile.md',
        message: 'there is no profile here (profile.md is missing)',
        hint: 'run `profile init` to create one, or pass --dir with the profile folder',
      },
    ]);
    expect(profile).toBeUndefined();
  });

  test('a ---js front matter at line 1, without running it', async () => {
    const { profile, problems } = await load('js-front-matter');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'profile/news/2025-07-js.md',
        line: 1,
        message: 'front matter in "js" is refused: only YAML front matter is read',
        hint: 'make the first line exactly "---" and write the fields as YAML',
      },
    ]);
    expect(globalThis.__pwned).toBeUndefined();
    expect(profile?.news).toEqual([]);
  });

  test('an impossible date at its line, with the reason', async () => {
    const { problems } = await load('impossible-date-error');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'profile/news/2025-02-thirtieth.md',
        line: 3,
        message: '"date" "2025-02-30" has an impossible day (2025-02 has 28 days)',
      },
    ]);
  });

  test('a missing required field at line 1', async () => {
    const { problems } = await load('missing-required-date');
    expect(problems).toEqual([
      { severity: 'error', file: 'profile/talks/2025-04-28-no-date.md', line: 1, message: '"date" is required' },
    ]);
  });

  test('a text section of the page that has no file in sections/', async () => {
    const { problems } = await load('missing-text-section');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'profile/profile.md',
        message: 'page section "research-interests" has no file sections/research-interests.md',
      },
    ]);
  });

  test('a file that is not .md as a warning, and ignores it', async () => {
    const { profile, problems } = await load('not-markdown-file-warning');
    expect(problems).toEqual([
      { severity: 'warning', file: 'profile/news/notes.txt', message: 'not a .md file; ignored' },
    ]);
    expect(profile?.news).toEqual([]);
  });
});

describe('loadValidProfile', () => {
  test('throws the problems when there is an error', async () => {
    const error = await loadValidProfile(`${fixtures}duplicate-citation-key`, { displayDir: 'profile' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InvalidProfileError);
    expect((error as InvalidProfileError).message).toBe('the profile has 1 error');
    expect((error as InvalidProfileError).problems.map((problem) => problem.file)).toEqual([
      'profile/publications/b-copy.md',
    ]);
  });

  test('returns warnings with the profile when there is no error', async () => {
    const { profile, warnings } = await loadValidProfile(`${fixtures}unknown-field-warning`, { displayDir: 'profile' });
    expect([profile.owner.name, warnings.map((warning) => warning.message)]).toEqual([
      'Test Owner',
      ['unknown field "selcted" — did you mean "selected"?'],
    ]);
  });
});
