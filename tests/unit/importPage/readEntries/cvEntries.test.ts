// Proves the CV lines of real home pages (AcadHomepage forks' Educations, Honors and Awards, Internships and Work
// Experience lists; academicpages' cv.md; hand-written Teaching lists) are read with exact values, every part of a
// line in a field or in the notes, and that lines no item can hold are refused rather than guessed.
import { describe, expect, test } from 'vitest';
import { parseCvEntry, parseCvRow } from '../../../../src/importPage/readEntries/cvEntries.js';
import { readPeriod } from '../../../../src/importPage/readEntries/cvPeriods.js';

const read = (line: string, kind: Parameters<typeof parseCvEntry>[1]) => {
  const entry = parseCvEntry(line, kind);
  return entry && { ...entry.values, ...(entry.notes ? { notes: entry.notes } : {}) };
};

describe('education', () => {
  test.each([
    [
      '*2017.09 - 2022.06*, Ph.D. in Cyber Security, Zhejiang University, Advised by [Prof. Yan Chen](https://users.example.edu/~ychen/).',
      {
        degree: 'Ph.D.',
        field: 'Cyber Security',
        institution: 'Zhejiang University',
        advisor: '[Prof. Yan Chen](https://users.example.edu/~ychen/)',
        start: { year: 2017, month: 9 },
        end: { year: 2022, month: 6 },
      },
    ],
    [
      '*2022.04 - Now*, Ph.D. candidate in Computer Science, The University of Tokyo. ',
      {
        degree: 'Ph.D. candidate',
        field: 'Computer Science',
        institution: 'The University of Tokyo',
        start: { year: 2022, month: 4 },
        current: true,
      },
    ],
    [
      '*2022.08 - (now)*, Ph.D. Student in Electrical and Computer Engineering, College of Design and Engineering, National University of Singapore',
      {
        degree: 'Ph.D. Student',
        field: 'Electrical and Computer Engineering',
        institution: 'National University of Singapore',
        start: { year: 2022, month: 8 },
        current: true,
        notes: 'College of Design and Engineering',
      },
    ],
    [
      'Ph.D in Version Control Theory, GitHub University, 2018 (expected)',
      {
        degree: 'Ph.D',
        field: 'Version Control Theory',
        institution: 'GitHub University',
        end: { year: 2018 },
        notes: 'expected',
      },
    ],
    [
      '**Ph.D. in Computer Science**, MIT, 2015–2020',
      { degree: 'Ph.D.', field: 'Computer Science', institution: 'MIT', start: { year: 2015 }, end: { year: 2020 } },
    ],
    [
      '*2015.09 - 2019.06*, B.Eng. in Software Engineering, Chu Kochen Honors College, Zhejiang University',
      {
        degree: 'B.Eng.',
        field: 'Software Engineering',
        institution: 'Zhejiang University',
        start: { year: 2015, month: 9 },
        end: { year: 2019, month: 6 },
        notes: 'Chu Kochen Honors College',
      },
    ],
    [
      'M.Sc. in Physics, [ETH Zurich](https://ethz.ch/), Zurich, Switzerland, Sep 2016 - Jul 2018',
      {
        degree: 'M.Sc.',
        field: 'Physics',
        institution: 'ETH Zurich',
        url: 'https://ethz.ch/',
        location: 'Zurich, Switzerland',
        start: { year: 2016, month: 9 },
        end: { year: 2018, month: 7 },
      },
    ],
  ])('%s', (line, expected) => {
    expect(read(line, 'education')).toEqual(expected);
  });

  test.each([
    // No degree: an education entry needs one.
    '*2010.09 - 2013.06*, Zhenhai Middle School, Ningbo.',
    '*2022.09 - now*, Hong Kong University of Science and Technology.',
    // A second line that is not a nested detail: more than one item's line.
    'Ph.D. in Physics, MIT\nand more text',
  ])('refused: %s', (line) => {
    expect(parseCvEntry(line, 'education')).toBeUndefined();
  });
});

