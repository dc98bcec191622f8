/** `rendercv`: the bundled profile and a profile with every kind and hostile text, checked against RenderCV 2.8's JSON schema. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cvText, renderRenderCv } from '../../../../src/export/formats/renderCv.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { editedBookFields } from '../../../support/editedBook.js';
import { cvItem, profileOf, publication, service, talk } from './profileBuilder.js';

const repo = path.resolve(import.meta.dirname, '../../../..');
// RenderCV 2.8's own schema.json, copied with its version in the name.
const schema = JSON.parse(readFileSync(path.join(repo, 'tests/fixtures/rendercv/rendercv-2.8.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
// Pydantic's own formats: a file path (a photo) and a colour; nothing here writes either.
ajv.addFormat('path', true);
ajv.addFormat('color', true);
const validate = ajv.compile(schema);

function schemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const hostile = 'A #hash <tag> $$x^2$$ **b** _i_ `c` [l](https://x.org) \\ "q" \'s\' : - {a} % @ ~ / é 中文';

function hostileProfile() {
  return profileOf(
    {
      name: hostile,
      nameVariants: [hostile],
      label: hostile,
      email: ['not an email', 'ada@example.org'],
      phone: hostile,
      links: [
        { name: 'GitHub', url: 'https://github.com/ada-example' },
        { name: 'Scholar', url: 'https://scholar.google.com/citations?hl=en&user=AbCdEfGhIjK' },
        { name: 'ORCID', url: 'https://orcid.org/0000-0002-1825-0097' },
        { name: 'Home', url: 'https://ada.example.org/' },
        { name: hostile, url: hostile },
      ],
    },
    {
      bio: `${hostile}\n\n<!-- a hidden ${hostile} -->\n\n${hostile}`,
      publications: [
        publication('p1', {
          title: hostile,
          authors: [
            { literal: hostile, equal: true, corresponding: true },
            { family: hostile, given: hostile },
          ],
          date: '2024-05',
          venue: hostile,
          doi: 'https://doi.org/10.1000/xyz123',
          award: hostile,
        }),
        publication('p2', { title: hostile, authors: [{ family: 'B' }], url: hostile, label: hostile }),
        publication('p3', { title: 'Hidden paper', authors: [{ family: 'C' }], hidden: true }),
      ],
      talks: [talk('t1', { title: hostile, date: '2025-04-28', venue: hostile, location: hostile }, hostile)],
      service: [service('s1', {}, hostile)],
      education: [
        cvItem(
          'education',
          'e1',
          {
            degree: hostile,
            field: hostile,
            institution: hostile,
            location: hostile,
            start: '2019-09',
            end: '2024',
            advisor: hostile,
            thesis: hostile,
            url: hostile,
          },
          hostile,
        ),
        cvItem('education', 'e2', { degree: hostile, institution: hostile, end: '2018' }),
        cvItem('education', 'e3', { degree: 'Hidden', institution: 'X', hidden: true }),
      ],
      positions: [
        cvItem(
          'position',
          'p1',
          { title: hostile, organisation: hostile, location: hostile, start: '2025-07', current: true },
          hostile,
        ),
        cvItem('position', 'p2', { title: hostile, organisation: hostile }),
      ],
      awards: [cvItem('award', 'a1', { name: hostile, by: hostile, date: '2023-11-02', url: hostile }, hostile)],
      teaching: [
        cvItem(
          'teaching',
          't1',
          { course: hostile, role: hostile, institution: hostile, term: hostile, date: '2023' },
          hostile,
        ),
        cvItem('teaching', 't2', { course: hostile, date: '2022-02' }),
      ],
      students: [
        cvItem('student', 's1', { name: hostile, level: hostile, start: '2023', end: '2024', now: hostile }, hostile),
      ],
      grants: [
        cvItem(
          'grant',
          'g1',
          { title: hostile, funder: hostile, role: hostile, amount: hostile, start: '2026', current: true },
          hostile,
        ),
      ],
    },
  );
}

describe('the schema check itself', () => {
  test('refuses what RenderCV 2.8 refuses', () => {
    expect(schemaErrors({ cv: {}, extra: 1 })).toEqual([' must NOT have additional properties']);
    expect(schemaErrors({ cv: { social_networks: [{ network: 'Twitter', username: 'x' }] } }).length).toBeGreaterThan(
      0,
    );
    expect(schemaErrors({ cv: { sections: { x: 'not a list' } } }).length).toBeGreaterThan(0);
    // The schema is looser than RenderCV's models for `start_date` (`Fall 2020` passes it): the export test
    // checks those dates itself.
  });
});

describe('cvText', () => {
  test('breaks up what RenderCV would read as Typst, HTML or Markdown, and keeps the words', () => {
    expect(cvText(hostile)).toBe(
      'A #sym.hash#h(0pt)hash <\u200btag> $\u200b$x^2$\u200b$ \\*\\*b\\*\\* \\_i\\_ \\`c\\` \\[l\\](https://x.org) \\\\ "q" \'s\' : - {a} % @ ~ / é 中文',
    );
    expect(cvText('C# 1 #1 a\nb')).toBe('C# 1 #1 a b');
  });
});

describe('renderRenderCv', () => {
  test('the bundled profile is valid RenderCV 2.8 input: every section, hidden items left out, the owner in bold', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const text = renderRenderCv(profile);
    const document = parse(text);
    expect(schemaErrors(document)).toEqual([]);
    expect(Object.keys(document.cv)).toEqual(['name', 'headline', 'email', 'sections']);
    expect(Object.keys(document.cv.sections)).toEqual([
      'Summary',
      'Experience',
      'Education',
      'Publications',
      'Awards',
      'Talks',
      'Service',
    ]);
    const visiblePublications = profile.publications.filter((item) => !item.fields.hidden);
    expect(document.cv.sections.Publications).toHaveLength(visiblePublications.length);
    expect(document.cv.sections.Publications[2]).toEqual({
      title: 'WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
      authors: [
        'Peng Wang\\*',
        '**Zexi Li\\***',
        'Ningyu Zhang\\#',
        'Ziwen Xu',
        'Yunzhi Yao',
        'Yong Jiang',
        'Pengjun Xie',
        'Fei Huang',
        'Huajun Chen\\#',
      ],
      url: 'https://arxiv.org/pdf/2405.14768',
      journal: 'NeurIPS 2024',
      date: '2024',
    });
    expect(document.cv.sections.Experience[0]).toEqual({
      company: 'Tongyi Lab, Alibaba Group',
      position: 'Research Scientist',
      start_date: '2025-07',
      end_date: 'present',
    });
    expect(document.cv.sections.Awards.map((entry: { name: string }) => entry.name)).toEqual([
      'Best Poster Award',
      'First Prize of Chunxiao Scholarship of BEST-MBA (Top 3%)',
      'Guoqiang Scholarship (Top 0.5%)',
      'Outstanding Postgraduate Student Award, 2021-2022',
    ]);
    // The hidden comment of the bio stays out.
    expect(text).not.toContain('minor degree in Public Affairs (social governance).-->');
    expect(text).not.toContain('BEST-MBA** (**B**usiness');
    expect(renderRenderCv(profile)).toBe(text);
  });

  test('every kind with hostile text in every field is valid; hidden items and unusable values are left out', () => {
    const text = renderRenderCv(hostileProfile());
    const document = parse(text);
    expect(schemaErrors(document)).toEqual([]);
    const { cv } = document;
    expect(cv.name).toBe(cvText(hostile));
    expect(cv.email).toBe('ada@example.org');
    expect(cv.phone).toBeUndefined();
    expect(cv.website).toBe('https://ada.example.org/');
    expect(cv.social_networks).toEqual([
      { network: 'GitHub', username: 'ada-example' },
      { network: 'Google Scholar', username: 'AbCdEfGhIjK' },
      { network: 'ORCID', username: '0000-0002-1825-0097' },
    ]);
    expect(Object.keys(cv.sections)).toEqual([
      'Summary',
      'Experience',
      'Education',
      'Publications',
      'Awards',
      'Grants',
      'Talks',
      'Teaching',
      'Students',
      'Service',
    ]);
    // The bio is Markdown: its words are kept, its marks and tags read as Markdown (as the page shows them).
    const bioWords = 'A #sym.hash#h(0pt)hash $\u200b$x^2$\u200b$ b i c l \\\\ "q" \'s\' : - {a} % @ ~ / é 中文';
    expect(cv.sections.Summary).toEqual([bioWords, bioWords]);
    expect(cv.sections.Education).toHaveLength(2);
    expect(cv.sections.Education[1]).toEqual({
      institution: cvText(hostile),
      area: cvText(hostile),
      date: '2018',
    });
    expect(cv.sections.Publications).toHaveLength(2);
    expect(cv.sections.Publications[0].doi).toBe('10.1000/xyz123');
    expect(cv.sections.Publications[0].url).toBeUndefined();
    expect(cv.sections.Publications[0].authors[0]).toBe(`**${cvText(hostile)}\\*\\#**`);
    expect(cv.sections.Publications[0].authors[1]).toBe(cvText(`${hostile} ${hostile}`));
    // A URL RenderCV would refuse is not written.
    expect(cv.sections.Publications[1].url).toBeUndefined();
    expect(cv.sections.Experience[0]).toMatchObject({ start_date: '2025-07', end_date: 'present' });
    expect(cv.sections.Teaching[0].date).toBe(cvText(hostile));
    expect(cv.sections.Teaching[1].date).toBe('2022-02');
    expect(cv.sections.Grants[0]).toMatchObject({ start_date: '2026', end_date: 'present' });
    expect(text).not.toContain('Hidden');
    const periodDates = [...text.matchAll(/^\s+(?:start_date|end_date): (.*)$/gm)].map((match) => match[1]);
    expect(periodDates.length).toBe(8);
    for (const value of periodDates) expect(value).toMatch(/^(?:"\d{4}"|\d{4}(?:-\d{2}){1,2}|present)$/);
  });
});

const rendercv = spawnSync('rendercv', ['--version'], { encoding: 'utf8' });
const rendercvMissing = rendercv.error !== undefined || rendercv.status !== 0;

describe('rendercv render', () => {
  test.skipIf(rendercvMissing)(
    'renders the bundled profile and the hostile one (skipped: no `rendercv` on the PATH; `pip install rendercv==2.8` needs Python 3.12+ and PyPI)',
    async () => {
      const { profile } = await loadValidProfile(path.join(repo, 'profile'));
      for (const [name, text] of [
        ['bundled', renderRenderCv(profile)],
        ['hostile', renderRenderCv(hostileProfile())],
      ] as const) {
        const dir = mkdtempSync(path.join(os.tmpdir(), `profile-rendercv-${name}-`));
        try {
          writeFileSync(path.join(dir, 'cv.yaml'), text);
          execFileSync('rendercv', ['render', 'cv.yaml', '--dont-generate-png', '--dont-generate-html'], {
            cwd: dir,
            timeout: 60_000,
          });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
    120_000,
  );
});

describe('an edited book (editors, no authors)', () => {
  const editedBook = publication('handbook2021', { ...editedBookFields(), venue: 'MIT Press' });

  test('its editors are its authors, (eds.) after the last', () => {
    const document = parse(renderRenderCv(profileOf({ name: 'Zexi Li' }, { publications: [editedBook] })));
    expect(document.cv.sections.Publications).toEqual([
      {
        title: 'Handbook of Federated Learning',
        authors: ['**Zexi Li**', 'Chidi Okafor (eds.)'],
        journal: 'MIT Press',
        date: '2021',
      },
    ]);
  });
});
