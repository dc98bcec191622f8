/** `profile import-page` of a page with CV sections as a real process: the report, the item folders, and the CV exports. */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../runCli.js';
import { useTempFolders } from '../tempFolders.js';
import { entries, pagesDir } from './pageFolders.js';

const { fresh } = useTempFolders();
const page = 'academicpages-cv-setext-table-awards';

describe.concurrent('import-page with Education, Experience, Teaching and Awards sections', () => {
  test('the report names the CV items; md, rendercv and the Typst CV follow', async ({ expect }) => {
    const root = await fresh();
    await copyFile(path.join(pagesDir, `${page}.md`), path.join(root, 'cv.md'));
    const result = await runCli(['import-page', 'cv.md', '--dir', 'p', '--name', 'Ada Example'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(4)).toEqual([
      '  10     (bio)            text kept as written → profile.md',
      '  12-16  Education        3 education entries → education/ (data only); text kept as written → sections/education.md',
      '  18-25  Work experience  2 positions → positions/ (data only); text kept as written → sections/work-experience.md',
      '  27-30  Teaching         2 teaching entries → teaching/ (data only); text kept as written → sections/teaching.md',
      '  32-37  Honors & Awards  2 awards → awards/ (data only); text kept as written → sections/honors-and-awards.md',
      '',
      'Kept as written (the export copies it unchanged):',
      '  cv.md:10  profile.md  {% include base_path %}',
      '  cv.md:12-16  sections/education.md  Education',
      '  cv.md:18-25  sections/work-experience.md  Work experience',
      '  cv.md:27-30  sections/teaching.md  Teaching',
      '  cv.md:32-37  sections/honors-and-awards.md  Honors & Awards',
      '',
      'import-page: created p with profile.md, 0 news, 0 publications, 0 talks, 0 service, 3 education entries, 2 positions, 2 awards, 2 teaching entries, 4 text sections',
      '',
    ]);
    expect(await entries(path.join(root, 'p'))).toEqual([
      'awards',
      'education',
      'news',
      'positions',
      'profile.md',
      'publications',
      'sections',
      'service',
      'talks',
      'teaching',
    ]);
    expect(await entries(path.join(root, 'p', 'awards'))).toEqual([
      '2019-outstanding-reviewer-neurips.md',
      '2021-best-paper-award-kdd.md',
    ]);
    expect((await runCli(['validate', '--dir', 'p'], { cwd: root })).status).toBe(0);

    const md = await runCli(['export', '--format', 'md', '--dir', 'p'], { cwd: root });
    const original = await readFile(path.join(root, 'cv.md'), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('\n---\n', 3));
    expect(body(md.stdout)).toBe(body(original));

    const rendercv = await runCli(['export', '--format', 'rendercv', '--dir', 'p'], { cwd: root });
    expect(rendercv.status).toBe(0);
    const sections = parse(rendercv.stdout).cv.sections;
    // (Summary is the page's bio, here a Liquid include line: not what this test is about.)
    expect(Object.keys(sections).filter((title) => title !== 'Summary')).toEqual([
      'Experience',
      'Education',
      'Awards',
      'Teaching',
    ]);
    expect(sections.Education[0]).toEqual({
      institution: 'GitHub University',
      area: 'Version Control Theory',
      degree: 'Ph.D',
      date: '2018',
      highlights: ['expected'],
    });

    const typst = await runCli(['export', '--format', 'cv', '--dir', 'p', '--out', 'cv.typ'], { cwd: root });
    expect(typst.status).toBe(0);
    const source = await readFile(path.join(root, 'cv.typ'), 'utf8');
    for (const text of [
      'Version Control Theory',
      'Research Assistant',
      'Best Paper Award',
      'CS 229: Machine Learning',
    ]) {
      expect(source).toContain(text);
    }
  });
});
