// Proves sections are recognised by the headings pages use, whatever their level, emoji, case or punctuation.
import { describe, expect, test } from 'vitest';
import { boldLineHeading, recogniseHeading } from '../../../../src/importPage/readPage/sectionHeadings.js';

describe('recogniseHeading', () => {
  test.each([
    ['News', { kind: 'news' }],
    ['Recent News', { kind: 'news' }],
    ['🔥 News', { kind: 'news' }],
    ['Updates:', { kind: 'news' }],
    ["What's New", { kind: 'news' }],
    ['News & Updates', { kind: 'news' }],
    ['Selected Publications', { kind: 'publications', selected: true }],
    ['📝 Publications', { kind: 'publications' }],
    ['Preprints', { kind: 'publications', category: 'preprint' }],
    ['Journal Articles', { kind: 'publications', category: 'journal' }],
    ['Conference Papers', { kind: 'publications', category: 'conference' }],
    ['Talks', { kind: 'talks' }],
    ['Invited Talks', { kind: 'talks', talkType: 'invited-talk' }],
    ['Keynotes', { kind: 'talks', talkType: 'keynote' }],
    ['Academic Service', { kind: 'service' }],
    ['Professional Activities', { kind: 'service' }],
    ['Contact', { kind: 'contact' }],
    ['About Me', { kind: 'bio' }],
    ['🎖 Honors and Awards', { kind: 'text', cv: 'award' }],
    ['Teaching', { kind: 'text', cv: 'teaching' }],
    ['Education', { kind: 'text', cv: 'education' }],
    ['📖 Educations', { kind: 'text', cv: 'education' }],
    ['💻 Internships', { kind: 'text', cv: 'position' }],
    ['Work Experience', { kind: 'text', cv: 'position' }],
    ['Positions', { kind: 'text', cv: 'position' }],
    ['Employment', { kind: 'text', cv: 'position' }],
    ['Honors', { kind: 'text', cv: 'award' }],
    ['Awards & Honours', { kind: 'text', cv: 'award' }],
    ['Teaching Experience', { kind: 'text', cv: 'teaching' }],
    ['Grants and Awards', { kind: 'text' }],
  ])('%s', (heading, recognised) => {
    expect(recogniseHeading(heading)).toEqual(recognised);
  });

  test.each([['My Favourite Books'], ['2024'], ['Research Projects']])('%s is not a known section', (heading) => {
    expect(recogniseHeading(heading)).toBeUndefined();
  });
});

describe('boldLineHeading', () => {
  test('a bold line naming a known section is a heading', () => {
    expect(boldLineHeading('**News**')).toEqual({ text: 'News', recognised: { kind: 'news' } });
    expect(boldLineHeading('__Publications:__')).toEqual({
      text: 'Publications:',
      recognised: { kind: 'publications' },
    });
    expect(boldLineHeading('<b>Teaching</b>')).toEqual({
      text: 'Teaching',
      recognised: { kind: 'text', cv: 'teaching' },
    });
  });

  test('other bold lines are text', () => {
    expect(boldLineHeading('**I am hiring!**')).toBeUndefined();
    expect(boldLineHeading('*News*')).toBeUndefined();
    expect(boldLineHeading('**News**\nmore')).toBeUndefined();
  });
});
