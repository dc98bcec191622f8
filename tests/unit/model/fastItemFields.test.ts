// The hand-written check of valid items, followed by valibot where it declines, gives exactly what valibot alone gives:
// the same output (same fields, same order, same values) for a valid item, and valibot's own issues otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseYamlFast } from '../../../src/frontMatter/fastYaml.js';
import { parseFrontMatterFile } from '../../../src/frontMatter/frontMatter.js';
import { splitFrontMatter } from '../../../src/frontMatter/splitFrontMatter.js';
import { fastItemFields, fastItemFieldsOf } from '../../../src/model/fastItemFields.js';
import { checkItemFields, itemSchemas, knownFields } from '../../../src/model/itemSchemas.js';
import { type ItemKind, itemFolders } from '../../../src/model/items.js';
import { defaultLayouts } from '../../../src/model/pageLayouts.js';
import { findUnknownFields } from '../../../src/model/unknownFields.js';
import * as vocabulary from '../../../src/model/vocabulary.js';

const root = path.resolve(import.meta.dirname, '../../..');
const kinds = Object.keys(itemFolders) as ItemKind[];
const kindOfFolder = new Map(kinds.map((kind) => [itemFolders[kind].folder, kind]));

/** What loading decides with valibot alone: the output, or the unknown fields and valibot's issues. */
function byValibot(kind: ItemKind, data: unknown) {
  const unknown = findUnknownFields(itemSchemas[kind], data);
  const checked = checkItemFields(kind, data);
  if (unknown.length === 0 && checked.ok) return { ok: true as const, fields: checked.fields };
  return { ok: false as const, unknown, checked };
}

/** The same with the hand-written check first, as loadProfile runs them. */
function byFastThenValibot(kind: ItemKind, data: unknown) {
  const fast = fastItemFieldsOf(kind, data);
  return fast === undefined ? byValibot(kind, data) : { ok: true as const, fields: fast };
}

function expectSame(kind: ItemKind, data: unknown): boolean {
  const expected = byValibot(kind, data);
  const actual = byFastThenValibot(kind, data);
  expect(actual).toStrictEqual(expected);
  // The JSON (`list --json`) and so the field order is the same too.
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  return fastItemFieldsOf(kind, data) !== undefined;
}

/** Every Markdown file in an item folder under `dir`, with its kind. */
function itemFilesUnder(dir: string): { kind: ItemKind; file: string }[] {
  const found: { kind: ItemKind; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const kind = kindOfFolder.get(path.basename(entry.parentPath));
    if (kind !== undefined) found.push({ kind, file: path.join(entry.parentPath, entry.name) });
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

/** The front matter as each of loading's readers gives it (the fast reader may decline; the reference may throw). */
function readings(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  const found: unknown[] = [];
  try {
    const fast = parseYamlFast(splitFrontMatter(text, file).yaml);
    if (fast !== undefined) found.push(fast.value);
  } catch {}
  try {
    found.push(parseFrontMatterFile(text, file).data);
  } catch {}
  return found;
}

describe('fastItemFields', () => {
  test('each kind lists the fields of its schema, in the same order', () => {
    for (const kind of kinds) expect(fastItemFields[kind].map((field) => field.key)).toEqual(knownFields(kind));
  });

  test('every item of the bundled profile is taken by the fast check, with valibot output', () => {
    const files = itemFilesUnder(path.join(root, 'profile'));
    expect(files.length).toBeGreaterThan(20);
    let taken = 0;
    for (const { kind, file } of files) {
      for (const data of readings(file)) if (expectSame(kind, data)) taken++;
    }
    // Both readers read every file of the bundled profile, and every item there is valid.
    expect(taken).toBe(files.length * 2);
  });

  test('every item file of the fixtures gives the same result both ways', () => {
    const files = itemFilesUnder(path.join(root, 'tests/fixtures'));
    expect(files.length).toBeGreaterThan(10);
    for (const { kind, file } of files) for (const data of readings(file)) expectSame(kind, data);
  });

  test('a few items by hand: what is declined and what is taken', () => {
    const base = { key: 'k', title: ' T ', authors: [{ family: 'Lee', given: 'A' }] };
    expect(fastItemFieldsOf('publication', base)).toEqual({
      key: 'k',
      title: 'T',
      authors: [{ family: 'Lee', given: 'A' }],
    });
    expect(fastItemFieldsOf('publication', { key: 'k', title: 'T' })).toEqual({ key: 'k', title: 'T', authors: [] });
    for (const bad of [
      { ...base, selcted: true },
      { ...base, date: '2025-02-30' },
      { ...base, title: '  ' },
      { ...base, volume: Number.NaN },
      { ...base, authors: [{ given: 'A' }] },
      { ...base, authors: [{ family: 'Lee', middle: 'B' }] },
      { ...base, bibtex: { type: 'article', fields: { constructor: 'x' } } },
      { ...base, doi: 'https://doi.org/10.1/x' },
      { ...base, citations: -1 },
      ['key', 'title'],
    ]) {
      expect(fastItemFieldsOf('publication', bad)).toBeUndefined();
      expectSame('publication', bad);
    }
  });
});

// Values near the edge of each field's rule: valid ones and subtly wrong ones (types, whitespace, dates, keys).
const junk = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', ' ', ' x ', '\t', 'true', '2025', '10.1/x'),
  fc.integer({ min: -3, max: 3000 }),
  fc.constantFrom(1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2025),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('a', 'family', 'url'), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);
const someText = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(' padded ', '', '  ', 'Title'));
const dates = fc.constantFrom(
  '2025',
  '2025-07',
  '2025-07-30',
  ' 2025-7 ',
  '2025.07',
  '2025/07/30',
  'Jul 2025',
  '30 Jul 2025',
  'Sept 2024',
  '2025-02-29',
  '2024-02-29',
  '2025-13',
  '0999',
  'Foo 2025',
  2025,
  999,
  2024.5,
  '',
);
const flags = fc.oneof(fc.boolean(), fc.constantFrom('true', 1, null));
const whole = fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constantFrom(1.5, '3', -0, Number.NaN));
const picked = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), fc.constantFrom('', 'Other', 'x'));
const author = fc.record(
  {
    family: someText,
    given: someText,
    literal: someText,
    equal: flags,
    corresponding: flags,
    middle: someText,
  },
  { requiredKeys: [] },
);
const link = fc.record({ type: picked(vocabulary.linkTypes), url: someText, name: someText }, { requiredKeys: [] });
const bibtexFieldValue = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constantFrom(Number.NaN, null, true));
const bibtexEntry = fc.record(
  {
    key: someText,
    type: someText,
    fields: fc.oneof(
      fc.dictionary(fc.constantFrom('title', 'url', 'pdf', 'year', 'prototype', '__proto__'), bibtexFieldValue, {
        maxKeys: 3,
      }),
      junk,
    ),
    file: someText,
    bare: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), junk),
  },
  { requiredKeys: [] },
);
const layouts = fc.constantFrom('{title}', '{date}: {text}', '{nonsense}', '', '- **{title}**');

