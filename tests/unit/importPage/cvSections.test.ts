// Proves import-page on pages with Education, Honors and Awards, Work Experience, Internships and Teaching sections
// (modelled on AcadHomepage forks' about.md and academicpages' cv.md): each such section comes back exactly as
// written, its readable lines become items with exact values (hidden ones from comments), each unreadable line is
// named in the report, and the RenderCV and Typst CVs list the imported items.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderRenderCv } from '../../../src/export/formats/renderCv.js';
import { renderTypstCv } from '../../../src/export/formats/typstCv.js';
import type { Profile } from '../../../src/model/items.js';
import { importPage } from '../../../src/useCases/importPage.js';
import { readFixture, useImportedPages } from './importedFolder.js';

const { importFixture } = useImportedPages();

function fieldsOf(items: readonly { fields: object; body: string }[] | undefined) {
  return (items ?? []).map((item) => ({ ...item.fields, ...(item.body ? { body: item.body } : {}) }));
}

function cvItems(profile: Profile) {
  return {
    education: fieldsOf(profile.education),
    positions: fieldsOf(profile.positions),
    awards: fieldsOf(profile.awards),
    teaching: fieldsOf(profile.teaching),
  };
}

describe('an AcadHomepage page: dated list items under emoji headings', () => {
  const page = 'acadhomepage-cv-sections-dated-lines';

  test('export right after import-page gives the page back byte for byte, front matter included', async () => {
    const { exported } = await importFixture(page);
    expect(exported).toBe(await readFixture(page));
  });

  test('the readable lines are items with exact values; the hidden one is hidden', async () => {
    const { profile } = await importFixture(page);
    expect(cvItems(profile)).toEqual({
      education: [
        {
          degree: 'B.S.',
          field: 'Information Security',
          institution: 'Xidian University',
          start: { year: 2015, month: 9 },
          end: { year: 2019, month: 6 },
          advisor: '[Prof. Yan Chen](https://users.example.edu/~ychen/)',
        },
        {
          degree: 'M.S.',
          field: 'Computer Science (2.88/3.0)',
          institution: 'The University of Tokyo',
          start: { year: 2019, month: 9 },
          end: { year: 2022, month: 4 },
        },
        {
          degree: 'Ph.D. candidate',
          field: 'Computer Science',
          institution: 'The University of Tokyo',
          start: { year: 2022, month: 4 },
          current: true,
        },
      ],
      positions: [
        {
          title: 'Data Analyst Intern',
          organisation: 'Netease Thunderfire UX',
          location: 'Hangzhou, China',
          start: { year: 2018, month: 7 },
          end: { year: 2018, month: 11 },
          hidden: true,
        },
        {
          title: 'Research Intern',
          organisation: 'Alibaba DAMO Academy',
          start: { year: 2020, month: 12 },
          end: { year: 2021, month: 6 },
          body: 'Mentor: [Yong Jiang](https://jiangyong.example.com)',
        },
        {
          title: 'Project Researcher',
          organisation: 'National Institute of Informatics',
          location: 'Tokyo, Japan',
          start: { year: 2025, month: 4 },
          current: true,
        },
      ],
      awards: [
        { name: 'Academic Rising Star', by: 'Zhejiang University', date: { year: 2020, month: 12 } },
        {
          name: "Zhejiang Lab's International Talent Fund for Young Professionals",
          date: { year: 2021, month: 2 },
        },
      ],
      teaching: [],
    });
  });

  test('the report: the sections kept as written, their items as data, each unread line named', async () => {
    const { report } = await importFixture(page);
    expect(
      report.sections.map((section) => [
        section.heading,
        section.page,
        section.items.map((item) => `${item.kind} ${item.line}${item.hidden ? ' hidden' : ''}`),
        section.notes,
      ]),
    ).toEqual([
      [null, 'as-written', [], []],
      ['🔥 News', 'items', ['news 16', 'news 17'], []],
      [
        '📖 Educations',
        'as-written',
        ['education 20', 'education 21', 'education 22'],
        [
          'line 23 is not read as an education entry; it stays text only: *2010.09 - 2013.06*, Zhenhai Middle School, Ningbo.',
        ],
      ],
      [
        '🎖 Honors and Awards',
        'as-written',
        ['award 26', 'award 27'],
        [
          'line 28 is not read as an award; it stays text only: *2019-2022(M.Eng.)*: Outstanding Graduate(2022), Tencent Scholarship(20…',
        ],
      ],
      ['🐂 Work Experience', 'as-written', ['position 31'], []],
      [
        '💻 Internships',
        'as-written',
        ['position 34', 'position 36 hidden'],
        [
          'line 35 is not read as a position; it stays text only: *2024.06 - 2024.09*, [ByteDance Seed](https://seed.bytedance.com/), Chi…',
        ],
      ],
    ]);
    expect(report.summary).toMatchObject({ education: 3, positions: 3, awards: 2, teaching: 0, textSections: 4 });
  });

  test('the RenderCV file and the Typst CV list the imported items, hidden ones left out', async () => {
    const { profile } = await importFixture(page);
    const sections = parse(renderRenderCv(profile)).cv.sections;
    expect(sections.Experience).toEqual([
      {
        company: 'National Institute of Informatics',
        position: 'Project Researcher',
        location: 'Tokyo, Japan',
        start_date: '2025-04',
        end_date: 'present',
      },
      {
        company: 'Alibaba DAMO Academy',
        position: 'Research Intern',
        start_date: '2020-12',
        end_date: '2021-06',
        // The notes are Markdown: RenderCV gets their words (the export's rule for every body).
        highlights: ['Mentor: Yong Jiang'],
      },
    ]);
    expect(sections.Education.map((entry: { degree: string; area: string }) => [entry.degree, entry.area])).toEqual([
      ['Ph.D. candidate', 'Computer Science'],
      ['M.S.', 'Computer Science (2.88/3.0)'],
      ['B.S.', 'Information Security'],
    ]);
    expect(sections.Awards.map((entry: { name: string; date: string }) => [entry.name, entry.date])).toEqual([
      ["Zhejiang Lab's International Talent Fund for Young Professionals", '2021-02'],
      ['Academic Rising Star', '2020-12'],
    ]);
    const typst = renderTypstCv(profile);
    for (const text of ['Project Researcher', 'Alibaba DAMO Academy', 'Xidian University', 'Academic Rising Star']) {
      expect(typst).toContain(text);
    }
    expect(typst).not.toContain('Netease');
  });
});

