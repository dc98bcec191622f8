/** validate's advice beyond the format: the init placeholder bio, and Liquid the page would show as text. */
import { describe, expect, test } from 'vitest';
import type { Profile } from '../../../src/model/items.js';
import { placeholderBio } from '../../../src/model/newProfile.js';
import { pageAdvice } from '../../../src/render/pageAdvice.js';

function profileWith(bio: string, sectionBody = '', liquid?: boolean): Profile {
  return {
    owner: { name: 'Ada Lovelace', ...(liquid === undefined ? {} : { page: { liquid } }) },
    bio,
    news: [],
    publications: [],
    talks: [],
    service: [],
    sections: sectionBody
      ? [{ kind: 'section', id: 'section/links', file: 'sections/links.md', body: sectionBody, fields: {} }]
      : [],
  } as unknown as Profile;
}

const display = { ownerFile: 'profile/profile.md', display: (relative: string) => `profile/${relative}` };

describe('pageAdvice', () => {
  test('the placeholder bio of init', () => {
    expect(pageAdvice(profileWith(placeholderBio), display)).toEqual([
      {
        severity: 'warning',
        file: 'profile/profile.md',
        message: 'the bio is still the placeholder that `profile init` wrote',
        hint: 'write your bio as the text below the front matter of profile.md',
      },
    ]);
  });

  test('Liquid in the bio and in a section, while the page does not allow it', () => {
    const problems = pageAdvice(
      profileWith('My [CV]({{ site.baseurl }}/files/cv.pdf).', 'Slides: {% link slides.pdf %}'),
      display,
    );
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      [
        'profile/profile.md',
        'the bio has Liquid ({{ site.baseurl }}), which the page shows as text: a link to it breaks on the live site',
      ],
      [
        'profile/sections/links.md',
        'this section has Liquid ({% link slides.pdf %}), which the page shows as text: a link to it breaks on the live site',
      ],
    ]);
  });

  test('Liquid in a news or service text, unless the item is hidden', () => {
    const item = (kind: string, file: string, body: string, hidden?: boolean) => ({
      kind,
      id: `${kind}/${file}`,
      file,
      body,
      fields: hidden ? { hidden } : {},
    });
    const profile = {
      ...profileWith('A bio.'),
      news: [
        item('news', 'news/2025-07-paper.md', 'Our [paper]({{ base_path }}/files/paper.pdf) is out.'),
        item('news', 'news/2024-01-old.md', 'Old {{ site.url }}', true),
      ],
      service: [item('service', 'service/chair.md', 'Chair of {% link x.md %}')],
    } as unknown as Profile;
    expect(pageAdvice(profile, display).map((problem) => [problem.file, problem.message])).toEqual([
      [
        'profile/news/2025-07-paper.md',
        'this news item has Liquid ({{ base_path }}), which the page shows as text: a link to it breaks on the live site',
      ],
      [
        'profile/service/chair.md',
        'this service item has Liquid ({% link x.md %}), which the page shows as text: a link to it breaks on the live site',
      ],
    ]);
  });

  test('no advice: Liquid allowed by page.liquid, Liquid only in code, an escaped brace, a written bio', () => {
    expect(pageAdvice(profileWith('My [CV]({{ site.baseurl }}/cv.pdf).', '', true), display)).toEqual([]);
    expect(pageAdvice(profileWith('Write `{{ site.baseurl }}` in Jekyll.\n\n```\n{% raw %}\n```'), display)).toEqual(
      [],
    );
    expect(pageAdvice(profileWith('A literal \\{{ brace.'), display)).toEqual([]);
  });
});
