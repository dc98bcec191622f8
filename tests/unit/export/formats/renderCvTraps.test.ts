// Proves the RenderCV file avoids each trap of the RenderCV input format with hostile values, judged by RenderCV
// 2.8's JSON schema and by what its models check beyond it (renderCvModel.ts): `#` before a letter, `<…>`, `$$`, a DOI given as
// a URL, bold_keywords inside titles, dates at every precision (a start after the end included), hidden items left
// out, one entry type per section. RenderCV itself is not on the test machines (Python 3.12 and PyPI are needed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderRenderCv } from '../../../../src/export/formats/renderCv.js';
import type { Profile } from '../../../../src/model/items.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { cvItem, profileOf, publication, talk } from './profileBuilder.js';
import { renderCvModelErrors } from './renderCvModel.js';

const repo = path.resolve(import.meta.dirname, '../../../..');
const schema = JSON.parse(readFileSync(path.join(repo, 'tests/fixtures/rendercv/rendercv-2.8.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addFormat('path', true);
ajv.addFormat('color', true);
const validate = ajv.compile(schema);

/** The file's document, after checking it against the schema and the models: any problem fails the test. */
function checkedDocument(profile: Profile) {
  const document = parse(renderRenderCv(profile));
  expect(validate(document) ? [] : validate.errors).toEqual([]);
  expect(renderCvModelErrors(document)).toEqual([]);
  return document;
}

const owner = { name: 'Ada Lovelace', nameVariants: ['Ada Lovelace'] };

describe('the model check itself', () => {
  test('finds what RenderCV would refuse or not print as written', () => {
    expect(
      renderCvModelErrors({
        cv: {
          sections: {
            Mixed: [{ label: 'a', details: 'b' }, { name: 'c' }],
            Dates: [
              { name: 'x', start_date: '2020-09', end_date: '2020' },
              { name: 'y', start_date: 'Fall 2020' },
            ],
            Papers: [{ title: 'T #define <b>bold</b> $$x$$', authors: ['A'], doi: 'https://doi.org/10.1/x' }],
          },
        },
      }),
    ).toEqual([
      'cv.sections.Mixed.1: a NormalEntry in a section of OneLineEntry',
      'cv.sections.Mixed.1.label: This field is required.',
      'cv.sections.Mixed.1.details: This field is required.',
      'cv.sections.Dates.0: `start_date` cannot be after `end_date` (2020-09, 2020)',
      'cv.sections.Dates.1.start_date: This is not a valid date! (Fall 2020)',
      'cv.sections.Papers.0.doi: not a bare DOI (https://doi.org/10.1/x)',
      '.cv.sections.Papers.0.title: # before a letter is raw Typst: T #define <b>bold</b> $$x$$',
      '.cv.sections.Papers.0.title: <…> is dropped as HTML: T #define <b>bold</b> $$x$$',
      '.cv.sections.Papers.0.title: $$ starts Typst math: T #define <b>bold</b> $$x$$',
    ]);
  });
});

describe('each trap, with hostile values', () => {
  test('`#` before a letter, `<…>` and `$$` in every kind of text are printed as written', () => {
    const hostile = 'C#sharp #include <stdio.h> <b>x</b> $$E=mc^2$$ #1';
    const document = checkedDocument(
      profileOf(
        { ...owner, label: hostile },
        {
          bio: hostile,
          publications: [
            publication('p', { title: hostile, authors: [{ literal: hostile }], venue: hostile, date: '2024' }),
          ],
          talks: [talk('t', { title: hostile, date: '2024-05-01', venue: hostile })],
          awards: [cvItem('award', 'a', { name: hostile, by: hostile, date: '2023' }, hostile)],
          education: [
            cvItem('education', 'e', { degree: hostile, institution: hostile, advisor: hostile, end: '2020' }),
          ],
        },
      ),
    );
    expect(document.cv.sections.Publications[0].title).toBe(
      'C#sym.hash#h(0pt)sharp #sym.hash#h(0pt)include <\u200bstdio.h> <\u200bb>x<\u200b/b> $\u200b$E=mc^2$\u200b$ #1',
    );
  });

  test('a DOI written as a URL or with doi.org is written bare; a DOI wins over the URL', () => {
    const document = checkedDocument(
      profileOf(owner, {
        publications: [
          publication('a', {
            title: 'A',
            authors: [{ literal: 'Ada Lovelace' }],
            date: '2024',
            doi: 'https://doi.org/10.1000/xyz123',
            url: 'https://example.org/a',
          }),
          publication('b', {
            title: 'B',
            authors: [{ literal: 'B' }],
            date: '2023',
            doi: 'http://dx.doi.org/10.5555/b.1',
          }),
          publication('c', { title: 'C', authors: [{ literal: 'C' }], date: '2022', doi: '10.48550/arXiv.2401.00001' }),
        ],
      }),
    );
    expect(
      document.cv.sections.Publications.map((entry: { doi?: string; url?: string }) => [entry.doi, entry.url]),
    ).toEqual([
      ['10.1000/xyz123', undefined],
      ['10.5555/b.1', undefined],
      ['10.48550/arXiv.2401.00001', undefined],
    ]);
  });

  test('no bold_keywords: the owner is bolded in the author lists, so no title can show `****`', () => {
    const document = checkedDocument(
      profileOf(owner, {
        publications: [
          publication('a', {
            title: 'What Ada Lovelace Knew',
            authors: [{ literal: 'Ada Lovelace' }, { literal: 'Charles Babbage' }],
            date: '2024',
          }),
        ],
      }),
    );
    expect(document.settings).toBeUndefined();
    expect(document.cv.sections.Publications[0]).toMatchObject({
      title: 'What Ada Lovelace Knew',
      authors: ['**Ada Lovelace**', 'Charles Babbage'],
    });
  });

  test('dates at every precision; a start after the end as RenderCV reads dates', () => {
    const document = checkedDocument(
      profileOf(owner, {
        positions: [
          cvItem('position', 'day', { title: 'Day', organisation: 'O', start: '2019-03-04', end: '2020-11-30' }),
          cvItem('position', 'month', { title: 'Month', organisation: 'O', start: '2018-09', end: '2019-02' }),
          cvItem('position', 'year', { title: 'Year', organisation: 'O', start: '2015', end: '2018' }),
          // Read as 2014-09-01 to 2014-01-01 by RenderCV: written at the end's precision.
          cvItem('position', 'mixed', { title: 'Mixed', organisation: 'O', start: '2014-09', end: '2014' }),
          cvItem('position', 'mixed-day', {
            title: 'Mixed day',
            organisation: 'O',
            start: '2013-05-20',
            end: '2013-05',
          }),
          // Really backwards (a typo in the folder): written as text, which RenderCV prints as given.
          cvItem('position', 'backwards', { title: 'Backwards', organisation: 'O', start: '2012', end: '2010' }),
          cvItem('position', 'end-only', { title: 'End only', organisation: 'O', end: '2009-06' }),
          cvItem('position', 'current', { title: 'Current', organisation: 'O', start: '2021-07', current: true }),
        ],
        awards: [
          cvItem('award', 'day', { name: 'Day', date: '2023-11-02' }),
          cvItem('award', 'month', { name: 'Month', date: '2023-11' }),
          cvItem('award', 'year', { name: 'Year', date: '2023' }),
        ],
        teaching: [cvItem('teaching', 'term', { course: 'Term', term: 'Fall 2022', date: '2022-09' })],
      }),
    );
    const dates = (entries: Record<string, unknown>[]) =>
      entries.map(({ start_date, end_date, date }) => ({ start_date, end_date, date }));
    expect(dates(document.cv.sections.Experience)).toEqual([
      { start_date: '2021-07', end_date: 'present', date: undefined },
      { start_date: '2019-03-04', end_date: '2020-11-30', date: undefined },
      { start_date: '2018-09', end_date: '2019-02', date: undefined },
      { start_date: '2015', end_date: '2018', date: undefined },
      { start_date: '2014', end_date: '2014', date: undefined },
      { start_date: '2013-05', end_date: '2013-05', date: undefined },
      { start_date: undefined, end_date: undefined, date: '2012 – 2010' },
      { start_date: undefined, end_date: undefined, date: '2009-06' },
    ]);
    expect(document.cv.sections.Awards.map((entry: { date: string }) => entry.date)).toEqual([
      '2023-11-02',
      '2023-11',
      '2023',
    ]);
    expect(document.cv.sections.Teaching[0].date).toBe('Fall 2022');
  });

  test('hidden items of every kind are left out, and a section left empty is not written', () => {
    const hidden = { hidden: true };
    const document = checkedDocument(
      profileOf(owner, {
        publications: [
          publication('shown', { title: 'Shown', authors: [{ literal: 'A' }], date: '2024' }),
          publication('hidden', { title: 'Secret paper', authors: [{ literal: 'A' }], date: '2024', ...hidden }),
        ],
        talks: [talk('t', { title: 'Secret talk', date: '2024-01-01', ...hidden })],
        education: [cvItem('education', 'e', { degree: 'Secret', institution: 'X', end: '2020', ...hidden })],
        positions: [cvItem('position', 'p', { title: 'Secret', organisation: 'X', start: '2020', ...hidden })],
        awards: [cvItem('award', 'a', { name: 'Secret award', date: '2020', ...hidden })],
        teaching: [cvItem('teaching', 't', { course: 'Secret course', ...hidden })],
        students: [cvItem('student', 's', { name: 'Secret student', ...hidden })],
        grants: [cvItem('grant', 'g', { title: 'Secret grant', ...hidden })],
      }),
    );
    expect(Object.keys(document.cv.sections)).toEqual(['Publications']);
    expect(JSON.stringify(document)).not.toContain('Secret');
  });

  test('the bundled profile passes the model check too', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    checkedDocument(profile);
  });
});