describe('an academicpages cv.md: setext headings, trailing years, a table of awards, teaching lines', () => {
  const page = 'academicpages-cv-setext-table-awards';

  test('export right after import-page gives the page back byte for byte, front matter included', async () => {
    const { exported } = await importFixture(page);
    expect(exported).toBe(await readFixture(page));
  });

  test('the readable lines and rows are items with exact values', async () => {
    const { profile, report } = await importFixture(page);
    expect(cvItems(profile)).toEqual({
      education: [
        {
          degree: 'B.S.',
          field: 'GitHub',
          institution: 'GitHub University',
          start: { year: 2008 },
          end: { year: 2012 },
        },
        { degree: 'M.S.', field: 'Jekyll', institution: 'GitHub University', end: { year: 2014 } },
        {
          degree: 'Ph.D',
          field: 'Version Control Theory',
          institution: 'GitHub University',
          end: { year: 2018 },
          body: 'expected',
        },
      ],
      positions: [
        {
          title: 'Research Assistant',
          organisation: 'GitHub University',
          location: 'San Francisco, CA',
          start: { year: 2015 },
          body: 'Summer 2015',
        },
        {
          title: 'Academic Pages Collaborator',
          organisation: 'GitHub University',
          start: { year: 2024 },
          // The nested details, one paragraph each, then the season the date does not hold.
          body: 'Duties includes: Updates and improvements to template\n\nSupervisor: The Users\n\nSpring 2024',
        },
      ],
      awards: [
        { name: 'Outstanding Reviewer', by: 'NeurIPS', date: { year: 2019 } },
        { name: 'Best Paper Award', by: 'KDD', date: { year: 2021 } },
      ],
      teaching: [
        {
          course: 'CS 229: Machine Learning',
          role: 'Teaching Assistant',
          institution: 'Stanford University',
          term: 'Fall 2019',
          date: { year: 2019 },
        },
        {
          course: 'Operating Systems',
          role: 'Teaching Assistant',
          institution: 'Zhejiang University',
          term: '2019.09 - 2020.01',
          date: { year: 2019, month: 9 },
        },
      ],
    });
    expect(report.sections.find((section) => section.heading === 'Work experience')?.notes).toEqual([]);
    expect(
      report.sections.find((section) => section.heading === 'Honors & Awards')?.items.map((item) => item.line),
    ).toEqual([36, 37]);
  });

  test('--merge of the same page into the new folder finds every CV item present and writes nothing', async () => {
    const { dir } = await importFixture(page);
    const bytes = new TextEncoder().encode(await readFixture(page));
    const { report } = await importPage({ dir, merge: true, page: { name: `${page}.md`, bytes } });
    const statuses = report.sections.flatMap((section) => section.items.map((item) => `${item.kind} ${item.status}`));
    expect(statuses).toEqual([
      'education present',
      'education present',
      'education present',
      'position present',
      'position present',
      'teaching present',
      'teaching present',
      'award present',
      'award present',
    ]);
    expect(report.files).toEqual([]);
  });

  test('the RenderCV file lists the teaching entries with their terms as written', async () => {
    const { profile } = await importFixture(page);
    const sections = parse(renderRenderCv(profile)).cv.sections;
    expect(sections.Teaching).toEqual([
      { name: 'Operating Systems', date: '2019.09 - 2020.01', summary: 'Teaching Assistant, Zhejiang University' },
      { name: 'CS 229: Machine Learning', date: 'Fall 2019', summary: 'Teaching Assistant, Stanford University' },
    ]);
  });
});