describe('positions', () => {
  test("academicpages' nested details: the first is the organisation, the others notes, one paragraph each", () => {
    const text =
      'Spring 2024: Academic Pages Collaborator\n* GitHub University\n* Duties includes: Updates and improvements to template\n* Supervisor: The Users';
    expect(read(text, 'position')).toEqual({
      title: 'Academic Pages Collaborator',
      organisation: 'GitHub University',
      start: { year: 2024 },
      notes: 'Duties includes: Updates and improvements to template\n\nSupervisor: The Users\n\nSpring 2024',
    });
  });

  test.each([
    [
      '*2025.04 - Now*, Project Researcher, National Institute of Informatics, Tokyo, Japan.',
      {
        title: 'Project Researcher',
        organisation: 'National Institute of Informatics',
        location: 'Tokyo, Japan',
        start: { year: 2025, month: 4 },
        current: true,
      },
    ],
    [
      '*2020.12 - 2021.6*, Alibaba DAMO Academy, Research Intern. Mentor: [Yong Jiang](https://jiangyong.example.com).',
      {
        title: 'Research Intern',
        organisation: 'Alibaba DAMO Academy',
        start: { year: 2020, month: 12 },
        end: { year: 2021, month: 6 },
        notes: 'Mentor: [Yong Jiang](https://jiangyong.example.com)',
      },
    ],
    [
      'Summer 2015, Research Assistant, GitHub University, San Francisco, CA',
      {
        title: 'Research Assistant',
        organisation: 'GitHub University',
        location: 'San Francisco, CA',
        start: { year: 2015 },
        notes: 'Summer 2015',
      },
    ],
    [
      '**Assistant Professor**, [Example University](https://example.edu), Jul 2021 – present',
      {
        title: 'Assistant Professor',
        organisation: 'Example University',
        url: 'https://example.edu',
        start: { year: 2021, month: 7 },
        current: true,
      },
    ],
  ])('%s', (line, expected) => {
    expect(read(line, 'position')).toEqual(expected);
  });

  test.each([
    // No title: a position needs one.
    '*2023.07 - now*, [Zhejiang University](https://www.zju.edu.cn), Hangzhou, China.',
    '*2024.06 - 2024.09*, [ByteDance Seed](https://seed.bytedance.com/), China.',
  ])('refused: %s', (line) => {
    expect(parseCvEntry(line, 'position')).toBeUndefined();
  });
});

describe('awards', () => {
  test.each([
    [
      "*2021.02* Zhejiang Lab's International Talent Fund for Young Professionals",
      { name: "Zhejiang Lab's International Talent Fund for Young Professionals", date: { year: 2021, month: 2 } },
    ],
    [
      '*2025.12* HKUST Research Travel Grant, HKUST. ',
      { name: 'HKUST Research Travel Grant', by: 'HKUST', date: { year: 2025, month: 12 } },
    ],
    [
      "*2020-12* Zhejiang University's Academic Rising Star ",
      { name: "Zhejiang University's Academic Rising Star", date: { year: 2020, month: 12 } },
    ],
    ['National Scholarship, 2025', { name: 'National Scholarship', date: { year: 2025 } }],
    ['2021 Best Paper Award, KDD', { name: 'Best Paper Award', by: 'KDD', date: { year: 2021 } }],
    [
      '2024 — First Place Graduate Paper, Steel Symposium, University of Delaware',
      { name: 'First Place Graduate Paper', by: 'Steel Symposium, University of Delaware', date: { year: 2024 } },
    ],
    [
      'Beijing Municipal Outstanding Graduate (北京市优秀毕业生), 2026',
      { name: 'Beijing Municipal Outstanding Graduate (北京市优秀毕业生)', date: { year: 2026 } },
    ],
  ])('%s', (line, expected) => {
    expect(read(line, 'award')).toEqual(expected);
  });

  test.each([
    // Several awards on one line, each with its year.
    '*2019-2022(M.Eng.)*: Outstanding Graduate(2022), Tecent Scholarship(2021), CETC28 Scholarship(2021)',
    // No date: an award needs one.
    'Dean’s List',
    // A period is not the date of one award.
    '2019 – 2021, Presidential Fellowship, Example University',
  ])('refused: %s', (line) => {
    expect(parseCvEntry(line, 'award')).toBeUndefined();
  });
});

