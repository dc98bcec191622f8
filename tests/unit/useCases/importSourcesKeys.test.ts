/** Keys made for works that have none of their own: works of one document that make the same key are told apart, in order. */
import { expect, test } from 'vitest';
import { readSourceDocuments } from '../../../src/sources/readSourceDocuments.js';
import { entriesOf } from '../../../src/useCases/importSources.js';

/** Works as a source without keys of its own gives them (an ORCID summary, a Crossref list): their CSL ids dropped. */
async function keylessWorks(count: number) {
  const [reading] = await readSourceDocuments([cslDocument(count)], { today: '2026-12-02' });
  return (reading?.works ?? []).map(({ key: _key, ...work }) => work);
}

function cslDocument(count: number) {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `item-${index}`,
    type: 'article-journal',
    title: 'Editorial',
    author: [{ family: 'Li', given: 'Zexi' }],
    issued: { 'date-parts': [[2024]] },
    page: String(index + 1),
  }));
  return { name: 'editorials.json', bytes: new TextEncoder().encode(JSON.stringify(items)) };
}

test('28 works making one key get it, then b … z, then b1 and c1: each once, none skipped', async () => {
  const { entries, skipped } = entriesOf(await keylessWorks(28));
  expect(skipped).toEqual([]);
  const base = entries[0]?.key ?? '';
  const letters = 'bcdefghijklmnopqrstuvwxyz'.split('');
  expect(entries.map((entry) => entry.key)).toEqual([
    base,
    ...letters.map((letter) => `${base}${letter}`),
    `${base}b1`,
    `${base}c1`,
  ]);
});

test('a made key another work already holds as its own is passed over, and the next one is tried', async () => {
  const works = await keylessWorks(3);
  const base = entriesOf(works.slice(0, 1)).entries[0]?.key ?? '';
  // A work whose source key is the made key's second candidate, read before the three that make it.
  const holder = { ...(works[0] as (typeof works)[number]), key: `${base}b` };
  expect(base).toBe('li2024editorial');
  const { entries } = entriesOf([holder, ...works]);
  expect(entries.map((entry) => entry.key)).toEqual([`${base}b`, base, `${base}c`, `${base}d`]);
});
