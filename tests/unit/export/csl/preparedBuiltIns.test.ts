/** The built-in styles and locales parsed at build time (dist/csl/) give every entry exactly as their XML does. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtInCslStyles } from '../../../../src/export/csl/cslBuiltIns.js';
import { preparedBuiltInFiles } from '../../../../src/export/csl/cslPreparedBuiltIns.js';
import { loadCslEntryRenderer } from '../../../../src/export/csl/cslStyle.js';
import type { Profile } from '../../../../src/model/items.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';

const require = createRequire(import.meta.url);
const repo = path.resolve(import.meta.dirname, '../../../..');
let bundled: Profile;
let files: Map<string, string>;

beforeAll(async () => {
  bundled = (await loadValidProfile(path.join(repo, 'profile'))).profile;
  const CSL = require('citeproc') as { parseXml(xml: string): unknown };
  const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
  const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
  files = preparedBuiltInFiles(
    (xml) => CSL.parseXml(xml),
    (style) => styles[style] ?? '',
    (locale) => locales[locale] ?? '',
  );
});

async function entries(style: string, locale: string, prepared: boolean): Promise<{ lines: string[]; read: string[] }> {
  const read: string[] = [];
  const render = await loadCslEntryRenderer({
    style,
    locale,
    readStyleFile: () => Promise.reject(new Error('no style file here')),
    ...(prepared
      ? {
          readPreparedFile: async (name: string) => {
            read.push(name);
            return files.get(name);
          },
        }
      : {}),
    profile: bundled,
  });
  return { lines: bundled.publications.map((item) => render(item)), read };
}

describe('prepared built-ins', () => {
  test('one file per style and locale', () => {
    expect([...files.keys()].sort()).toEqual([
      'locale-de-DE.json',
      'locale-en-US.json',
      'locale-es-ES.json',
      'locale-fr-FR.json',
      'locale-nl-NL.json',
      'style-apa.json',
      'style-harvard1.json',
      'style-vancouver.json',
    ]);
  });

  for (const style of builtInCslStyles) {
    for (const locale of ['en-US', 'fr-FR']) {
      test(`${style}, ${locale}: the same entries as from the XML`, async () => {
        const fromXml = await entries(style, locale, false);
        const fromJson = await entries(style, locale, true);
        expect(fromJson.read).toEqual([
          `style-${style}.json`,
          ...['en-US', 'nl-NL', 'fr-FR', 'de-DE', 'es-ES'].map((name) => `locale-${name}.json`),
        ]);
        expect(fromJson.lines).toHaveLength(9);
        expect(fromJson.lines).toEqual(fromXml.lines);
      });
    }
  }
});
