/** Reading around citation-js: every entry read whole or skipped with its file, line and reason. */
import { describe, expect, test } from 'vitest';
import { decodeBibText, readBibEntries } from '../../../src/bibtex/readBibEntries.js';
import { ProfileError } from '../../../src/errors.js';
import { readFixtures } from './fixtures.js';

describe('readBibEntries', () => {
  test('keeps every field, unknown ones included, with raw TeX values and the key as written', async () => {
    const { entries, skipped } = await readFixtures('al-folio-papers-custom-fields');
    expect(skipped).toStrictEqual([]);
    const physRev = entries.find((entry) => entry.key === 'PhysRev.47.777');
    expect(physRev?.type).toBe('article');
    expect(Object.keys(physRev?.fields ?? {})).toStrictEqual([
      'abbr',
      'title',
      'author',
      'abstract',
      'journal',
      'location',
      'volume',
      'issue',
      'pages',
      'numpages',
      'year',
      'month',
      'publisher',
      'doi',
      'url',
      'html',
      'pdf',
      'altmetric',
      'dimensions',
      'google_scholar_id',
      'video',
      'additional_info',
      'annotation',
      'selected',
      'inspirehep_id',
    ]);
    expect(physRev?.fields.author).toBe('Einstein*†, A. and Podolsky*, B. and Rosen*, N.');
    expect(physRev?.fields.publisher).toBe('American Physical Society,');
  });

  test('expands @string macros and # joins; a bare month macro is kept as the macro, the text "aug" braced', async () => {
    const { entries } = await readFixtures('string-macros-and-concatenation');
    expect(entries[0]?.fields.booktitle).toBe(
      'Proceedings of the 31st ACM SIGKDD Conference on Knowledge Discovery and Data Mining',
    );
    expect(entries[1]?.fields.booktitle).toBe('International Conference on Machine Learning 2023');
    const months = await readFixtures('month-macros-and-numbers');
    expect(months.entries.map((entry) => entry.fields.month)).toStrictEqual([
      'jul',
      'July',
      '{aug}',
      '9',
      '10',
      '{jul}',
      'dec # "~24"',
    ]);
  });

  test('a month joined with # to a day or another month is kept as written, macros in lower case', async () => {
    const { entries, skipped } = await readFixtures('month-joined-to-a-day-or-another-month');
    expect(skipped).toStrictEqual([]);
    expect(entries.map((entry) => [entry.key, entry.fields.month])).toStrictEqual([
      ['Chuan2021-np', '"31~" # jan'],
      ['kenwright:memory-pool:comp-tools:2012', 'jul # " 22--27"'],
      ['cettolo-etal-2012-wit3', 'may # " 28{--}30"'],
      ['norregaard-derczynski-2021-danfever', 'may # " 31--2 " # jun'],
      ['deng-wiebe-2015-mpqa', 'may # "{--}" # jun'],
      ['inbook-full', '"10~" # jan'],
      ['phdthesis-full', 'jun # "-" # aug'],
      ['Maier:1977:space', 'oct # {--} # nov'],
      ['month-macro-tie-day', 'dec # "~24"'],
      ['month-joined-impossible-day', 'feb # "~30"'],
      // The same characters in braces are text: braced, apart from the join, as the text "jul" is.
      ['month-join-as-braced-text', '{dec # "~24"}'],
    ]);
  });

  test('a join with another macro, or over lines, or written twice', async () => {
    const { entries } = await readBibEntries([
      {
        name: 'refs.bib',
        text: [
          '@string{conf = {ICML}}',
          '@misc{a, author = {Li, Zexi}, title = {T}, year = 2024, month = conf # "~24"}',
          '@misc{b, author = {Li, Zexi}, title = {T}, year = 2024, month = jul #\n    " 21--27"}',
          '@misc{c, author = {Li, Zexi}, title = {T}, year = 2024, month = jul # "~1", month = aug # "~2"}',
        ].join('\n'),
      },
    ]);
    // A macro other than a month's is expanded, as in any other field; the first of two months is BibTeX's.
    expect(entries.map((entry) => entry.fields.month)).toStrictEqual(['ICML~24', 'jul # " 21--27"', 'jul # "~1"']);
  });

  test('macros defined in one file are known in the files after it', async () => {
    const { entries, skipped } = await readBibEntries([
      { name: 'strings.bib', text: '@string{nips = {Advances in Neural Information Processing Systems}}' },
      { name: 'refs.bib', text: '@inproceedings{k, author = {Li, Zexi}, title = {T}, booktitle = nips, year = 2024}' },
    ]);
    expect(skipped).toStrictEqual([]);
    expect(entries[0]?.fields.booktitle).toBe('Advances in Neural Information Processing Systems');
  });

  test('a macro wrapped over lines is one line, as a field is (found by the BibTeX round-trip property)', async () => {
    // Counterexample: `@string{zzoab = {\n    A}}` and `journal = {a} # zzoab` read as "a     A".
    const { entries } = await readBibEntries([
      {
        name: 'refs.bib',
        text: '@string{wrapped = {Neural\n    Information}}\n@article{k, author = {Li, Zexi}, title = {T}, journal = {a } # wrapped # { b}, year = 2024}',
      },
    ]);
    expect(entries[0]?.fields.journal).toBe('a Neural Information b');
  });

  test('one broken entry is skipped with what most likely happened and its line; the others are read', async () => {
    const { entries, skipped } = await readFixtures('broken-missing-comma-and-equals');
    expect(entries.map((entry) => entry.key)).toStrictEqual(['fine-after-syntax-errors']);
    expect(skipped).toStrictEqual([
      {
        file: 'broken-missing-comma-and-equals.bib',
        line: 2,
        type: 'article',
        key: 'missing-comma',
        reason: 'missing comma after the field "author" (line 2)?',
        hint: 'fix the entry and import the file again',
        problem: true,
      },
      {
        file: 'broken-missing-comma-and-equals.bib',
        line: 9,
        type: 'article',
        key: 'missing-equals',
        reason: 'missing "=" after the field "title" (line 9)?',
        hint: 'fix the entry and import the file again',
        problem: true,
      },
    ]);
  });

  test('an entry whose first field stands where the key should be has no key, however it is written', async () => {
    const { entries, skipped } = await readBibEntries([
      {
        name: 'keys.bib',
        text: [
          '@article{title={T1}, author={Doe, Jane}, year={2020}}',
          '@article{title="T2", year=2020}',
          '@article{ author = {Doe, Jane}, title = {T3}}',
          '@article{fine, title = {T4}, author = {Doe, Jane}, year = 2020}',
        ].join('\n'),
      },
    ]);
    expect(entries.map((entry) => entry.key)).toStrictEqual(['fine']);
    expect(skipped.map(({ line, key, reason }) => ({ line, key, reason }))).toStrictEqual([
      { line: 1, key: undefined, reason: 'has no citation key' },
      { line: 2, key: undefined, reason: 'has no citation key' },
      { line: 3, key: undefined, reason: 'has no citation key' },
    ]);
  });

  test('entries parsed together in runs read as one by one: an @string between them applies from there on, a broken one is skipped at its line', async () => {
    const entry = (index: number) =>
      index === 70
        ? `@article{e${index},\n  author = {Li, Zexi}\n  title = {T${index}}, journal = venue, year = 2024}\n`
        : `@article{e${index},\n  author = {Li, Zexi}, title = {T${index}}, journal = venue # { } # jan, year = 2024}\n`;
    const lines = ['@string{venue = {First Venue}}\n'];
    for (let index = 0; index < 150; index++) {
      if (index === 100) lines.push('@string{venue = {Second Venue}}\n');
      lines.push(entry(index));
    }
    const { entries, skipped } = await readBibEntries([{ name: 'runs.bib', text: lines.join('') }]);
    expect(entries.length).toBe(149);
    expect(entries.map((read) => read.key)).toStrictEqual(
      Array.from({ length: 150 }, (_, index) => `e${index}`).filter((key) => key !== 'e70'),
    );
    // citation-js's predefined month macros expand to numbers inside a `#` join.
    expect(entries.map((read) => read.fields.journal)).toStrictEqual([
      ...Array.from({ length: 99 }, () => 'First Venue 01'),
      ...Array.from({ length: 50 }, () => 'Second Venue 01'),
    ]);
    // Line of the `@`: the @string is line 1, entry n (two lines; e70 three) at line 2 + 2n, those after e70 one later.
    expect(entries.map((read) => read.line).slice(68, 71)).toStrictEqual([138, 140, 145]);
    expect(skipped).toStrictEqual([
      {
        file: 'runs.bib',
        line: 143,
        type: 'article',
        key: 'e70',
        reason: 'missing comma after the field "author" (line 143)?',
        hint: 'fix the entry and import the file again',
        problem: true,
      },
    ]);
  });

  test('a bare word that is no defined macro is kept as the text it spells, with a warning', async () => {
    const { entries, skipped } = await readFixtures('broken-undefined-macro');
    expect(skipped).toStrictEqual([]);
    expect(entries.map((entry) => [entry.key, entry.fields.booktitle, entry.bare, entry.warnings])).toStrictEqual([
      [
        'undefined-macro',
        'neurips',
        ['booktitle'],
        [
          'the field "booktitle" is the bare word neurips, not a defined @string macro; it is kept as the text "neurips"',
        ],
      ],
      [
        'defined-later-is-too-late',
        'icmlconf',
        ['booktitle'],
        [
          'the field "booktitle" is the bare word icmlconf, not a defined @string macro; it is kept as the text "icmlconf"',
        ],
      ],
      ['fine-without-macros', undefined, undefined, undefined],
    ]);
  });

  test("al-folio's selected=True and month=July: kept as written, with a warning each", async () => {
    const { entries } = await readFixtures('al-folio-bare-true-and-month-words');
    expect(entries.map((entry) => [entry.key, entry.fields.selected, entry.fields.month, entry.bare])).toStrictEqual([
      ['hu2019stochastic', 'True', 'July', ['bibtex_show', 'month', 'selected']],
      ['hu2017mdm', 'False', 'jun', ['selected']],
    ]);
    expect(entries[1]?.warnings).toStrictEqual([
      'the field "selected" is the bare word False, not a defined @string macro; it is kept as the text "False"',
    ]);
  });

  test('a field written twice keeps its first value, as BibTeX does, and says so', async () => {
    const { entries } = await readFixtures('repeated-field-keeps-the-first');
    expect(entries.map((entry) => [entry.key, entry.fields.title, entry.fields.year, entry.warnings])).toStrictEqual([
      [
        'twice',
        'The First Title',
        '2021',
        [
          'the field "title" is written twice; the first value is kept, as BibTeX does',
          'the field "year" is written twice; the first value is kept, as BibTeX does',
        ],
      ],
      ['after', 'Read as Usual', '2022', undefined],
    ]);
  });

  test('a repeated key (ignoring case) is skipped, naming the first', async () => {
    const { entries, skipped } = await readFixtures('broken-duplicate-keys');
    expect(entries.map((entry) => entry.key)).toStrictEqual(['li2022can']);
    expect(skipped[0]?.reason).toBe('repeats the citation key "li2022can" of broken-duplicate-keys.bib:1');
  });

  test('keys BibTeX could not read back are skipped; path-like keys are kept as they are', async () => {
    const { entries, skipped } = await readFixtures('untrusted-citation-keys');
    expect(entries.map((entry) => entry.key)).toStrictEqual(['../../../escape', 'a/b', 'a-b', 'con', 'C:x', '..']);
    expect(skipped.map((entry) => entry.key)).toStrictEqual(['x\\y']);
  });

  test('BOM and CRLF are accepted; lines still count', async () => {
    const { entries } = await readFixtures('bom-and-crlf-line-ends');
    expect(entries.map((entry) => [entry.key, entry.line])).toStrictEqual([
      ['bom-crlf-2024', 1],
      ['second-crlf-2023', 10],
    ]);
    expect(entries[0]?.fields.abstract).toBe('Two lines of abstract.');
  });
});

describe('decodeBibText', () => {
  test('refuses a file that is not UTF-8, at the line of the first bad byte', () => {
    const latin1 = Buffer.from('@article{x,\n  author = {M\xfcller},\n}', 'latin1');
    expect(() => decodeBibText(latin1, 'old.bib')).toThrow(ProfileError);
    try {
      decodeBibText(latin1, 'old.bib');
    } catch (error) {
      expect((error as ProfileError).line).toBe(2);
      expect((error as ProfileError).file).toBe('old.bib');
    }
  });
});
