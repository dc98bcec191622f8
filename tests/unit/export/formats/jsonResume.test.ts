/** `jsonresume`: the bundled profile and edge cases, field by field, each validated by @jsonresume/schema. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderJsonResume } from '../../../../src/export/formats/jsonResume.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { cvItem, profileOf, publication, service, talk } from './profileBuilder.js';

const repo = path.resolve(import.meta.dirname, '../../../..');
const require = createRequire(import.meta.url);
const { validate } = require('@jsonresume/schema') as {
  validate(resume: unknown, callback: (errors: { stack: string }[] | null, valid: boolean) => void): void;
};

/** The schema's complaints, [] when the document is valid. */
function schemaErrors(resume: unknown): string[] {
  let found: string[] = [];
  validate(resume, (errors) => {
    found = (errors ?? []).map((error) => error.stack);
  });
  return found;
}

describe('the schema check itself', () => {
  test('refuses what JSON Resume does not allow', () => {
    expect(schemaErrors({ publications: [{ releaseDate: '2025.10', url: '/files/paper.pdf' }] })).toEqual([
      'instance.publications[0].releaseDate does not match pattern "^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$"',
      'instance.publications[0].url does not conform to the "uri" format',
    ]);
  });
});

describe('renderJsonResume', () => {
  test('the bundled profile: basics, service, publications and talks, nothing hidden', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const text = renderJsonResume(profile);
    const resume = JSON.parse(text);
    expect(schemaErrors(resume)).toEqual([]);
    expect(Object.keys(resume)).toEqual([
      'basics',
      'work',
      'volunteer',
      'education',
      'awards',
      'publications',
      'projects',
    ]);
    expect(resume.work).toEqual([
      { name: 'Tongyi Lab, Alibaba Group', position: 'Research Scientist', startDate: '2025-07' },
      {
        name: 'University of Cambridge',
        position: 'Visiting Researcher',
        summary: 'Under the supervision of Prof. Nicholas Lane.',
      },
    ]);
    expect(resume.education).toEqual([
      {
        institution: 'Zhejiang University',
        area: 'Artificial Intelligence',
        studyType: 'Ph.D.',
        endDate: '2025-06',
        courses: ['Advisor: Prof. Chao Wu'],
      },
      {
        institution: 'Zhejiang University',
        area: 'Technology-based (BEST) MBA',
        studyType: 'Minor degree',
        startDate: '2023-03',
      },
      { institution: 'Zhejiang University', area: 'Engineering', studyType: "Bachelor's degree" },
    ]);
    expect(resume.awards.map((award: { title: string; date: string }) => `${award.date} ${award.title}`)).toEqual([
      '2025-07 Best Poster Award',
      '2023-11 First Prize of Chunxiao Scholarship of BEST-MBA (Top 3%)',
      '2023-11 Guoqiang Scholarship (Top 0.5%)',
      '2022-10 Outstanding Postgraduate Student Award, 2021-2022',
    ]);
    const { summary, ...basics } = resume.basics;
    expect(basics).toEqual({
      name: 'Zexi Li',
      label: 'Research Scientist, Tongyi Lab, Alibaba Group',
      email: 'zexi.li@zju.edu.cn',
      phone: '(+86) 18868104540',
    });
    // The bio's first paragraph as plain text: emphasis and links reduced to their words.
    expect(summary.split('\n\n')[0]).toBe(
      'I am a research scientist at the Tongyi Lab, Alibaba Group. I obtained the Ph.D. in Artificial Intelligence ' +
        'from the College of Computer Science and Technology, Zhejiang University (ZJU), China, supervised by Prof. ' +
        'Chao Wu. I was a visiting researcher at the University of Cambridge under the supervision of Prof. Nicholas ' +
        'Lane. I am honored to work with Prof. Tao Lin at Westlake University/EPFL.',
    );
    // The two paragraphs the bio hides in comments are not published.
    expect(summary.split('\n\n')).toHaveLength(2);
    expect(summary).not.toContain('MBA');
    expect(summary.split('\n\n')[1]).toMatch(
      /^My main research interests lie in the following aspects\. Large Language models and agentic intelligence\. i\. /,
    );
    expect(resume.volunteer).toEqual([
      {
        position: 'Chair',
        startDate: '2025',
        summary:
          'Associate Chair of FedKDD 2025, International Joint Workshop on Federated Learning for Data Mining and ' +
          'Graph Analytics, Co-located with the 31st ACM SIGKDD Conference (KDD 2025).',
      },
      { position: 'Chair', startDate: '2025', summary: 'Session Chair of KDD 2025.' },
      {
        position: 'Reviewer',
        summary:
          'Invited Reviewers: TKDE, IJCV, TMM, Machine Learning, AISTATS 2024, CVPR 2024, ICML 2024 2025, ' +
          'NeurIPS 2024 2025, ICLR 2024 2025, KDD 2025, ICCV 2025.',
      },
    ]);
    // Newest first; the hidden li2024text and li2023edge are left out.
    expect(
      resume.publications.map((item: { releaseDate: string; url: string }) => [item.releaseDate, item.url]),
    ).toEqual([
      ['2025', 'https://arxiv.org/abs/2505.19855'],
      ['2025', 'https://arxiv.org/pdf/2402.18949.pdf'],
      ['2024', 'https://arxiv.org/pdf/2405.14768'],
      [
        '2023',
        'https://openaccess.thecvf.com/content/ICCV2023/papers/Li_No_Fear_of_Classifier_Biases_Neural_Collapse_Inspired_Federated_Learning_ICCV_2023_paper.pdf',
      ],
      ['2023', 'https://proceedings.mlr.press/v202/li23s.html'],
      ['2022', 'https://www.cell.com/patterns/fulltext/S2666-3899(22)00228-8#%20'],
      ['2022', 'https://arxiv.org/pdf/2203.12285.pdf'],
    ]);
    expect(resume.publications[2]).toEqual({
      name: 'WISE: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
      publisher: 'Advances in Neural Information Processing Systems',
      releaseDate: '2024',
      url: 'https://arxiv.org/pdf/2405.14768',
    });
    expect(resume.projects).toEqual([
      {
        name: '大模型时代，AI如何记忆与思考？',
        type: 'invited-talk',
        entity: '浙江省科协“科学+”平台',
        startDate: '2025-05-30',
      },
      {
        name: 'Foundation Models under Model Parameter Perspective: Model Editing, Fusion, and Generation',
        type: 'invited-talk',
        entity: 'Xtra Lab, National University of Singapore',
        startDate: '2025-04-28',
      },
      {
        name: 'Physics in (Federated) Deep Neural Networks and Beyond: A Parametric Perspective',
        type: 'invited-talk',
        entity: 'Department of Computer Science and Technology, University of Cambridge',
        startDate: '2024-11-14',
      },
    ]);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
    expect(renderJsonResume(profile)).toBe(text);
  });

  test('edge cases: links, e-mails, precise dates, link fallbacks, awards, hidden items', () => {
    const profile = profileOf(
      {
        name: 'Zoë Müller',
        email: ['zoe[at]example.org', 'zoe@example.org'],
        links: [
          { name: 'Google Scholar', url: 'https://scholar.google.com/citations?user=abc' },
          { name: 'CV', url: '/files/cv.pdf' },
          { name: 'GitHub', url: 'https://github.com/zoe' },
        ],
      },
      {
        bio: 'I work on *graphs* and `code`.\n<!-- not yet public -->\n\nSee [my lab](https://lab.example.org) \\*now\\*.',
        publications: [
          publication(
            'relative2025',
            {
              title: 'A Paper: With a Relative Link',
              authors: [{ family: 'Müller', given: 'Zoë' }],
              date: '2025-10',
              venue: 'Proceedings of Things',
              url: '/files/paper.pdf',
              doi: '10.1000/xyz_1',
              award: 'Best Paper Award',
              label: 'ThingsConf 2025',
            },
            'We **show** that {{ x }} holds.',
          ),
          publication('arxivonly2024', {
            title: 'Only on arXiv',
            authors: [{ literal: 'The Team' }],
            date: '2024-03-07',
            publisher: 'arXiv',
            arxiv: 'arXiv:2403.01234',
          }),
          publication('undated', { title: 'No Date', authors: [{ family: 'Müller' }] }),
          publication('hidden2026', {
            title: 'Secret',
            authors: [{ family: 'Müller' }],
            date: '2026',
            award: 'Hidden Award',
            hidden: true,
          }),
        ],
        talks: [
          talk('2025-01-02-slides', {
            date: '2025-01-02',
            title: 'With Slides',
            type: 'keynote',
            url: 'talks/local.html',
            slides: 'https://example.org/slides.pdf',
            location: 'Berlin, Germany',
          }),
          talk('2025-02-01-hidden', { date: '2025-02-01', title: 'Hidden Talk', hidden: true }),
        ],
        service: [
          service('reviewing', {}, 'Reviewer for *TMLR*.'),
          service('other-role', { role: 'other', date: '2024-05', hidden: true }, 'Hidden service.'),
        ],
      },
    );
    const resume = JSON.parse(renderJsonResume(profile));
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume).toEqual({
      basics: {
        name: 'Zoë Müller',
        email: 'zoe@example.org',
        summary: 'I work on graphs and code.\n\nSee my lab *now*.',
        profiles: [
          { network: 'Google Scholar', url: 'https://scholar.google.com/citations?user=abc' },
          { network: 'GitHub', url: 'https://github.com/zoe' },
        ],
      },
      volunteer: [{ summary: 'Reviewer for TMLR.' }],
      awards: [
        {
          title: 'Best Paper Award',
          date: '2025-10',
          awarder: 'ThingsConf 2025',
          summary: 'A Paper: With a Relative Link',
        },
      ],
      publications: [
        {
          name: 'A Paper: With a Relative Link',
          publisher: 'Proceedings of Things',
          releaseDate: '2025-10',
          url: 'https://doi.org/10.1000/xyz_1',
          summary: 'We show that {{ x }} holds.',
        },
        {
          name: 'Only on arXiv',
          publisher: 'arXiv',
          releaseDate: '2024-03-07',
          url: 'https://arxiv.org/abs/2403.01234',
        },
        { name: 'No Date' },
      ],
      projects: [
        { name: 'With Slides', type: 'keynote', startDate: '2025-01-02', url: 'https://example.org/slides.pdf' },
      ],
    });
  });

  test('a profile with a name only is a valid resume of basics', () => {
    const text = renderJsonResume(profileOf({ name: 'Ada Lovelace' }));
    expect(text).toBe('{\n  "basics": {\n    "name": "Ada Lovelace"\n  }\n}\n');
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
  });

  test('the CV kinds: positions as work, education, awards, teaching as volunteer; current periods have no end', () => {
    const profile = profileOf(
      { name: 'Ada Lovelace' },
      {
        positions: [
          cvItem('position', 'now', { title: 'Professor', organisation: 'Example U', start: '2024-09', current: true }),
          cvItem('position', 'hidden', { title: 'Secret', organisation: 'X', hidden: true }),
        ],
        education: [
          cvItem('education', 'phd', {
            degree: 'PhD',
            field: 'Maths',
            institution: 'Example U',
            start: '2019',
            end: '2024-06-30',
            thesis: 'On Engines',
            url: 'relative/link',
          }),
        ],
        awards: [cvItem('award', 'medal', { name: 'Medal', by: 'Society', date: '2023' }, 'For *engines*.')],
        teaching: [
          cvItem('teaching', 'ml', {
            course: 'ML 101',
            role: 'Lecturer',
            institution: 'Example U',
            term: 'Fall 2022',
            date: '2022-09',
          }),
        ],
        students: [cvItem('student', 's', { name: 'Student' })],
        grants: [cvItem('grant', 'g', { title: 'Grant' })],
      },
    );
    const resume = JSON.parse(renderJsonResume(profile));
    expect(schemaErrors(resume)).toEqual([]);
    expect(resume).toEqual({
      basics: { name: 'Ada Lovelace' },
      work: [{ name: 'Example U', position: 'Professor', startDate: '2024-09' }],
      volunteer: [
        { organization: 'Example U', position: 'Lecturer', startDate: '2022-09', summary: 'ML 101, Fall 2022' },
      ],
      education: [
        {
          institution: 'Example U',
          area: 'Maths',
          studyType: 'PhD',
          startDate: '2019',
          endDate: '2024-06-30',
          courses: ['Thesis: On Engines'],
        },
      ],
      awards: [{ title: 'Medal', date: '2023', awarder: 'Society', summary: 'For engines.' }],
    });
  });
});
