/**
 * fast-check generators of whole profiles as the files a person could write: every kind of item with its optional
 * fields, texts full of YAML and Markdown specials, Unicode and newlines, dates at every precision.
 */
import fc from 'fast-check';
import { type ItemKind, itemFolders } from '../../src/model/items.js';
import {
  cslTypes,
  linkTypes,
  publicationCategories,
  publicationStatuses,
  serviceRoles,
  talkTypes,
} from '../../src/model/vocabulary.js';

// YAML and Markdown specials, quotes, Unicode letters, an emoji (two UTF-16 units) and newlines.
const characters = [
  ...'abcdefxyzABCXYZ0123456789      .,;:!?-_*#&|>%@`\'"[]{}()<>/\\~=+$^',
  'é',
  'ü',
  'ß',
  '中',
  'の',
  'Ж',
  '😀',
  '\n',
];

/** Text as a person types it: not empty, no space at either end (the format trims). */
export const text = (maxLength = 30) =>
  fc
    .string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength })
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** A body: Markdown, possibly empty. */
export const body = fc.oneof(fc.constant(''), text(80));

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
export const stem = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

/** A date at the precision it was written with, in the stored form. */
export const isoDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .chain(({ year, month, day }) =>
    fc.constantFrom(
      String(year),
      `${year}-${String(month).padStart(2, '0')}`,
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
  );

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const flag = optional(fc.boolean());
const order = optional(fc.integer({ min: -1000, max: 1000 }));
const url = text(20).map((value) => `https://example.org/${value.replace(/\s+/g, '-')}`);

const author = fc.oneof(
  fc.record(
    {
      family: text(15),
      given: optional(text(15)),
      equal: optional(fc.constant(true)),
      corresponding: optional(fc.constant(true)),
    },
    { requiredKeys: ['family'] },
  ),
  fc.record({ literal: text(20), equal: optional(fc.constant(true)) }, { requiredKeys: ['literal'] }),
);
const editor = fc.oneof(
  fc.record({ family: text(15), given: optional(text(15)) }, { requiredKeys: ['family'] }),
  fc.record({ literal: text(20) }),
);

export interface ItemFile {
  kind: ItemKind;
  stem: string;
  data: Record<string, unknown>;
  body: string;
}

const news = fc.record({ date: isoDate, hidden: flag, order });
const talk = fc.record({
  date: isoDate,
  title: text(),
  venue: optional(text()),
  location: optional(text()),
  type: optional(fc.constantFrom(...talkTypes)),
  url: optional(url),
  slides: optional(url),
  video: optional(url),
  lang: optional(fc.constantFrom('en', 'zh', 'ja', 'de-AT')),
  hidden: flag,
  order,
});
const service = fc.record({
  role: optional(fc.constantFrom(...serviceRoles)),
  date: optional(isoDate),
  hidden: flag,
  order,
});
const section = fc.record({ title: optional(text()), hidden: flag });
const publication = fc.record({
  key: text(25),
  type: optional(fc.constantFrom(...cslTypes)),
  title: text(),
  authors: fc.array(author, { minLength: 1, maxLength: 3 }),
  editors: optional(fc.array(editor, { minLength: 1, maxLength: 2 })),
  date: optional(isoDate),
  venue: optional(text()),
  publisher: optional(text()),
  volume: optional(text(5)),
  issue: optional(text(5)),
  pages: optional(text(8)),
  edition: optional(text(5)),
  isbn: optional(text(13)),
  issn: optional(text(9)),
  doi: optional(fc.tuple(word, word).map(([a, b]) => `10.${a}/${b}`)),
  arxiv: optional(text(10)),
  url: optional(url),
  label: optional(text()),
  status: optional(fc.constantFrom(...publicationStatuses)),
  category: optional(fc.constantFrom(...publicationCategories)),
  selected: flag,
  links: optional(
    fc.array(fc.record({ type: fc.constantFrom(...linkTypes), url, name: optional(text(10)) }), {
      minLength: 1,
      maxLength: 2,
    }),
  ),
  award: optional(text()),
  bibtex: optional(
    fc.record({ type: word, fields: fc.dictionary(word, fc.oneof(text(), fc.constant('')), { maxKeys: 3 }) }),
  ),
  hidden: flag,
  order,
});

const items = <T extends Record<string, unknown>>(kind: ItemKind, data: fc.Arbitrary<T>) =>
  fc
    .uniqueArray(fc.record({ stem, data, body }), { maxLength: 3, selector: (item) => item.stem })
    .map((list) => list.map((item): ItemFile => ({ kind, ...item })));

const sectionKinds = ['bio', 'contact', 'news', 'publications', 'talks', 'service'] as const;

const owner = (sectionStems: readonly string[]) =>
  fc.record({
    name: text(),
    nameVariants: optional(fc.array(text(), { minLength: 1, maxLength: 2 })),
    label: optional(text()),
    email: optional(fc.oneof(text(15), fc.array(text(15), { minLength: 1, maxLength: 2 }))),
    phone: optional(text(12)),
    links: optional(fc.array(fc.record({ name: text(10), url }), { minLength: 1, maxLength: 2 })),
    contact: optional(
      fc.array(
        fc.record({
          label: text(10),
          emails: optional(fc.array(text(15), { minLength: 1 })),
          text: optional(text()),
          url: optional(url),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    ),
    page: optional(
      fc.record({
        frontMatter: optional(fc.dictionary(word, fc.oneof(text(), fc.boolean(), fc.integer({ min: -99, max: 99 })))),
        dateStyle: optional(fc.constantFrom('dotted', 'iso', 'slashed', 'month-name')),
        obfuscateEmail: flag,
        liquid: flag,
        news: optional(fc.record({ limit: optional(fc.integer({ min: 0, max: 5 })) })),
        sections: optional(
          fc.array(
            fc.oneof(
              fc.record({ kind: fc.constantFrom(...sectionKinds), title: optional(text()), hidden: flag }),
              ...(sectionStems.length === 0
                ? []
                : [
                    fc.record({
                      kind: fc.constant('text'),
                      section: fc.constantFrom(...sectionStems),
                      title: optional(text()),
                    }),
                  ]),
            ),
            { maxLength: 4 },
          ),
        ),
      }),
    ),
    venueMap: optional(fc.array(fc.record({ match: text(), label: text(10) }), { minLength: 1, maxLength: 2 })),
  });

export interface ProfileFiles {
  owner: Record<string, unknown>;
  bio: string;
  items: ItemFile[];
}

/** A whole profile: profile.md's fields and bio, and up to three items of each kind. */
export const profileFiles: fc.Arbitrary<ProfileFiles> = fc
  .record({
    news: items('news', news),
    publications: items('publication', publication).filter((list) => {
      const keys = list.map((item) => item.data.key);
      return new Set(keys).size === keys.length;
    }),
    talks: items('talk', talk),
    service: items('service', service),
    sections: items('section', section),
    bio: body,
  })
  .chain((generated) =>
    owner(generated.sections.map((item) => item.stem)).map(
      (ownerData): ProfileFiles => ({
        owner: ownerData,
        bio: generated.bio,
        items: [
          ...generated.news,
          ...generated.publications,
          ...generated.talks,
          ...generated.service,
          ...generated.sections,
        ],
      }),
    ),
  );

export function itemPath(item: ItemFile): string {
  return `${itemFolders[item.kind].folder}/${item.stem}.md`;
}
