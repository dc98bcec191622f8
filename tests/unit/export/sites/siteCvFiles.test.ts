/** The site files made from the bio and the CV items: al-folio's about page and resume.json, Hugo Blox's author profile and news posts. */
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderJsonResume } from '../../../../src/export/formats/jsonResume.js';
import { exportAlFolio } from '../../../../src/export/sites/alFolio.js';
import { exportHugoBlox } from '../../../../src/export/sites/hugoBlox.js';
import { splitFrontMatter } from '../../../../src/frontMatter/splitFrontMatter.js';
import type { Profile } from '../../../../src/model/items.js';
import { cvItem } from '../formats/profileBuilder.js';
import { hostileTitle, hostileTitleOnOneLine, news, profileWith } from './siteProfiles.js';

function cvProfile(): Profile {
  return {
    ...profileWith({ news: [news('2025-07-joined', { date: '2025-07' }, 'I joined **Example Lab**.')] }),
    owner: {
      name: 'Ada Example',
      label: 'Professor',
      email: ['ada@example.org'],
      links: [
        { name: 'GitHub', url: 'https://github.com/ada' },
        { name: 'Blog', url: 'https://ada.example.org' },
      ],
    },
    bio: 'I study *engines*. See {{ site.url }}.',
    education: [
      cvItem('education', 'phd', {
        degree: 'PhD',
        field: 'Maths',
        institution: 'Example U',
        start: '2019-09',
        end: '2024',
      }),
      cvItem('education', 'secret', { degree: 'X', institution: 'Y', hidden: true }),
    ],
    positions: [
      cvItem('position', 'prof', { title: 'Professor', organisation: 'Example U', start: '2024-09', current: true }),
    ],
    awards: [cvItem('award', 'medal', { name: hostileTitle, by: 'Society', date: '2023' })],
  };
}

function fileOf(files: readonly { path: string; content: string }[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.content;
}

describe('al-folio', () => {
  test('_pages/about.md: the about layout at /, the label, announcements and selected papers, the bio with Liquid neutralised', () => {
    const { files } = exportAlFolio(cvProfile());
    expect(fileOf(files, '_pages/about.md')).toBe(
      [
        '---',
        'layout: about',
        'title: about',
        'permalink: /',
        'subtitle: Professor',
        'profile:',
        '  align: right',
        'social: true',
        'announcements:',
        '  enabled: true',
        '  scrollable: true',
        '  limit: 5',
        'latest_posts:',
        '  enabled: false',
        'selected_papers: true',
        '---',
        '',
        'I study *engines*. See &#123;{ site.url }}.',
        '',
      ].join('\n'),
    );
  });

  test('assets/json/resume.json is the jsonresume export, CV items included', () => {
    const profile = cvProfile();
    const resume = fileOf(exportAlFolio(profile).files, 'assets/json/resume.json');
    expect(resume).toBe(renderJsonResume(profile));
    expect(JSON.parse(resume).education).toEqual([
      { institution: 'Example U', area: 'Maths', studyType: 'PhD', startDate: '2019-09', endDate: '2024' },
    ]);
  });
});

describe('Hugo Blox', () => {
  test('data/authors/me.yaml: the kit author schema with links, education, experience and awards; hidden items left out', () => {
    const { files } = exportHugoBlox(cvProfile());
    const text = fileOf(files, 'data/authors/me.yaml');
    expect(parse(text)).toEqual({
      schema: 'hugoblox/author/v1',
      slug: 'me',
      is_owner: true,
      name: { display: 'Ada Example' },
      role: 'Professor',
      bio: 'I study engines. See {{ site.url }}.',
      links: [
        { icon: 'at-symbol', url: 'mailto:ada@example.org', label: 'E-mail' },
        { icon: 'brands/github', url: 'https://github.com/ada', label: 'GitHub' },
        { icon: 'link', url: 'https://ada.example.org', label: 'Blog' },
      ],
      education: [{ degree: 'PhD Maths', institution: 'Example U', start: '2019-09-01', end: '2024-01-01' }],
      experience: [{ role: 'Professor', org: 'Example U', start: '2024-09-01' }],
      awards: [{ title: hostileTitleOnOneLine, awarder: 'Society', date: '2023-01-01' }],
    });
    // Dates stay text for Hugo's YAML reader.
    expect(text).toContain('start: "2019-09-01"');
  });

  test('a news item becomes a blog post by me, tagged News', () => {
    const { files } = exportHugoBlox(cvProfile());
    const post = fileOf(files, 'content/blog/2025-07-joined/index.md');
    expect(post).toBe(
      '---\ntitle: I joined Example Lab.\nsummary: I joined Example Lab.\ndate: "2025-07-01"\nauthors:\n  - me\ntags:\n  - News\n---\n\nI joined **Example Lab**.\n',
    );
    const { yaml } = splitFrontMatter(post, 'index.md');
    expect(parse(yaml).title).toBe('I joined Example Lab.');
  });
});
