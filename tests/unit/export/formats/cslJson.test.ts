/** `csl-json`: citation-js reads the export back to exactly what was written, item by item; order and fields checked by hand. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderCslJson } from '../../../../src/export/formats/cslJson.js';
import { loadValidProfile } from '../../../../src/store/loadProfile.js';
import { tinyProfileCsl } from '../../../support/tinyProfileCsl.js';
import { profileOf } from './profileBuilder.js';

const repo = path.resolve(import.meta.dirname, '../../../..');

interface CitationJsInput {
  plugins: { input: { chain(input: string, options: { generateGraph: boolean }): unknown[] } };
}

/** citation-js's own reading of a CSL-JSON text, loaded as src/bibtex/citationJs.ts loads it. */
async function readWithCitationJs(text: string): Promise<unknown[]> {
  const imported = await import('@citation-js/core');
  const core = ('plugins' in imported && imported.plugins ? imported : imported.default) as unknown as CitationJsInput;
  return core.plugins.input.chain(text, { generateGraph: false });
}

describe('renderCslJson', () => {
  test('citation-js reads every publication of the bundled profile back to the same data', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const written = JSON.parse(renderCslJson(profile)) as unknown[];
    const readBack = await readWithCitationJs(renderCslJson(profile));
    expect(written).toHaveLength(9);
    expect(readBack).toHaveLength(written.length);
    written.forEach((item, index) => {
      expect(readBack[index]).toEqual(item);
    });
  });

  test('lists the publications in the page order, hidden ones included', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const items = JSON.parse(renderCslJson(profile)) as { id: string; custom: { hidden: boolean } }[];
    expect(items.map((item) => [item.id, item.custom.hidden])).toEqual([
      ['li2024text', true],
      ['wang2024wise', false],
      ['li2025editing', false],
      ['li2025fedgucci', false],
      ['li2023revisiting', false],
      ['li2022can', false],
      ['li2023no', false],
      ['li2023edge', true],
      ['li2022towards', false],
    ]);
  });

  test('writes a publication field by field, our own fields under custom', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const items = JSON.parse(renderCslJson(profile)) as { id: string }[];
    expect(items.find((item) => item.id === 'li2023edge')).toEqual({
      id: 'li2023edge',
      'citation-key': 'li2023edge',
      type: 'paper-conference',
      title: 'Edge-cloud Collaborative Learning with Federated and Centralized Features',
      author: [
        { family: 'Li', given: 'Zexi' },
        { family: 'Li', given: 'Qunwei' },
        { family: 'Zhou', given: 'Yi' },
        { family: 'Zhong', given: 'Wenliang' },
        { family: 'Zhang', given: 'Guannan' },
        { family: 'Wu', given: 'Chao' },
      ],
      issued: { 'date-parts': [[2023]] },
      'container-title':
        'Proceedings of the 46th International ACM SIGIR Conference on Research and Development in Information Retrieval',
      publisher: 'ACM',
      DOI: '10.1145/3539618.3591976',
      URL: 'https://dl.acm.org/doi/abs/10.1145/3539618.3591976',
      custom: {
        id: 'pub/li2023edge',
        label: 'ACM SIGIR 2023',
        status: 'published',
        category: 'conference',
        selected: true,
        hidden: true,
        order: 8,
        equalContribution: [0, 1],
        corresponding: [3, 5],
      },
    });
  });

  test('keeps a month, a group author, a key with a colon and the abstract, and reads them back', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'tests/fixtures/unit/tiny-profile'));
    const text = renderCslJson(profile);
    const written = JSON.parse(text) as unknown[];
    expect(written).toEqual([tinyProfileCsl.li2025fed, tinyProfileCsl.old2023note]);
    expect(await readWithCitationJs(text)).toEqual(written);
  });

  test('is pretty-printed JSON ending with one newline, the same on every run', async () => {
    const { profile } = await loadValidProfile(path.join(repo, 'profile'));
    const text = renderCslJson(profile);
    expect(text.startsWith('[\n  {\n    "id": "li2024text",\n')).toBe(true);
    expect(text.endsWith('}\n]\n')).toBe(true);
    expect(renderCslJson(profile)).toBe(text);
    expect(renderCslJson(profileOf({ name: 'Ada Lovelace' }))).toBe('[]\n');
  });
});
