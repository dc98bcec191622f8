/** A work of another format written as the BibTeX entry a publication keeps: text encoded as import-bib reads it back. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNameList } from '../../../src/bibtex/bibtexNames.js';
import { unicodeToLatex } from '../../../src/bibtex/unicodeToLatex.js';
import { plain, workToBibEntry } from '../../../src/sources/workToBibEntry.js';

describe('workToBibEntry', () => {
  test('the shortcut for plain ASCII gives exactly what unicodeToLatex gives', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~'.split('')) });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(plain(text)).toBe(unicodeToLatex(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('the shortcuts for titles and names give exactly what the encoder and formatNameList give', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' !"\'(),-.:;?ABCXZabcxz019{}&%'.split('')), minLength: 1 });
    fc.assert(
      fc.property(ascii, ascii, ascii, (title, family, given) => {
        const entry = workToBibEntry(
          {
            file: 'f',
            line: 1,
            type: 'article-journal',
            title,
            authors: [{ family, given }, { literal: family }],
            ids: {},
          },
          'k',
        );
        const expected = family.trim() === '' ? [] : [{ family, given }, { literal: family }];
        expect(entry.fields.title).toBe(unicodeToLatex(title, { protectCase: true }));
        if (expected.length > 0) {
          expect(entry.fields.author).toBe(
            formatNameList(
              expected.map((author) =>
                'literal' in author
                  ? { literal: author.literal }
                  : { family: author.family, ...(author.given === '' ? {} : { given: author.given }) },
              ),
              undefined,
            ),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('identifiers, dates at the precision known, corresponding positions and a preprint as @misc', () => {
    const entry = workToBibEntry(
      {
        file: 'works.json',
        line: 2,
        type: 'article',
        title: 'WISE: 100% of {it}',
        authors: [{ family: 'Müller', given: 'Jürgen', corresponding: true }, { literal: 'The OA Group' }, {}],
        date: '2024-07',
        pages: '1-12',
        ids: {
          arxiv: '2405.14768',
          openalex: 'W1',
          semanticScholar: 'abc',
          pmid: '1',
          dblp: 'conf/x/Y',
          orcidPutCode: '9',
        },
        isPreprint: true,
      },
      'openalex:W1',
    );
    expect(entry).toStrictEqual({
      file: 'works.json',
      line: 2,
      type: 'misc',
      key: 'openalex:W1',
      fields: {
        author: 'M{\\"u}ller, J{\\"u}rgen and {The OA Group}',
        title: '{WISE}: 100\\% of \\{it\\}',
        year: '2024',
        month: '7',
        pages: '1--12',
        eprint: '2405.14768',
        archiveprefix: 'arXiv',
        pmid: '1',
        openalex: 'W1',
        s2id: 'abc',
        dblp: 'conf/x/Y',
        orcidputcode: '9',
        corresponding: '1',
      },
      source: { madeKey: true, people: [{}, {}] },
    });
  });
});
