/**
 * Real-world line layouts (tests/fixtures/layouts/{news,publications}/*.md, each naming the page it is modelled
 * on): the section in its front matter, rendered from the fixture profile, must give exactly the Markdown below it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parseSafeYaml } from '../../../src/frontMatter/safeYaml.js';
import type { Profile } from '../../../src/model/items.js';
import { pageSectionSchema, pageSettingsSchema } from '../../../src/model/schema.js';
import { renderAboutPage } from '../../../src/render/aboutPage.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';

const fixtures = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));

interface LayoutFixture {
  name: string;
  section: unknown;
  page: unknown;
  expected: string;
}

function readFixtures(kind: 'news' | 'publications'): LayoutFixture[] {
  return readdirSync(`${fixtures}${kind}`)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${fixtures}${kind}/${file}`, 'utf8');
      const [, frontMatter = '', expected = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const parsed = parseSafeYaml(frontMatter);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problem)}`);
      const data = parsed.yaml.value as { section: unknown; page?: unknown };
      return { name: file, section: data.section, page: data.page ?? {}, expected };
    });
}

/** The page of the fixture profile with only this section, without its front matter. */
function renderSection(profile: Profile, fixture: LayoutFixture): string {
  const section = v.parse(pageSectionSchema, fixture.section);
  const page = v.parse(pageSettingsSchema, fixture.page);
  const owner = { ...profile.owner, page: { ...profile.owner.page, ...page, sections: [section] } };
  const written = renderAboutPage({ ...profile, owner });
  return written.slice(written.indexOf('---\n', 4) + '---\n\n'.length);
}

const { profile } = await loadValidProfile(`${fixtures}profile`);

describe.each(['news', 'publications'] as const)('%s layouts', (kind) => {
  const cases = readFixtures(kind);
  test('there are at least ten, each modelled on a real page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  test.each(cases.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    expect(renderSection(profile, fixture)).toBe(fixture.expected);
  });
});
