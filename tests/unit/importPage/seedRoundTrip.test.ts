// Proves the main promise on the real page: `import-page ../shared/seed/about.md` then `export --format md`
// gives the seed back under the seed test's three equivalences (same front matter values, the same visible text in
// the same order, every hidden line still inside a comment), and the folder it makes is the bundled profile's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { itemSummary } from '../../../src/model/itemSummary.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { frontMatterValues, hiddenLines, visibleText } from '../../seed/seedPageText.js';
import { useImportedPages } from './importedFolder.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const sharedSeed = path.resolve(repo, '../shared/seed/about.md');
const seed = readFileSync(
  existsSync(sharedSeed) ? sharedSeed : path.join(repo, 'tests/fixtures/seed/about.md'),
  'utf8',
);

const { importText } = useImportedPages();

describe('import-page on the seed page, then export', () => {
  test('front matter has the same values', async () => {
    const { exported } = await importText(seed);
    expect(frontMatterValues(exported)).toEqual(frontMatterValues(seed));
  });

  test('visible text is the same, in the same order', async () => {
    const { exported } = await importText(seed);
    const actual = visibleText(exported);
    expect(actual.length).toBeGreaterThan(5000);
    expect(actual).toBe(visibleText(seed));
  });

  test('every line the seed hides in a comment is exported inside a comment', async () => {
    const { exported } = await importText(seed);
    const inComments = hiddenLines(exported).join('\n');
    const seedHidden = hiddenLines(seed);
    expect(seedHidden).toHaveLength(31);
    for (const line of seedHidden) expect(inComments).toContain(line);
  });

  test('the items are the bundled profile’s: the same news, publications, talks and service, hidden the same', async () => {
    const { profile } = await importText(seed);
    const bundled = (await loadValidProfile(path.join(repo, 'profile'))).profile;
    const described = (items: readonly { kind: string; fields: { hidden?: boolean | undefined }; body: string }[]) =>
      items
        .map((item) => `${item.kind} ${item.fields.hidden === true ? 'hidden ' : ''}${itemSummary(item as never)}`)
        .sort();
    expect(described(profile.news)).toEqual(described(bundled.news));
    expect(described(profile.publications)).toEqual(described(bundled.publications));
    expect(described(profile.talks)).toEqual(described(bundled.talks));
    expect(described(profile.service)).toEqual(described(bundled.service));
    // Beyond the bundled profile, the import keeps two things of how the seed wrote them: `## Research Interests`
    // right above its list (in its comment), and the hidden SIGIR paper in a comment opened on its own line
    // (`<!--- [**ACM SIGIR 2023**] …-->`, right under the paper before it).
    const asWritten = (bundled.owner.page?.sections ?? []).map((section) =>
      section.section === 'research-interests'
        ? { ...section, blankAfterHeading: false }
        : section.only === 'selected'
          ? { ...section, hiddenForm: '<!--{hidden}-->' }
          : section,
    );
    expect(profile.owner.page?.sections).toEqual(asWritten);
    expect(profile.owner.contact).toEqual(bundled.owner.contact);
    expect(profile.bio).toBe(bundled.bio);
  });

  test('publications keep the authors and marks of the bundled profile', async () => {
    const { profile } = await importText(seed);
    const bundled = (await loadValidProfile(path.join(repo, 'profile'))).profile;
    const byTitle = (items: typeof profile.publications) =>
      Object.fromEntries(
        items.map((item) => [
          item.fields.title,
          {
            authors: item.fields.authors,
            label: item.fields.label,
            url: item.fields.url,
            order: item.fields.order,
            selected: item.fields.selected,
          },
        ]),
      );
    expect(byTitle(profile.publications)).toEqual(byTitle(bundled.publications));
  });
});
