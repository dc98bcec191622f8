/**
 * For any generated profile: written as a folder, loaded, exported with `export --format json` and read back with
 * readProfileJson, it is the same profile. The JSON spells out the defaults the page assumes (a publication's CSL
 * `type`, `status: published`, `selected` and `hidden` false, an empty `page`), so the profile read back is the loaded
 * one with those defaults written in; exporting that again gives the very same bytes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { ProfileError } from '../../src/errors.js';
import { serializeItemFile } from '../../src/frontMatter/itemFile.js';
import type { Profile } from '../../src/model/items.js';
import { cslType } from '../../src/model/publicationCsl.js';
import { renderProfileJson } from '../../src/render/profileJson.js';
import { loadProfile } from '../../src/store/loadProfile.js';
import { readProfileJson } from '../../src/store/readProfileJson.js';
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
  test('folder → load → export --format json → readProfileJson gives the same profile', async () => {
    await fc.assert(
      fc.asyncProperty(profileFiles, async (files) => {
        const dir = writeProfile(files);
        const { profile, problems } = await loadProfile(dir);
        expect(problems).toEqual([]);
        if (!profile) throw new Error('no profile');
        const json = renderProfileJson(profile);
        const readBack = readProfileJson(json, 'profile.json');
        expect(readBack).toEqual(withJsonDefaults(profile));
        expect(renderProfileJson(readBack)).toBe(json);
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

  test('a JSON that is not a profile is refused with the file, the place and a hint', () => {
    const error = (text: string) => {
      try {
        readProfileJson(text, 'exported.json');
      } catch (caught) {
        if (caught instanceof ProfileError) return { message: caught.message, file: caught.file, line: caught.line };
        throw caught;
      }
      throw new Error('not refused');
    };
    expect(error('{\n  "format": "profile-json/1",\n  oops\n}')).toEqual({
      message: 'not valid JSON: Expected double-quoted property name in JSON at position 34',
      file: 'exported.json',
      line: 3,
    });
    expect(error('{"format": "csl-json"}')).toEqual({
      message: 'not a profile JSON: "format" is "csl-json"',
      file: 'exported.json',
      line: undefined,
    });
    const valid = JSON.parse(
      renderProfileJson({
        owner: { name: 'Ada Lovelace' },
        bio: '',
        news: [],
        publications: [],
        talks: [],
        service: [],
        sections: [],
      }),
    ) as Record<string, unknown>;
    expect(error(JSON.stringify({ ...valid, news: [{ id: 'news/../../x', date: '2025', text: 'x' }] }))).toEqual({
      message: 'news[0].id: must be "news/" and a file name such as "a-b-1"',
      file: 'exported.json',
      line: undefined,
    });
    expect(error(JSON.stringify({ ...valid, news: [{ id: 'news/a', date: '2025-13', text: 'x' }] }))).toEqual({
      message: 'news[0].date: "2025-13" has an impossible month (13)',
      file: 'exported.json',
      line: undefined,
    });
  });
});