describe('teaching', () => {
  test.each([
    [
      'Teaching Assistant of Computer Networking, at Wuhan University, 2019.09 - 2020.01',
      {
        course: 'Computer Networking',
        role: 'Teaching Assistant',
        institution: 'Wuhan University',
        term: '2019.09 - 2020.01',
        date: { year: 2019, month: 9 },
      },
    ],
    [
      'Teaching Assistant of Operating Systems, at Zhejiang University.',
      { course: 'Operating Systems', role: 'Teaching Assistant', institution: 'Zhejiang University' },
    ],
    [
      '**CS 229: Machine Learning**, Stanford University, Teaching Assistant, Fall 2019',
      {
        course: 'CS 229: Machine Learning',
        role: 'Teaching Assistant',
        institution: 'Stanford University',
        term: 'Fall 2019',
        date: { year: 2019 },
      },
    ],
    [
      'Spring 2022: Instructor, STAT 101 Introduction to Statistics',
      { course: 'STAT 101 Introduction to Statistics', role: 'Instructor', term: 'Spring 2022', date: { year: 2022 } },
    ],
  ])('%s', (line, expected) => {
    expect(read(line, 'teaching')).toEqual(expected);
  });
});

describe('table rows, read by their header', () => {
  test('a Degree | Institution | Year table: the degree cell holds the field, the year cell a note', () => {
    const header = ['Degree', 'Institution', 'Year'];
    expect(parseCvRow(header, ['PhD, HCI', 'University of Washington', '2026 (expected)'], 'education')).toMatchObject({
      values: { degree: 'PhD', field: 'HCI', institution: 'University of Washington', end: { year: 2026 } },
      notes: 'expected',
    });
  });

  test('a column the header does not name is kept in the notes', () => {
    expect(parseCvRow(['Year', 'Award', 'Amount'], ['2021', 'Best Paper Award', '$500'], 'award')).toMatchObject({
      values: { name: 'Best Paper Award', date: { year: 2021 } },
      notes: '$500',
    });
  });

  test('a header that names no field: the cells are read as one line', () => {
    expect(parseCvRow(['', ''], ['2021', 'Best Paper Award, KDD'], 'award')).toMatchObject({
      values: { name: 'Best Paper Award', by: 'KDD', date: { year: 2021 } },
    });
  });

  test('refused: an award over a period, a row without the required field', () => {
    expect(parseCvRow(['Years', 'Award'], ['2019–2021', 'Fellowship'], 'award')).toBeUndefined();
    expect(parseCvRow(['Year', 'Institution'], ['2020', 'MIT'], 'education')).toBeUndefined();
  });
});

describe('periods at any precision', () => {
  test.each([
    ['2019.06 - 2022.04', { start: { year: 2019, month: 6 }, end: { year: 2022, month: 4 }, single: false }],
    ['2015–2020', { start: { year: 2015 }, end: { year: 2020 }, single: false }],
    ['2022.04 - Now', { start: { year: 2022, month: 4 }, current: true, single: false }],
    ['Jun 2019 to Aug 2019', { start: { year: 2019, month: 6 }, end: { year: 2019, month: 8 }, single: false }],
    ['2020-12', { start: { year: 2020, month: 12 }, single: true }],
    ['2021.03.15', { start: { year: 2021, month: 3, day: 15 }, single: true }],
    ['Fall 2019', { start: { year: 2019 }, single: true, season: true }],
  ])('%s', (text, expected) => {
    expect(readPeriod(text)).toEqual({ ...expected, text });
  });

  test('not a period', () => {
    expect(readPeriod('2019-2022(M.Eng.)')).toBeUndefined();
    expect(readPeriod('2023.13')).toBeUndefined();
  });
});
