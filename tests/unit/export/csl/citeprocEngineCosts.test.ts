/** The shortcuts in how citeproc builds an engine give the answers citeproc's own way gives. */
import { createRequire } from 'node:module';
import type { CiteprocModule } from 'citeproc';
import { beforeAll, describe, expect, test } from 'vitest';
import { engineWithLazySortSeparator, withCheaperEngines } from '../../../../src/export/csl/citeprocEngineCosts.js';
import { builtInCslLocales, builtInCslStyles } from '../../../../src/export/csl/cslBuiltIns.js';

const require = createRequire(import.meta.url);
const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;

interface Node {
  name?: string;
  attrs?: Record<string, string>;
}
interface StyleXml {
  dataObj: Node;
  getNodesByName(node: Node, name: string, nameAttribute?: string): Node[];
}
type Citeproc = CiteprocModule & { setupXml(xml: string): StyleXml };

// Each test file has its own module registry: this copy of citeproc is patched only where a test says so.
const CSL = require('citeproc') as Citeproc;
const sys = { retrieveLocale: (name: string) => locales[name] ?? {}, retrieveItem: () => ({ id: 'none' }) };
const unpatchedSeparators = new Map<string, unknown>();
const unpatchedMacros = new Map<string, { xml: StyleXml; found: Map<string, Node[]> }>();

beforeAll(() => {
  for (const style of builtInCslStyles) {
    for (const locale of builtInCslLocales) {
      const engine = new CSL.Engine(sys, styles[style] ?? '', locale, true) as unknown as {
        opt: { sort_sep: unknown };
      };
      unpatchedSeparators.set(`${style} ${locale}`, engine.opt.sort_sep);
    }
    const xml = CSL.setupXml(styles[style] ?? '');
    const names = xml.getNodesByName(xml.dataObj, 'macro').map((node) => node.attrs?.name ?? '');
    unpatchedMacros.set(style, {
      xml,
      found: new Map([...names, 'no-such-macro'].map((name) => [name, xml.getNodesByName(xml.dataObj, 'macro', name)])),
    });
  }
  withCheaperEngines(CSL);
});

describe('the sort separator', () => {
  test.each(builtInCslStyles.flatMap((style) => builtInCslLocales.map((locale) => [style, locale])))(
    '%s in %s: the same as an engine built the usual way, asked on first read',
    (style, locale) => {
      const localeCompare = String.prototype.localeCompare;
      const engine = engineWithLazySortSeparator(CSL, sys, styles[style] ?? '', locale, true) as unknown as {
        opt: { sort_sep: unknown };
      };
      expect(String.prototype.localeCompare).toBe(localeCompare);
      expect(engine.opt.sort_sep).toBe(unpatchedSeparators.get(`${style} ${locale}`));
      expect(['@', '|']).toContain(engine.opt.sort_sep);
    },
  );

  test('a value set later is kept, as the plain property would keep it', () => {
    const engine = engineWithLazySortSeparator(CSL, sys, styles.apa ?? '', 'en-US', true) as unknown as {
      opt: { sort_sep: unknown };
    };
    engine.opt.sort_sep = '#';
    expect(engine.opt.sort_sep).toBe('#');
  });
});

describe('macro lookups', () => {
  test.each([...builtInCslStyles])('%s: every macro name finds the nodes the full walk found, in order', (style) => {
    const entry = unpatchedMacros.get(style);
    if (entry === undefined) throw new Error('no style');
    expect(entry.found.size).toBeGreaterThan(1);
    for (const [name, nodes] of entry.found) {
      const again = entry.xml.getNodesByName(entry.xml.dataObj, 'macro', name);
      expect(again).toHaveLength(nodes.length);
      for (const [index, node] of again.entries()) expect(node).toBe(nodes[index]);
    }
    expect(entry.found.get('no-such-macro')).toEqual([]);
  });
});