/** A value for a field of that name: most often of the field's own kind, sometimes anything. */
function valueFor(key: string): fc.Arbitrary<unknown> {
  const own: Record<string, fc.Arbitrary<unknown>> = {
    date: dates,
    start: dates,
    end: dates,
    hidden: flags,
    selected: flags,
    current: flags,
    order: whole,
    citations: whole,
    type: picked([...vocabulary.cslTypes, ...vocabulary.talkTypes]),
    status: picked(vocabulary.publicationStatuses),
    category: picked(vocabulary.publicationCategories),
    role: fc.oneof(picked(vocabulary.serviceRoles), someText),
    lang: fc.constantFrom('en', 'zh-Hans', 'EN', 'e', 'en_US'),
    doi: fc.constantFrom('10.1145/3539618.3591976', ' 10.1/x ', '10.1/', 'doi:10.1/x', '10.1 /x'),
    volume: fc.oneof(someText, fc.integer(), fc.constant(Number.NaN)),
    issue: fc.oneof(someText, fc.integer()),
    pages: fc.oneof(someText, fc.integer()),
    edition: fc.oneof(someText, fc.integer()),
    authors: fc.oneof(fc.array(author, { maxLength: 3 }), junk),
    editors: fc.oneof(fc.array(author, { maxLength: 2 }), junk),
    links: fc.oneof(fc.array(link, { maxLength: 2 }), junk),
    citedBy: fc.oneof(
      fc.array(
        fc.record(
          { count: whole, source: someText, date: fc.constantFrom('2026-12-02', '2026-1-2', ' 2026-12-02') },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      junk,
    ),
    bibtex: fc.oneof(bibtexEntry, junk),
    sources: fc.oneof(fc.array(bibtexEntry, { maxLength: 2 }), junk),
    layout: layouts,
  };
  return fc.oneof(
    { arbitrary: Object.hasOwn(own, key) ? (own[key] as fc.Arbitrary<unknown>) : someText, weight: 4 },
    { arbitrary: junk, weight: 1 },
  );
}

const nonBlank = fc
  .oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(' Padded ', 'Title'))
  .filter((value) => value.trim() !== '');
const validAuthor = fc.record(
  { family: nonBlank, given: fc.string({ maxLength: 5 }), equal: fc.boolean(), corresponding: fc.boolean() },
  { requiredKeys: ['family'] },
);
const validBibtex = {
  type: nonBlank,
  fields: fc.dictionary(fc.constantFrom('title', 'url', 'pdf', 'year'), fc.oneof(fc.string(), fc.integer()), {
    maxKeys: 3,
  }),
  file: fc.string({ maxLength: 4 }),
  bare: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
};
const layoutKindOf: Partial<Record<ItemKind, keyof typeof defaultLayouts>> = {
  news: 'news',
  publication: 'publications',
  talk: 'talks',
  service: 'service',
};

/** A value the schema of `kind` takes for the field `key`. */
function validValueFor(kind: ItemKind, key: string): fc.Arbitrary<unknown> {
  const validDates = fc.constantFrom('2025', '2025-07', '2025-07-30', ' 2025-7 ', 'Jul 2025', 'Sept 2024', 2025);
  const own: Record<string, fc.Arbitrary<unknown>> = {
    date: validDates,
    start: validDates,
    end: validDates,
    hidden: fc.boolean(),
    selected: fc.boolean(),
    current: fc.boolean(),
    order: fc.integer({ min: -5, max: 5 }),
    citations: fc.nat(100),
    type: fc.constantFrom(...(kind === 'talk' ? vocabulary.talkTypes : vocabulary.cslTypes)),
    status: fc.constantFrom(...vocabulary.publicationStatuses),
    category: fc.constantFrom(...vocabulary.publicationCategories),
    lang: fc.constantFrom('en', 'zh-Hans'),
    doi: fc.constantFrom('10.1145/3539618.3591976', ' 10.1/x '),
    volume: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    issue: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    pages: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    edition: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    authors: fc.array(validAuthor, { maxLength: 3 }),
    editors: fc.array(validAuthor, { maxLength: 2 }),
    links: fc.array(
      fc.record(
        { type: fc.constantFrom(...vocabulary.linkTypes), url: nonBlank, name: fc.string({ maxLength: 4 }) },
        { requiredKeys: ['type', 'url'] },
      ),
      { maxLength: 2 },
    ),
    citedBy: fc.array(fc.record({ count: fc.nat(9), source: nonBlank, date: fc.constant('2026-12-02') }), {
      maxLength: 2,
    }),
    bibtex: fc.record(validBibtex, { requiredKeys: ['type', 'fields'] }),
    sources: fc.array(fc.record({ key: nonBlank, ...validBibtex }, { requiredKeys: ['key', 'type', 'fields'] }), {
      maxLength: 2,
    }),
  };
  if (key === 'role' && kind === 'service') return fc.constantFrom(...vocabulary.serviceRoles);
  if (key === 'layout') {
    const layoutKind = layoutKindOf[kind];
    return layoutKind === undefined ? fc.constant('') : fc.constant(defaultLayouts[layoutKind]);
  }
  if (Object.hasOwn(own, key)) return own[key] as fc.Arbitrary<unknown>;
  const entry = (itemSchemas[kind].entries as Record<string, { type: string }>)[key];
  return entry?.type === 'optional' ? fc.string({ maxLength: 8 }) : nonBlank;
}

/** A valid item of `kind`: its required fields and some optional ones. */
function validFrontMatterOf(kind: ItemKind): fc.Arbitrary<Record<string, unknown>> {
  const entries = itemSchemas[kind].entries as Record<string, { type: string }>;
  const keys = Object.keys(entries);
  const requiredKeys = keys.filter((key) => entries[key]?.type !== 'optional');
  return fc.record(Object.fromEntries(keys.map((key) => [key, validValueFor(kind, key)])), { requiredKeys });
}

/**
 * Front matter of `kind`: a valid item, or one with one change: a field set to a value near the edge of its rule
 * (another type, blank, a bad date), a required field left out, or an unknown field (a typo) added.
 */
function frontMatterOf(kind: ItemKind): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...knownFields(kind), 'hiden', 'selcted', 'extra', '__proto__', 'constructor'];
  const change = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...keys).chain((key) => valueFor(key).map((value) => ({ key, value, remove: false }))),
    fc.constantFrom(...knownFields(kind)).map((key) => ({ key, value: undefined, remove: true })),
  );
  return fc.tuple(validFrontMatterOf(kind), change).map(([data, changed]) => {
    if (changed === undefined) return data;
    const copy: Record<string, unknown> = { ...data };
    if (changed.remove) delete copy[changed.key];
    else
      Object.defineProperty(copy, changed.key, {
        value: changed.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  });
}

describe('fastItemFields against valibot, generated items', () => {
  for (const kind of kinds) {
    test(`${kind}: the same output or the same issues`, () => {
      let taken = 0;
      fc.assert(
        fc.property(frontMatterOf(kind), (data) => {
          if (expectSame(kind, data)) taken++;
        }),
        { numRuns: 400, seed: 17 },
      );
      // The property must reach valid items too, or it proves nothing about the output.
      expect(taken).toBeGreaterThan(0);
    });
  }
});
