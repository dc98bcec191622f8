/**
 * `export --format bib`: for every file import-bib accepts, parsing the original and the export gives the same
 * entries with the same fields and values (LaTeX decoded, braces and whitespace ignored); edits made in the
 * profile are written back, marks in the spelling the entry used.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseNameList } from '../../../src/bibtex/bibtexNames.js';
import { resolveCrossrefs } from '../../../src/bibtex/crossref.js';
import { latexToUnicode } from '../../../src/bibtex/latexToUnicode.js';
import { formatValue, renderBibtex } from '../../../src/bibtex/writeBibtex.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { acceptedFixtures, bibFixtureText, readFixtures } from './fixtures.js';
import { applyPlan, editPublication, emptyProfile, plan, publicationItem } from './importProfile.js';

interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

/** citation-js alone reading a whole file: the independent judge of what a BibTeX file says. */
function parseWithCitationJs(text: string): RawEntry[] {
  return plugins.input.data(text, '@biblatex/text') as RawEntry[];
}

const comparable = (value: string | number) =>
  latexToUnicode(String(value)).replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();

/** The entries as field → comparable value, by key. */
function normalised(entries: readonly { key: string; type: string; fields: Record<string, string | number> }[]) {
  return Object.fromEntries(
    entries.map((entry) => [
      entry.key,
      {
        type: entry.type,
        fields: Object.fromEntries(Object.entries(entry.fields).map(([name, value]) => [name, comparable(value)])),
      },
    ]),
  );
}

async function importedProfile(fixture: string) {
  const read = await readFixtures(fixture);
  const result = plan(emptyProfile(), read);
  return { profile: applyPlan(emptyProfile(), result), result };
}

