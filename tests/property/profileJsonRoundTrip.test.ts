/**
 * For any generated profile: written as a folder, it loads without a problem, and `export --format json` holds every
 * item written, with the defaults the page assumes spelled out (a publication's CSL `type`, `status: published`,
 * `selected` and `hidden` false, an empty `page`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { serializeItemFile } from '../../src/frontMatter/itemFile.js';
import type { Profile } from '../../src/model/items.js';
import { cslType } from '../../src/model/publicationCsl.js';
import { renderProfileJson } from '../../src/render/profileJson.js';
import { loadProfile } from '../../src/store/loadProfile.js';
import { itemPath, type ProfileFiles, profileFiles } from './profileArbitraries.js';
import { propertyRuns } from './propertyRuns.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-property-json-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

function writeProfile(files: ProfileFiles): string {
  const dir = path.join(root, `run-${runs++}`);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'profile.md'), serializeItemFile(withoutUndefined(files.owner), files.bio));
  for (const item of files.items) {
    mkdirSync(path.dirname(path.join(dir, itemPath(item))), { recursive: true });
    writeFileSync(path.join(dir, itemPath(item)), serializeItemFile(withoutUndefined(item.data), item.body));
  }
  return dir;
}

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

/** The defaults the JSON writes out; each one is what the page and the exports assume when the field is absent. */
function withJsonDefaults(profile: Profile): Profile {
  return {
    ...profile,
    owner: { ...profile.owner, page: profile.owner.page ?? {} },
    publications: profile.publications.map((item) => ({
      ...item,
      fields: {
        ...item.fields,
        type: cslType(item.fields) as NonNullable<typeof item.fields.type>,
        status: item.fields.status ?? 'published',
        selected: item.fields.selected ?? false,
        hidden: item.fields.hidden ?? false,
      },
    })),
  };
}

describe('profile JSON round trip', () => {
  test('folder → load → export --format json holds every item, with the defaults written in', async () => {
    await fc.assert(
      fc.asyncProperty(profileFiles, async (files) => {
        const dir = writeProfile(files);
        const { profile, problems } = await loadProfile(dir);
        expect(problems).toEqual([]);
        if (!profile) throw new Error('no profile');
        const json = renderProfileJson(profile);
        // The defaults are what the JSON already says: writing them in changes no byte.
        expect(renderProfileJson(withJsonDefaults(profile))).toBe(json);
        const written = JSON.parse(json) as Record<'news' | 'publications' | 'talks' | 'service', unknown[]>;
        const itemsWritten = files.items.filter((item) => item.kind !== 'section').length;
        expect(written.news.length + written.publications.length + written.talks.length + written.service.length).toBe(
          itemsWritten,
        );
        rmSync(dir, { recursive: true, force: true });
      }),
      propertyRuns(60),
    );
  });

  test('a multi-line text in a list of maps keeps its meaning (found by this property: it came back as a map)', async () => {
    const dir = writeProfile({
      owner: { name: 'a', contact: [{ label: 'a', emails: [':\na', 'a'] }] },
      bio: '',
      items: [],
    });
    const { profile, problems } = await loadProfile(dir);
    expect(problems).toEqual([]);
    expect(profile?.owner.contact).toEqual([{ label: 'a', emails: [':\na', 'a'] }]);
  });
});
