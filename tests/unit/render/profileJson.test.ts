/** The JSON document of the tiny profile: its shape, and publications as CSL-JSON with our fields under `custom`. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../../src/model/items.js';
import { renderProfileJson } from '../../../src/render/profileJson.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { tinyProfileCsl } from '../../support/tinyProfileCsl.js';

const tinyProfile = fileURLToPath(new URL('../../fixtures/unit/tiny-profile', import.meta.url));

let profile: Profile;
let json: string;
let document: Record<string, unknown>;

beforeAll(async () => {
  profile = (await loadValidProfile(tinyProfile)).profile;
  json = renderProfileJson(profile);
  document = JSON.parse(json) as Record<string, unknown>;
});

describe('renderProfileJson', () => {
  test('starts with the format and ends with one newline, indented by two spaces', () => {
    expect(json.startsWith('{\n  "format": "profile-json/1",\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.endsWith('\n\n')).toBe(false);
  });

  test('has the top-level fields in order', () => {
    expect(Object.keys(document)).toEqual([
      'format',
      'owner',
      'page',
      'bio',
      'sections',
      'news',
      'publications',
      'talks',
      'service',
    ]);
  });

  test('keeps the owner apart from the page settings', () => {
    expect(document.owner).toEqual({
      name: 'Zexi Li',
      nameVariants: ['Zexi Li', 'Z. Li', 'Li, Zexi'],
      label: 'Research Scientist',
      contact: [
        { label: 'Email', emails: ['zexi.li@example.org', 'zl@example.com'] },
        { label: 'Phone', text: '(+86) 100 200' },
      ],
    });
    expect(document.page).toEqual({
      frontMatter: { permalink: '/', title: 'About', redirect_from: ['/about/'] },
      dateStyle: 'dotted',
      obfuscateEmail: true,
      sections: [
        { kind: 'bio' },
        { kind: 'contact', title: 'Contact' },
        { kind: 'news', title: 'News' },
        { kind: 'publications', title: 'Publications' },
        { kind: 'talks', title: 'Talks' },
      ],
    });
  });

  test('lists news newest first, with ISO dates and their text', () => {
    expect(document.news).toEqual([
      { id: 'news/2025-07-joined-lab', date: '2025-07', text: 'Joined [the Lab](https://lab.example.org).' },
      { id: 'news/2025-03-hidden-draft', date: '2025-03', hidden: true, text: 'A draft --> that must stay hidden.' },
      { id: 'news/2025-02-hidden-note', date: '2025-02', hidden: true, text: 'A second hidden note.' },
      { id: 'news/2024-12-old-news', date: '2024-12', text: 'Old news.' },
    ]);
  });

  test('writes a publication as CSL-JSON, our fields under custom', () => {
    expect((document.publications as unknown[])[0]).toEqual(tinyProfileCsl.li2025fed);
  });

  test('writes a hidden, unselected publication with defaults and a type from its category', () => {
    expect((document.publications as unknown[])[1]).toEqual(tinyProfileCsl.old2023note);
  });

  test('lists talks newest first, with their fields and abstract', () => {
    expect(document.talks).toEqual([
      {
        id: 'talk/2025-04-28-zju',
        date: '2025-04-28',
        title: '联邦学习的新进展',
        venue: '浙江大学',
        lang: 'zh',
        abstract: '',
      },
      {
        id: 'talk/2024-11-05-xtra-lab',
        date: '2024-11-05',
        title: 'Model Merging',
        venue: 'Xtra Lab, NUS',
        url: 'https://talks.example.org/merging',
        abstract: '',
      },
    ]);
  });

  test('writes the bio and empty lists for missing folders', () => {
    expect([document.bio, document.sections, document.service]).toEqual(['I study *federated learning*.', [], []]);
  });
});
