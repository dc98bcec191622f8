/** Publications sections: filters, sort, the newest shown while none is selected, the legend, and the escaping every layout keeps. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parseSafeYaml } from '../../../src/frontMatter/safeYaml.js';
import type { Profile, PublicationItem } from '../../../src/model/items.js';
import { pageSectionSchema } from '../../../src/model/schema.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import { sectionsShowingNewest } from '../../../src/render/publicationSections.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';

const fixtures = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));
const { profile } = await loadValidProfile(`${fixtures}profile`);

function page(of: Profile, ...sections: unknown[]): string {
  const parsed = sections.map((section) => v.parse(pageSectionSchema, section));
  const written = renderAboutPage({ ...of, owner: { ...of.owner, page: { ...of.owner.page, sections: parsed } } });
  return written.slice(written.indexOf('---\n', 4) + '---\n\n'.length);
}

const titles = '- {title}';

describe('filters and order', () => {
  test('only: conditions combine; years take a range, an open end or one year', () => {
    expect(
      page(profile, { kind: 'publications', only: { years: '2024-2025', status: 'published' }, layout: titles }),
    ).toBe('- Fast \\*Federated\\* Learning\\_at Scale\n- An Analytical Engine for Query Plans\n');
    expect(page(profile, { kind: 'publications', only: { years: '-2022' }, layout: titles })).toBe(
      '- Notes on the Engine\n<!--\n- A Draft --\\> Never Published\n-->\n',
    );
    expect(page(profile, { kind: 'publications', only: { years: 2024 }, layout: titles })).toBe(
      '- An Analytical Engine for Query Plans\n',
    );
    expect(page(profile, { kind: 'publications', only: { category: 'preprint' }, layout: titles })).toBe(
      '- Editing as Unlearning\n',
    );
  });

  test('sort: newest puts dates first and then order; the default puts order first', () => {
    const ordered = withPublications(profile, (item) =>
      item.fields.key === 'lovelace2022notes' ? { ...item, fields: { ...item.fields, order: 1 } } : item,
    );
    const section = { kind: 'publications', only: { years: '2022-' }, layout: titles };
    expect(page(ordered, section)).toBe(
      '- Notes on the Engine\n- Fast \\*Federated\\* Learning\\_at Scale\n- Editing as Unlearning\n- An Analytical Engine for Query Plans\n',
    );
    expect(page(ordered, { ...section, sort: 'newest' })).toBe(
      '- Fast \\*Federated\\* Learning\\_at Scale\n- Editing as Unlearning\n- An Analytical Engine for Query Plans\n- Notes on the Engine\n',
    );
  });

  test('several publications sections with different filters on one page', () => {
    expect(
      page(
        profile,
        {
          kind: 'publications',
          title: 'Papers',
          only: { status: 'published', category: ['conference'] },
          layout: titles,
        },
        { kind: 'publications', title: 'Preprints', only: { status: 'preprint' }, layout: titles },
      ),
    ).toBe(
      '## Papers\n- Fast \\*Federated\\* Learning\\_at Scale\n- An Analytical Engine for Query Plans\n\n## Preprints\n- Editing as Unlearning\n',
    );
  });
});

describe('a selected-only section while none is selected', () => {
  const section = { kind: 'publications', title: 'Selected Publications', only: 'selected', layout: titles };

  test('shows the newest visible publications (10 unless whenNoneSelected says), and says which sections do', () => {
    expect(page(profile, { ...section, whenNoneSelected: 2 })).toBe(
      '## Selected Publications\n- Fast \\*Federated\\* Learning\\_at Scale\n- Editing as Unlearning\n',
    );
    expect(page(profile, section)).toBe(
      '## Selected Publications\n- Fast \\*Federated\\* Learning\\_at Scale\n- Editing as Unlearning\n- An Analytical Engine for Query Plans\n- Notes on the Engine\n',
    );
    const sections = [section, { ...section, title: undefined, whenNoneSelected: 3 }].map((one) =>
      v.parse(pageSectionSchema, one),
    );
    expect(sectionsShowingNewest(profile, sections)).toEqual([
      { title: 'Selected Publications', shown: 4 },
      { shown: 3 },
    ]);
  });

  test('once one is selected, shows only that one and says nothing', () => {
    const oneSelected = withPublications(profile, (item) =>
      item.fields.key === 'lovelace2022notes' ? { ...item, fields: { ...item.fields, selected: true } } : item,
    );
    expect(page(oneSelected, section)).toBe('## Selected Publications\n- Notes on the Engine\n');
    expect(sectionsShowingNewest(oneSelected, [v.parse(pageSectionSchema, section)])).toEqual([]);
  });
});

describe('the legend', () => {
  test('appears only when a visible entry of the section has a marked author', () => {
    const section = { kind: 'publications', title: 'P', legend: true, layout: titles };
    expect(page(profile, { ...section, only: { years: 2024 } })).toBe(
      '## P\n\n\\* equal contribution, \\# corresponding author\n\n- An Analytical Engine for Query Plans\n',
    );
    expect(page(profile, { ...section, only: { years: 2022 } })).toBe('## P\n- Notes on the Engine\n');
    const markedButHidden = withPublications(profile, (item) =>
      item.fields.key === 'lovelace2024engine' ? { ...item, fields: { ...item.fields, hidden: true } } : item,
    );
    expect(page(markedButHidden, { ...section, only: { years: 2024 } })).toBe(
      '<!--\n- An Analytical Engine for Query Plans\n-->\n',
    );
  });
});

describe('every real-world layout keeps the escaping guarantees', () => {
  const hostile = withPublications(profile, (item) => ({
    ...item,
    fields: {
      ...item.fields,
      title: `{{ site.title }} {% include x.html %} ${item.fields.title}`,
      ...(item.fields.venue === undefined ? {} : { venue: '{% raw %}Venue --> out' }),
      ...(item.fields.links === undefined
        ? {}
        : { links: item.fields.links.map((link) => ({ ...link, name: '{{ name }} -->' })) }),
    },
  }));
  const withNews: Profile = {
    ...hostile,
    news: hostile.news.map((item) => ({ ...item, body: `{{ page.x }} \`{% raw %}\` --> ${item.body}` })),
  };
  const layouts = ['news', 'publications'].flatMap((kind) =>
    readdirSync(`${fixtures}${kind}`).map((file) => {
      const text = readFileSync(`${fixtures}${kind}/${file}`, 'utf8');
      const parsed = parseSafeYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');
      if (!parsed.ok) throw new Error(file);
      return [file, (parsed.yaml.value as { section: unknown }).section] as const;
    }),
  );

  test.each(layouts)('%s: no Liquid runs, a hidden item stays inside its comment', (_file, section) => {
    const written = page(withNews, { ...(section as object), hidden: false });
    expect(written).not.toMatch(/\{[{%]/);
    const outsideComments = written.replace(/<!--[\s\S]*?-->/g, '');
    // A comment ends at the first `-->`: had a hidden text's own ended it, the rest would be outside.
    expect(outsideComments).not.toMatch(/old note|A Draft/);
  });
});

function withPublications(of: Profile, change: (item: PublicationItem) => PublicationItem): Profile {
  return { ...of, publications: of.publications.map(change) };
}
