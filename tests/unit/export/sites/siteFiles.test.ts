/** The pieces every site exporter shares: file paths and endings, full dates, file names, links, front matter. */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { frontMatterDocument } from '../../../../src/export/sites/frontMatterDocument.js';
import { isIdentifierPage, isPdfUrl } from '../../../../src/export/sites/publicationUrls.js';
import { siteFile, sortedByPath } from '../../../../src/export/sites/siteFiles.js';
import { datedStem, dayDate, itemStem, singleLine } from '../../../../src/export/sites/siteItems.js';
import { publication } from './siteProfiles.js';

describe('siteFile', () => {
  test('writes LF line ends and exactly one final newline', () => {
    expect(siteFile('a/b.md', 'x\r\ny\rz').content).toBe('x\ny\nz\n');
    expect(siteFile('a.md', 'x\n\n\n').content).toBe('x\n');
    expect(siteFile('a.md', 'x').content).toBe('x\n');
  });

  test.each(['../x.md', '/etc/passwd', 'a/../b', 'a//b', './a', 'a/', '', 'a\\b', 'C:x', '.hidden'])(
    'refuses the unsafe path %j',
    (path) => {
      expect(() => siteFile(path, 'x')).toThrow(/unsafe path/);
    },
  );

  test('sorts by path and refuses two files at one path', () => {
    const files = [siteFile('b.md', ''), siteFile('_a/z.md', ''), siteFile('a.md', '')];
    expect(sortedByPath(files).map((file) => file.path)).toEqual(['_a/z.md', 'a.md', 'b.md']);
    expect(() => sortedByPath([siteFile('a.md', '1'), siteFile('a.md', '2')])).toThrow(/two site files at a.md/);
  });
});

describe('dates and names', () => {
  test('a full date keeps its day; a month gets the 1st; a year gets January 1st', () => {
    expect(dayDate({ year: 2025, month: 7, day: 30 })).toBe('2025-07-30');
    expect(dayDate({ year: 2025, month: 10 })).toBe('2025-10-01');
    expect(dayDate({ year: 2025 })).toBe('2025-01-01');
  });

  test('a stem that starts with its own date is not dated twice', () => {
    expect(datedStem({ year: 2024, month: 11, day: 14 }, '2024-11-14-cambridge-cst')).toBe('2024-11-14-cambridge-cst');
    expect(datedStem({ year: 2025, month: 7 }, '2025-07-joined-lab')).toBe('2025-07-01-joined-lab');
    expect(datedStem({ year: 2025 }, '2025-survey')).toBe('2025-01-01-survey');
    expect(datedStem({ year: 2024 }, 'wang2024wise')).toBe('2024-01-01-wang2024wise');
    // A date that is not the item's own is part of the name.
    expect(datedStem({ year: 2021 }, '2020-covid')).toBe('2021-01-01-2020-covid');
    expect(datedStem({ year: 2025, month: 7 }, '2025-07')).toBe('2025-07-01-2025-07');
    expect(datedStem({ year: 2025, month: 7 }, '2025-07-14-x')).toBe('2025-07-01-2025-07-14-x');
    expect(datedStem({ year: 2024, month: 11, day: 14 }, '2024-11-14-3d-vision')).toBe('2024-11-14-3d-vision');
  });

  test('the stem is the file name; an id that is not a safe name is made one', () => {
    expect(itemStem(publication('wang2024wise', { title: 'T' }))).toBe('wang2024wise');
    const unsafe = { ...publication('x', { title: 'T' }), id: 'pub/../../Etc/Passwd' };
    expect(itemStem(unsafe)).toBe('etc-passwd');
  });

  test('a newline inside a one-line value is a space', () => {
    expect(singleLine('  A\n  B \r\n C ')).toBe('A B C');
  });
});

describe('publication links', () => {
  test.each([
    ['https://x.org/paper.pdf', true],
    ['https://x.org/paper.PDF?download=1#page=2', true],
    ['https://arxiv.org/pdf/2405.14768', true],
    ['https://export.arxiv.org/pdf/2405.14768v2', true],
    ['https://arxiv.org/abs/2405.14768', false],
    ['https://proceedings.mlr.press/v202/li23s.html', false],
    ['files/paper.pdf', true],
  ])('%s is a PDF: %s', (url, expected) => {
    expect(isPdfUrl(url)).toBe(expected);
  });

  test('the pages of the DOI and the arXiv id are recognised, in http, https and www forms', () => {
    const { fields } = publication('x', { title: 'T', doi: '10.1145/1.2', arxiv: '2405.14768' });
    expect(isIdentifierPage('https://arxiv.org/abs/2405.14768', fields)).toBe(true);
    expect(isIdentifierPage('http://www.arxiv.org/abs/2405.14768/', fields)).toBe(true);
    expect(isIdentifierPage('https://doi.org/10.1145/1.2', fields)).toBe(true);
    expect(isIdentifierPage('https://dx.doi.org/10.1145/1.2', fields)).toBe(true);
    expect(isIdentifierPage('https://arxiv.org/pdf/2405.14768', fields)).toBe(false);
    expect(isIdentifierPage('https://dl.acm.org/doi/10.1145/1.2', fields)).toBe(false);
  });
});

describe('frontMatterDocument', () => {
  test('quotes text that YAML 1.1 or 1.2 readers would give a type, and leaves out undefined fields', () => {
    const written = {
      arxiv: '2203.12285',
      date: '2024-01-01',
      title: 'No',
      venue: 'on',
      name: '~',
      symbol: ':x',
      plain: 'Zexi Li',
      list: ['me', 'Yes', '1e3', '.inf'],
      flag: true,
    };
    const text = frontMatterDocument({ ...written, missing: undefined });
    expect(text).toBe(
      [
        '---',
        'arxiv: "2203.12285"',
        'date: "2024-01-01"',
        'title: "No"',
        'venue: "on"',
        'name: "~"',
        'symbol: ":x"',
        'plain: Zexi Li',
        'list:',
        '  - me',
        '  - "Yes"',
        '  - "1e3"',
        '  - ".inf"',
        'flag: true',
        '---',
        '',
      ].join('\n'),
    );
    for (const version of ['1.1', '1.2'] as const) {
      expect(parse(text.slice(4, -4), { version })).toStrictEqual(written);
    }
  });

  test('a body follows after an empty line; an empty body gives front matter only', () => {
    expect(frontMatterDocument({ a: 'b' }, '\n  Text.\n\n')).toBe('---\na: b\n---\n\nText.\n');
    expect(frontMatterDocument({ a: 'b' }, '  \n')).toBe('---\na: b\n---\n');
  });
});