describe('round trip: import, export, parse again', () => {
  test.each(acceptedFixtures)('%s', async (fixture) => {
    const { profile } = await importedProfile(fixture);
    // Each publication is written once, from its primary source.
    const imported = new Set(profile.publications.map((item) => item.fields.key));
    // What another source of the same work added is written too (the preprint's arXiv identifier).
    const addedByOtherSources = new Map(
      profile.publications
        .filter((item) => item.fields.sources !== undefined)
        .map((item) => [item.fields.key, ['eprint', 'archiveprefix']]),
    );
    // The original as citation-js reads it, each entry alone (so that @comment is treated as BibTeX does not),
    // crossref resolved as the import resolves it.
    const original = resolveCrossrefs(
      (await readFixtures(fixture)).entries.map((entry) => {
        const [raw] = parseWithCitationJs(`${stringsOf(fixture)}\n${entryText(fixture, entry.line)}`);
        return {
          ...entry,
          fields: Object.fromEntries(Object.entries(raw?.properties ?? {}).map(([k, v]) => [k, String(v)])),
        };
      }),
    ).entries.filter((entry) => imported.has(entry.key));
    const exported = parseWithCitationJs(renderBibtex(profile)).map((entry) => ({
      key: entry.label,
      type: entry.type,
      fields: Object.fromEntries(
        Object.entries(entry.properties).filter(
          ([name]) => !(addedByOtherSources.get(entry.label) ?? []).includes(name),
        ),
      ),
    }));
    expect(normalised(exported)).toStrictEqual(normalised(original));
  });

  test('the bundled profile exports BibTeX that citation-js reads whole, one entry per publication', async () => {
    const dir = fileURLToPath(new URL('../../../profile', import.meta.url));
    const { profile } = await loadValidProfile(dir);
    const text = renderBibtex(profile);
    const entries = parseWithCitationJs(text);
    expect(entries.map((entry) => entry.label).sort()).toStrictEqual(
      profile.publications.map((item) => item.fields.key).sort(),
    );
    const wise = entries.find((entry) => entry.label === 'wang2024wise');
    expect(wise?.type).toBe('inproceedings');
    expect(wise?.properties.author).toBe(
      'Wang*, Peng and Li*, Zexi and Zhang\\#, Ningyu and Xu, Ziwen and Yao, Yunzhi and Jiang, Yong and Xie, Pengjun and Huang, Fei and Chen\\#, Huajun',
    );
    expect(wise?.properties.title).toBe(
      '{WISE}: Rethinking the Knowledge Memory for Lifelong Model Editing of Large Language Models',
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(renderBibtex(profile)).toBe(text);
  });

  test('--visible leaves hidden publications out', async () => {
    const dir = fileURLToPath(new URL('../../../profile', import.meta.url));
    const { profile } = await loadValidProfile(dir);
    const visible = parseWithCitationJs(renderBibtex(profile, { visible: true })).map((entry) => entry.label);
    const hidden = profile.publications.filter((item) => item.fields.hidden).map((item) => item.fields.key);
    expect(hidden.length).toBeGreaterThan(0);
    expect(visible.some((key) => hidden.includes(key))).toBe(false);
    expect(visible.length).toBe(profile.publications.length - hidden.length);
  });
});

describe('edits made in the profile', () => {
  test('a changed title is written, case-protected; every other field stays as imported', async () => {
    const { profile } = await importedProfile('google-scholar-export');
    const edited = editPublication(profile, 'pub/li2022can', (data) => ({
      ...data,
      title: 'Can We Share Models If Sharing Data Is Not an Option? (PDF)',
    }));
    const [entry] = parseWithCitationJs(renderBibtex(edited)).filter((candidate) => candidate.label === 'li2022can');
    expect(entry?.properties.title).toBe('Can We Share Models If Sharing Data Is Not an Option? ({PDF})');
    expect(entry?.properties.publisher).toBe('Elsevier');
  });

  test('marks changed in the profile are written in the spelling the entry used: al-folio *†', async () => {
    const { profile } = await importedProfile('al-folio-papers-custom-fields');
    const edited = editPublication(profile, 'pub/physrev-47-777', (data) => ({
      ...data,
      authors: [
        { family: 'Einstein', given: 'A.', corresponding: true },
        { family: 'Podolsky', given: 'B.', equal: true },
        { family: 'Rosen', given: 'N.', equal: true },
      ],
    }));
    const [entry] = parseWithCitationJs(renderBibtex(edited)).filter(
      (candidate) => candidate.label === 'PhysRev.47.777',
    );
    expect(entry?.properties.author).toBe('Einstein†, A. and Podolsky*, B. and Rosen*, N.');
  });

  test('marks kept as fields are written back as fields', async () => {
    const { profile } = await importedProfile('equal-and-corresponding-marks');
    const edited = editPublication(profile, 'pub/marks-as-fields', (data) => ({
      ...data,
      authors: [
        { family: 'Li', given: 'Zexi', equal: true },
        { family: 'Gao', given: 'Lingzhi', equal: true, corresponding: true },
        { family: 'Wu', given: 'Chao', corresponding: true },
      ],
    }));
    const [entry] = parseWithCitationJs(renderBibtex(edited)).filter(
      (candidate) => candidate.label === 'marks-as-fields',
    );
    expect([entry?.properties.author, entry?.properties.equal, entry?.properties.corresponding]).toStrictEqual([
      'Li, Zexi and Gao, Lingzhi and Wu, Chao',
      '1,2',
      'Lingzhi Gao and Chao Wu',
    ]);
  });

  test('authors added to a kept entry that names nobody are written as author, not editor', async () => {
    // An ORCID works summary names no contributors; another source of the same work (OpenAlex) adds the authors.
    const { profile } = await importedProfile('month-macros-and-numbers');
    const edited = editPublication(profile, 'pub/month-jul-macro', (data) => ({
      ...data,
      authors: [
        { family: 'Piwowar', given: 'Heather A.' },
        { family: 'Haustein', given: 'Stefanie' },
      ],
      bibtex: { type: 'article', fields: { title: 'The state of {OA}', journal: 'PeerJ', year: '2018' } },
    }));
    const [entry] = parseWithCitationJs(renderBibtex(edited)).filter(
      (candidate) => candidate.label === 'month-jul-macro',
    );
    expect([entry?.properties.author, entry?.properties.editor]).toStrictEqual([
      'Piwowar, Heather A. and Haustein, Stefanie',
      undefined,
    ]);
  });

  test('a date and a venue changed in the profile', async () => {
    const { profile } = await importedProfile('month-macros-and-numbers');
    const edited = editPublication(profile, 'pub/month-jul-macro', (data) => ({
      ...data,
      date: '2025-03',
      venue: 'Patterns',
    }));
    const text = renderBibtex(edited);
    expect(text).toContain(
      '@misc{month-jul-macro,\n  author = {Li, Zexi},\n  title = {July as a macro},\n  year = {2025},\n  month = mar,\n  howpublished = {Patterns}\n}\n',
    );
  });
});

describe('a month joined with # to a day or another month', () => {
  test('is written back as it was written, so that BibTeX prints what it printed before', async () => {
    const { profile } = await importedProfile('month-joined-to-a-day-or-another-month');
    const months = Object.fromEntries(
      renderBibtex(profile)
        .split('\n@')
        .map((entry) => [/\{([^,]+),/.exec(entry)?.[1], /\n {2}month = (.*?),?\n/.exec(entry)?.[1]]),
    );
    expect(months).toStrictEqual({
      'Chuan2021-np': '"31~" # jan',
      'kenwright:memory-pool:comp-tools:2012': 'jul # " 22--27"',
      'cettolo-etal-2012-wit3': 'may # " 28{--}30"',
      'norregaard-derczynski-2021-danfever': 'may # " 31--2 " # jun',
      'deng-wiebe-2015-mpqa': 'may # "{--}" # jun',
      'inbook-full': '"10~" # jan',
      'phdthesis-full': 'jun # "-" # aug',
      'Maier:1977:space': 'oct # {--} # nov',
      'month-macro-tie-day': 'dec # "~24"',
      'month-joined-impossible-day': 'feb # "~30"',
      // Text, not a join: in braces, which BibTeX prints as the characters they hold.
      'month-join-as-braced-text': '{{dec # "~24"}}',
    });
  });

  test('a changed year keeps the join; a changed day writes the month macro and the day', async () => {
    const { profile } = await importedProfile('month-joined-to-a-day-or-another-month');
    const newYear = editPublication(profile, 'pub/month-macro-tie-day', (data) => ({ ...data, date: '2025-12-24' }));
    expect(renderBibtex(newYear)).toContain(
      '@misc{month-macro-tie-day,\n  author = {Li, Zexi},\n  title = {Christmas Eve},\n  year = {2025},\n  month = dec # "~24"\n}\n',
    );
    const newDay = editPublication(profile, 'pub/month-macro-tie-day', (data) => ({ ...data, date: '2024-12-25' }));
    expect(renderBibtex(newDay)).toContain(
      '@misc{month-macro-tie-day,\n  author = {Li, Zexi},\n  title = {Christmas Eve},\n  year = {2024},\n  month = dec,\n  day = {25}\n}\n',
    );
  });
});

describe('a profile imported before a reading existed', () => {
  // What such a profile holds: the type `document` for @articlebold, no date for 2020a, the venue `\\aap`.
  const asImportedBefore = (data: Record<string, unknown>) => {
    const { date: _date, label: _label, ...rest } = data;
    const bibtex = data.bibtex as { type: string; fields: Record<string, string> };
    const before: Record<string, unknown> = {
      ...rest,
      ...(_date === undefined || /\d[a-z]/.test(bibtex.fields.year ?? '') ? {} : { date: _date }),
    };
    if (!['article', 'inproceedings'].includes(bibtex.type)) before.type = 'document';
    if (/^\\/.test(bibtex.fields.journal ?? '')) before.venue = bibtex.fields.journal;
    return before;
  };

  test.each([
    ['al-folio-custom-entry-types', 'li2019battery'],
    ['year-with-disambiguation-letter', 'li2020a'],
    ['year-with-disambiguation-letter', 'Li_2019a'],
    ['nasa-ads-aastex-journal-macros', '2025MNRAS.540.1234T'],
  ])('%s %s: its entry is exported as written', async (fixture, key) => {
    const { profile } = await importedProfile(fixture);
    const id = profile.publications.find((item) => item.fields.key === key)?.id ?? '';
    const before = editPublication(profile, id, asImportedBefore);
    const entryOf = (text: string) =>
      text
        .split('\n\n')
        .map((entry) => entry.trim())
        .filter((entry) => entry.includes(`{${key},\n`));
    expect(entryOf(renderBibtex(before))).toStrictEqual(entryOf(renderBibtex(profile)));
    expect(entryOf(renderBibtex(profile))).toHaveLength(1);
  });

  test('authors written with commas, stored as one garbled name by an older import: the field is kept as written', async () => {
    const { profile } = await importedProfile('author-list-separated-by-commas');
    const written = 'Yimin Wang, Zexi Li, Ye Jiang';
    const before = editPublication(profile, 'pub/wang2019flare', (data) => ({
      ...data,
      authors: parseNameList(written, { commaLists: false }),
    }));
    expect(renderBibtex(before)).toContain(`  author = {${written}},\n`);
    expect(renderBibtex(profile)).toContain(`  author = {${written}},\n`);
  });

  test('a change made in such a profile is still written', async () => {
    const { profile } = await importedProfile('al-folio-custom-entry-types');
    const edited = editPublication(profile, 'pub/li2019battery', (data) => ({
      ...data,
      type: 'paper-conference',
      venue: 'Real-Time Systems Symposium',
      date: '2019-12',
    }));
    expect(renderBibtex(edited)).toContain(
      '@inproceedings{li2019battery,\n  title = {Battery aging deceleration for power-consuming real-time systems},\n  author = {Li, Zexi and Lee, Kilho and Kim, Taehee and Lee, Jinkyu},\n  journal = {Real-Time Systems Symposium},\n  pages = {353--365},\n  year = {2019},\n',
    );
  });
});

describe('a work that names editors only (an edited book, DBLP @proceedings)', () => {
  const fixture = 'edited-book-dblp-proceedings-and-chapter';
  const entryOf = (text: string, key: string) =>
    text
      .split('\n\n')
      .map((entry) => entry.trim())
      .find((entry) => entry.includes(`{${key},\n`));

  // What a profile imported before editors were read holds: the editors as its authors, and no editors.
  test.each(['li2021handbook', 'DBLP:conf/fedml/2023'])(
    '%s imported before, editors under authors: exported as written',
    async (key) => {
      const { profile } = await importedProfile(fixture);
      const id = profile.publications.find((item) => item.fields.key === key)?.id ?? '';
      const before = editPublication(profile, id, ({ editors, ...rest }) => ({ ...rest, authors: editors }));
      expect(before.publications.find((item) => item.id === id)?.fields.editors).toBeUndefined();
      expect(entryOf(renderBibtex(before), key)).toBe(entryOf(renderBibtex(profile), key));
      expect(entryOf(renderBibtex(profile), key)).toContain('@');
    },
  );

  test('an editor renamed in such an older profile is written to the editor field, not to author', async () => {
    const { profile } = await importedProfile(fixture);
    const edited = editPublication(profile, 'pub/li2021handbook', ({ editors: _editors, ...rest }) => ({
      ...rest,
      authors: [
        { family: 'Li', given: 'Zexi' },
        { family: 'Okafor', given: 'Chidi N.' },
      ],
    }));
    expect(entryOf(renderBibtex(edited), 'li2021handbook')).toBe(
      '@book{li2021handbook,\n  title = {Handbook of Federated Learning},\n  editor = {Li, Zexi and Okafor, Chidi N.},\n  date = {2021},\n  publisher = {{MIT Press}},\n  location = {Cambridge, MA},\n  isbn = {978-0-262-04630-1},\n  langid = {english}\n}',
    );
  });

  test('an editor changed in the profile is written to editor; no author field appears', async () => {
    const { profile } = await importedProfile(fixture);
    const edited = editPublication(profile, 'pub/li2023proceedings', (data) => ({
      ...data,
      editors: [
        { family: 'Li', given: 'Zexi' },
        { family: 'Nowak', given: 'Tomasz' },
      ],
    }));
    const written = entryOf(renderBibtex(edited), 'DBLP:conf/fedml/2023') ?? '';
    expect(written.split('\n').slice(0, 2)).toStrictEqual([
      '@proceedings{DBLP:conf/fedml/2023,',
      '  editor = {Li, Zexi and Nowak, Tomasz},',
    ]);
    expect(written).not.toContain('author =');
  });

  test('an edited book written by hand (no kept entry) gets editor and no empty author', () => {
    const profile = {
      ...emptyProfile(),
      publications: [
        publicationItem('handbook', {
          key: 'handbook',
          type: 'book',
          title: 'Handbook of Federated Learning',
          editors: [{ family: 'Li', given: 'Zexi' }],
          date: '2021',
        }),
      ],
    };
    expect(renderBibtex(profile)).toBe(
      '@book{handbook,\n  editor = {Li, Zexi},\n  title = {Handbook of Federated Learning},\n  year = {2021}\n}\n',
    );
  });
});

describe('formatValue', () => {
  test('a month macro is written bare, anything else in braces', () => {
    expect(formatValue('month', 'jul')).toBe('jul');
    expect(formatValue('month', '{jul}')).toBe('{{jul}}');
    expect(formatValue('month', 'dec # "~24"')).toBe('dec # "~24"');
    expect(formatValue('month', '"31~" # jan')).toBe('"31~" # jan');
    // Not a join (another macro, a brace that would end the entry): text in braces, as any value.
    expect(formatValue('month', 'conf # "~24"')).toBe('{conf # "~24"}');
    expect(formatValue('month', 'dec # "}@misc{evil,"')).toBe(
      '{dec # "\\textbraceright{}@misc\\textbraceleft{}evil,"}',
    );
    expect(formatValue('note', 'dec # "~24"')).toBe('{dec # "~24"}');
    expect(formatValue('title', 'x')).toBe('{x}');
  });
  test('unbalanced braces from a hand edit cannot end the entry early', () => {
    expect(formatValue('url', 'https://x.org/}@misc{evil,')).toBe('{https://x.org/%7D@misc%7Bevil,}');
    expect(formatValue('note', 'a } b')).toBe('{a \\textbraceright{} b}');
    expect(
      parseWithCitationJs(`@misc{k, note = ${formatValue('note', 'a } b')}, url = ${formatValue('url', 'x}y')}}`),
    ).toHaveLength(1);
  });
  test('a final backslash does not escape the closing brace', () => {
    expect(formatValue('note', 'ends with \\')).toBe('{ends with \\ }');
  });
});

/** The @string definitions of a fixture, for parsing one of its entries alone. */
function stringsOf(fixture: string): string {
  return (bibFixtureText(fixture).match(/^@string\s*[{(].*$/gim) ?? []).join('\n');
}

/** The text of the entry starting at `line`, up to the next line starting with `@`. */
function entryText(fixture: string, line: number): string {
  const lines = bibFixtureText(fixture)
    .split('\n')
    .slice(line - 1);
  const end = lines.findIndex((text, index) => index > 0 && /^@/.test(text));
  return lines.slice(0, end < 0 ? undefined : end).join('\n');
}
