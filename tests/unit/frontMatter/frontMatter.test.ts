/** Front matter: only YAML is read, never run; lines are the file's own lines; the body comes back without it. */
import { afterEach, describe, expect, test } from 'vitest';
import { ProfileError } from '../../../src/errors.js';
import { parseFrontMatterFile } from '../../../src/frontMatter/frontMatter.js';
import { thrownBy } from '../../support/caughtErrors.js';

/** The ProfileError a file must raise. */
function errorOf(text: string): ProfileError {
  return thrownBy(() => parseFrontMatterFile(text, 'news/x.md'), ProfileError);
}

declare global {
  var __pwned: boolean | undefined;
}

describe('parseFrontMatterFile reads', () => {
  test('the fields and the body of a normal file', () => {
    const file = parseFrontMatterFile(
      '---\ndate: 2025.07\nhidden: true\norder: 2\n---\nJoined the lab.\n',
      'news/x.md',
    );
    expect(file.data).toEqual({ date: '2025.07', hidden: true, order: 2 });
    expect(file.body).toBe('Joined the lab.\n');
  });

  test('a file that starts with a byte-order mark', () => {
    const file = parseFrontMatterFile('\uFEFF---\ntitle: T\n---\nBody\n', 'x.md');
    expect(file.data).toEqual({ title: 'T' });
    expect(file.body).toBe('Body\n');
  });

  test('a file with CRLF line ends, giving a body with LF line ends', () => {
    const file = parseFrontMatterFile('---\r\ntitle: T\r\nlang: zh\r\n---\r\nOne\r\nTwo\r\n', 'x.md');
    expect(file.data).toEqual({ title: 'T', lang: 'zh' });
    expect(file.body).toBe('One\nTwo\n');
  });

  test('an empty front matter as no fields', () => {
    const file = parseFrontMatterFile('---\n---\nBody', 'x.md');
    expect(file.data).toEqual({});
    expect(file.body).toBe('Body');
  });

  test('a body that itself holds a --- line, keeping it', () => {
    const file = parseFrontMatterFile('---\ntitle: T\n---\nAbove\n---\nBelow\n', 'x.md');
    expect(file.body).toBe('Above\n---\nBelow\n');
  });

  test('lines of fields as lines of the file, after the opening ---', () => {
    const file = parseFrontMatterFile('---\nkey: a\nauthors:\n  - { family: Li }\n  - { family: Wang }\n---\n', 'x.md');
    expect([file.lineOf(['key']), file.lineOf(['authors', 1]), file.lineOf(['authors', 1, 'family'])]).toEqual([
      2, 5, 5,
    ]);
  });
});

describe('parseFrontMatterFile refuses code front matter at line 1', () => {
  afterEach(() => {
    globalThis.__pwned = undefined;
  });

  test.each([
    ['---js', 'js'],
    ['---javascript', 'javascript'],
    ['---JS', 'JS'],
    ['---coffee', 'coffee'],
  ])('%s', (opening, language) => {
    const payload =
      language === 'coffee'
        ? 'date: do -> globalThis.__pwned = true'
        : '{ date: (globalThis.__pwned = true, "2025-07") }';
    const error = errorOf(`${opening}\n${payload}\n---\nBody\n`);
    expect(error.message).toBe(`front matter in "${language}" is refused: only YAML front matter is read`);
    expect(error.file).toBe('news/x.md');
    expect(error.line).toBe(1);
    expect(globalThis.__pwned).toBeUndefined();
  });
});

describe('parseFrontMatterFile refuses', () => {
  test('a file without front matter', () => {
    const error = errorOf('Just a body.\n');
    expect([error.message, error.line]).toEqual(['the file has no front matter', 1]);
  });

  test('a front matter that is never closed', () => {
    const error = errorOf('---\ntitle: T\nBody\n');
    expect([error.message, error.line]).toEqual(['the front matter is not closed', 1]);
  });

  test('a front matter that is a list, not fields', () => {
    const error = errorOf('---\n- a\n- b\n---\n');
    expect([error.message, error.line]).toEqual(['the front matter must be a list of "field: value" lines', 2]);
  });

  test('a front matter that is a single text', () => {
    const error = errorOf('---\njust text\n---\n');
    expect(error.message).toBe('the front matter must be a list of "field: value" lines');
  });

  test('a YAML error with its message', () => {
    expect(errorOf('---\ndate: 2025-07\nhidden: false\ndate: 2025-08\n---\n').message).toBe('Map keys must be unique');
  });

  test('a YAML error at its line in the file, counting the opening ---', () => {
    expect(errorOf('---\ndate: 2025-07\nhidden: false\ndate: 2025-08\n---\n').line).toBe(4);
  });

  test('a custom tag at its line in the file, counting the opening ---', () => {
    expect(errorOf('---\ntitle: T\nrun: !!js/function "function () {}"\n---\n').line).toBe(3);
  });
});
