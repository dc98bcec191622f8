/** The about page of a tiny profile, checked line by line, and the talk and list rules it depends on. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Profile, TalkItem } from '../../../src/model/items.js';
import { type PartialDate, parsePartialDate } from '../../../src/model/partialDate.js';
import type { TalkFields } from '../../../src/model/schema.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';

const tinyProfile = fileURLToPath(new URL('../../fixtures/unit/tiny-profile', import.meta.url));

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
}

function profileWithTalks(talks: { stem: string; fields: Omit<TalkFields, 'date'> & { date: string } }[]): Profile {
  return {
    owner: {
      name: 'Zexi Li',
      page: { frontMatter: { title: 'About' }, sections: [{ kind: 'talks', title: 'Talks' }] },
    },
    bio: '',
    news: [],
    publications: [],
    talks: talks.map(
      ({ stem, fields }): TalkItem => ({
        kind: 'talk',
        id: `talk/${stem}`,
        file: `talks/${stem}.md`,
        body: '',
        fields: { ...fields, date: date(fields.date) },
      }),
    ),
    service: [],
    sections: [],
  };
}

describe('renderAboutPage', () => {
  test('writes the whole page of the tiny profile', async () => {
    // Read by hand: the front matter as given; the bio as written; e-mails with \[at\]; the two hidden
    // news items, adjacent by date, in one comment with their --> broken up; the publication label,
    // escaped title linked to a URL with balanced parentheses, the owner bold with \*, Wang with \*\#;
    // the hidden publication in its own comment; the zh talk with ； and no period; the English talk
    // with "; " and a final period.
    const { profile } = await loadValidProfile(tinyProfile);
    expect(renderAboutPage(profile)).toBe(
      [
        '---',
        'permalink: /',
        'title: About',
        'redirect_from:',
        '  - /about/',
        '---',
        '',
        'I study *federated learning*.',
        '',
        '## Contact',
        '',
        'Email: zexi.li\\[at\\]example.org / zl\\[at\\]example.com',
        '',
        'Phone: (+86) 100 200',
        '',
        '## News',
        '* **\\[2025.07\\]** Joined [the Lab](https://lab.example.org).',
        '<!--',
        '* **\\[2025.03\\]** A draft - -> that must stay hidden.',
        '* **\\[2025.02\\]** A second hidden note.',
        '-->',
        '* **\\[2024.12\\]** Old news.',
        '',
        '## Publications',
        '- [**NeurIPS 2025**] [Federated \\*Learning\\* with \\[Brackets\\]](https://example.org/paper_(v2))  ',
        '  **Zexi Li\\***, Peng Wang\\*\\#, and The WISE Team',
        '<!--',
        '- A Note  ',
        '  **Z. Li**',
        '-->',
        '',
        '## Talks',
        '* \\[2025.04.28\\] 浙江大学；联邦学习的新进展',
        '* \\[2024.11.05\\] Xtra Lab, NUS; [Model Merging](https://talks.example.org/merging).',
        '',
      ].join('\n'),
    );
  });

  test('adds no period after a title that ends with a question mark', () => {
    const profile = profileWithTalks([
      { stem: '2025-01-02-why', fields: { date: '2025-01-02', title: 'Why Merge?', venue: 'NUS' } },
    ]);
    expect(renderAboutPage(profile)).toBe('---\ntitle: About\n---\n\n## Talks\n* \\[2025.01.02\\] NUS; Why Merge?\n');
  });

  test('uses ； for a Japanese talk too', () => {
    const profile = profileWithTalks([
      { stem: '2025-01-02-tokyo', fields: { date: '2025-01-02', title: '連合学習', venue: '東京大学', lang: 'ja' } },
    ]);
    expect(renderAboutPage(profile)).toBe(
      '---\ntitle: About\n---\n\n## Talks\n* \\[2025.01.02\\] 東京大学；連合学習\n',
    );
  });

  test('writes a list whose items are all hidden without its heading, inside a comment', () => {
    const profile = profileWithTalks([
      { stem: '2025-01-02-a', fields: { date: '2025-01-02', title: 'A', hidden: true } },
      { stem: '2025-01-01-b', fields: { date: '2025-01-01', title: 'B', hidden: true } },
    ]);
    expect(renderAboutPage(profile)).toBe(
      '---\ntitle: About\n---\n\n<!--\n* \\[2025.01.02\\] A.\n* \\[2025.01.01\\] B.\n-->\n',
    );
  });

  test.each([
    [undefined, '## Talks\n* \\[2025.01.02\\] A.'],
    ['h2' as const, '## Talks\n* \\[2025.01.02\\] A.'],
    ['h1' as const, '# Talks\n* \\[2025.01.02\\] A.'],
    ['h3' as const, '### Talks\n* \\[2025.01.02\\] A.'],
    ['bold' as const, '**Talks**\n\n* \\[2025.01.02\\] A.'],
  ])('heading: %s writes the title as the page wrote it', (heading, section) => {
    const profile = profileWithTalks([{ stem: '2025-01-02-a', fields: { date: '2025-01-02', title: 'A' } }]);
    profile.owner.page = { sections: [{ kind: 'talks', title: 'Talks', ...(heading ? { heading } : {}) }] };
    expect(renderAboutPage(profile).split('---\n\n')[1]).toBe(`${section}\n`);
  });

  test('heading: applies to a text section and to the bio too', () => {
    const profile: Profile = {
      ...profileWithTalks([]),
      bio: 'Hello.',
      sections: [
        {
          kind: 'section',
          id: 'section/awards',
          file: 'sections/awards.md',
          body: '- Best paper.',
          fields: { title: 'Awards' },
        },
      ],
    };
    profile.owner.page = {
      frontMatter: { title: 'About' },
      sections: [
        { kind: 'bio', title: 'About Me', heading: 'h1' },
        { kind: 'text', section: 'awards', heading: 'bold' },
      ],
    };
    expect(renderAboutPage(profile)).toBe(
      '---\ntitle: About\n---\n\n# About Me\n\nHello.\n\n**Awards**\n\n- Best paper.\n',
    );
  });
});
