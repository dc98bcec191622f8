/**
 * Every entry point that reads or writes user text does work that grows linearly with the text, on the inputs that
 * make careless patterns quadratic (`list` once took 25 s on 200 KB of `[`, `import-page` 189 s on a 300 KB page).
 *
 * How work is measured, without a clock (see support/regexWork.ts):
 * 1. steps: each regular-expression call is counted as the characters it may scan. Run at n and 4n characters, the
 *    count may grow 4 times (plus a little), never 16: code that re-runs a pattern on every suffix or every line of a
 *    growing text is caught.
 * 2. patterns: every pattern our code (src/) applied during those runs is analysed by scslre; none may have a
 *    super-linear worst case (a greedy scan restarted at every position, two quantifiers trading characters).
 *    Together: the engine's work is linear in the steps, and the steps are linear in the input.
 * 3. a backstop for what the first two cannot see (loops without patterns, and patterns whose attack repeats several
 *    characters, such as `<a ` against `<a\s[^>]*?href`, which scslre does not look for): the CPU time of the runs
 *    at 8n against n, bounded very generously (linear work gives 8 times, quadratic 64; the bound is 30), with sizes
 *    where a quadratic loop shows.
 */
import { describe, expect, test } from 'vitest';
import { planBibImport } from '../../src/bibtex/planBibImport.js';
import { readBibEntries } from '../../src/bibtex/readBibEntries.js';
import { ProfileError } from '../../src/errors.js';
import type { ExportFormat, ExportSite } from '../../src/export/exportFormats.js';
import { renderFormat } from '../../src/export/renderFormat.js';
import { renderSite } from '../../src/export/renderSite.js';
import { planImport } from '../../src/importPage/planProfile/planImport.js';
import { markdownToPlain, markdownToPlainText } from '../../src/markdown/plainText.js';
import { newsDraft, publicationDraft } from '../../src/model/itemDrafts.js';
import { itemSummary, markdownToPlainLine } from '../../src/model/itemSummary.js';
import type { Profile } from '../../src/model/items.js';
import { unsafeLinksOfItem } from '../../src/model/linkSafety.js';
import { neutraliseUnsafeLinks } from '../../src/render/markdownLinks.js';
import { escapeTerminalText } from '../../src/ui/terminalText.js';
import { scaledMs } from '../e2e/timeLimits.js';
import { measureRegexWork, superLinearPatterns } from './support/regexWork.js';

/** Texts of `size` characters that make a careless pattern scan the rest of the input from every position. */
const shapes: Record<string, (size: number) => string> = {
  'open brackets': (size) => '['.repeat(size),
  'nested brackets': (size) => `${'['.repeat(size / 2)}${']'.repeat(size / 2)}`,
  'bracket then paren': (size) => '](['.repeat(size / 3),
  'link openings': (size) => '[a]('.repeat(size / 4),
  stars: (size) => '*'.repeat(size),
  underscores: (size) => '_'.repeat(size),
  backticks: (size) => '`'.repeat(size),
  'angle brackets': (size) => '<'.repeat(size),
  'comment openings': (size) => '<!--'.repeat(size / 4),
  'tag openings': (size) => '<a '.repeat(size / 3),
  liquid: (size) => '{{'.repeat(size / 2),
  'shortcode openings': (size) => '{{<{{%'.repeat(size / 6),
  'shortcodes with their ends last': (size) => `${'{{< a '.repeat(size / 12)}${'>}}'.repeat(size / 6)}`,
  backslashes: (size) => '\\'.repeat(size),
  'entity openings': (size) => '&#'.repeat(size / 2),
  spaces: (size) => `a${' '.repeat(size - 2)}b`,
  'spaces then a dash': (size) => `${' '.repeat(size - 1)}-`,
  dashes: (size) => '-'.repeat(size),
  hashes: (size) => '#'.repeat(size),
  'a long line': (size) => 'word '.repeat(size / 5),
  'many lines': (size) => 'a\n'.repeat(size / 2),
  'many list items': (size) => '- a\n'.repeat(size / 4),
  'url-like': (size) => 'javascript:'.repeat(size / 11),
  'at signs and dots': (size) => 'a@a.'.repeat(size / 4),
  'years in parentheses': (size) => '(2024) '.repeat(size / 7),
  'periods and commas': (size) => '*2019.06 - 2022.04*, '.repeat(size / 21),
  // Text outside ASCII, which the BibTeX writers encode one character at a time (`é` → `{\\'e}`).
  'accented letters': (size) => 'é'.repeat(size),
  'CJK characters': (size) => '中'.repeat(size),
};

function profileHolding(text: string): Profile {
  const date = { year: 2025, month: 1 };
  return {
    owner: { name: 'Ada Lovelace', contact: [{ label: 'Mail', text }] },
    bio: text,
    news: [{ kind: 'news', id: 'news/n', file: 'news/n.md', body: text, fields: { date } }],
    publications: [
      {
        kind: 'publication',
        id: 'pub/p',
        file: 'publications/p.md',
        body: text,
        fields: {
          key: 'p',
          title: text,
          authors: [
            { family: text, given: text },
            { family: 'Lovelace', given: 'Ada' },
          ],
          venue: text,
          url: text,
          date,
          links: [{ type: 'code', url: text }],
        },
      },
    ],
    talks: [{ kind: 'talk', id: 'talk/t', file: 'talks/t.md', body: text, fields: { title: text, date, url: text } }],
    service: [{ kind: 'service', id: 'service/s', file: 'service/s.md', body: text, fields: {} }],
    sections: [],
  };
}

const formats: ExportFormat[] = ['md', 'json', 'bib', 'csl-json', 'jsonresume'];
const sites: ExportSite[] = ['academicpages', 'al-folio', 'hugo-blox'];

/** Each entry point, given a text: what `list`, `validate`, `export`, `import-page`, `import-bib` and `add-*` run. */
const entryPoints: Record<string, (text: string) => unknown> = {
  'list: the title column': (text) => itemSummary(profileHolding(text).news[0] as Profile['news'][number]),
  'the plain line of Markdown': (text) => markdownToPlainLine(text),
  'the plain text of Markdown (JSON exports)': (text) => markdownToPlainText(text),
  'the plain line of Markdown (import-page titles and venues)': (text) => markdownToPlain(text),
  'links made safe in Markdown': (text) => neutraliseUnsafeLinks(text),
  'validate: unsafe links of an item': (text) => unsafeLinksOfItem(profileHolding(text).publications[0] as never),
  'text escaped for the terminal': (text) => escapeTerminalText(text),
  ...Object.fromEntries(
    formats.map((format) => [
      `export --format ${format}`,
      (text: string) => renderFormat(profileHolding(text), format, {}),
    ]),
  ),
  ...Object.fromEntries(
    sites.map((site) => [`export --site ${site}`, (text: string) => renderSite(profileHolding(text), site, {})]),
  ),
  'import-page: a news list': (text) =>
    planImport(`---\ntitle: About\n---\n\nI am **Ada Lovelace**.\n\n## News\n\n- 2025.01: ${text}\n`, {
      source: 'p.md',
    }),
  'import-page: a publication list': (text) =>
    planImport(`## Publications\n\n- **Ada Lovelace**, B. Babbage. ${text}. In *Venue*, 2024.\n`, { source: 'p.md' }),
  'import-page: a bio': (text) => planImport(`${text}\n`, { source: 'p.md' }),
  'import-page: a heading': (text) => planImport(`## ${text}\n\n- ${text}\n`, { source: 'p.md' }),
  'import-page: talks and service': (text) =>
    planImport(`## Talks\n\n- ${text}, Venue, 2024\n\n## Service\n\n- ${text}\n`, { source: 'p.md' }),
  'import-page: CV sections (lines, short lines of the text, a table row)': (text) => {
    const short = text.slice(0, 900);
    const cvLines = (line: string) =>
      `## Education\n\n- *2019.06 - 2022.04*, ${line}, University\n- Ph.D. in ${line}, MIT, 2015–2020\n\n` +
      `## Honors and Awards\n\n- *2021.02* ${line}, ${line}\n\n| Year | Award |\n| --- | --- |\n| 2021 | ${line} |\n\n` +
      `## Experience\n\n- *2025.04 - Now*, Researcher, ${line}, Tokyo, Japan (${line})\n\n## Teaching\n\n- Teaching Assistant of ${line}, Fall 2019\n`;
    return planImport(`${cvLines(text)}\n${cvLines(short)}`, { source: 'p.md' });
  },
  'import-page: hidden items and notes in one-line comments, news as lines with emoji bullets': (text) =>
    planImport(
      `## News\n\n- 2025.02: a\n<!-- - 2025.01: ${text} -->\n- 2024.12: b\n<!-- ${text} -->\n\n<!-- - 2023.01: ${text} -->\n` +
        `<!-- - 2022.01: b -->\n\n## Updates\n\n🎉 **[2025.07]** ${text}<br>\n📢 **[2025.06]** ${text}  \n✈️ [Dec 2024] b\n`,
      { source: 'p.md' },
    ),
  'export --format md: hidden forms, hidden runs, notes and lines': (text) => {
    const profile = profileHolding(text);
    const hidden = { ...profile.news[0], id: 'news/h', fields: { date: { year: 2024 }, hidden: true } } as never;
    const section = {
      kind: 'news' as const,
      layout: '{text:emoji} {date}: {text:after-emoji}<br>',
      itemsAsLines: true,
      hiddenForm: '<!-- {hidden} -->',
      hiddenRuns: 'lines' as const,
      notesAfter: [{ item: 'news/n', comment: `<!-- ${text} -->` }],
    };
    return renderFormat(
      {
        ...profile,
        owner: { ...profile.owner, page: { sections: [section] } },
        news: [...profile.news, hidden, hidden],
      },
      'md',
      {},
    );
  },
  'import-bib': async (text) => {
    const value = text.replace(/[{}]/g, '');
    const bib = `@article{k, title={${value}}, author={${value} and Lovelace, Ada}, journal={${value}}, url={${value}}, year={2024}}\n`;
    const { entries, skipped } = await readBibEntries([{ name: 'x.bib', text: bib }]);
    return planBibImport(profileHolding('a'), ['x.bib'], entries, skipped);
  },
  'add-news': (text) => newsDraft({ text, date: { year: 2025 } }),
  'add-pub': (text) => publicationDraft({ title: text, authors: [`${text} Lovelace`], date: { year: 2025 } } as never),
};

const small = 1_000;

describe('regular expressions do linear work on pathological text', () => {
  for (const [entryName, run] of Object.entries(entryPoints)) {
    test(`${entryName}: work at 4n is at most 4.5 times the work at n, and no pattern is super-linear`, async () => {
      const growth: string[] = [];
      const patterns = new Map();
      for (const [shapeName, shape] of Object.entries(shapes)) {
        const atN = await measureRegexWork(() => swallow(run, shape(small)));
        const at4N = await measureRegexWork(() => swallow(run, shape(4 * small)));
        for (const [key, pattern] of [...atN.patterns, ...at4N.patterns]) patterns.set(key, pattern);
        if (at4N.steps > 4.5 * atN.steps + 1_000) growth.push(`${shapeName}: ${atN.steps} → ${at4N.steps} steps`);
      }
      expect([...growth, ...superLinearPatterns(patterns.values())]).toEqual([]);
    });
  }
});

describe('the CPU time of each entry point grows about linearly (a generous backstop, not a timing)', () => {
  const large = 2_500;
  for (const [entryName, run] of Object.entries(entryPoints)) {
    test(
      `${entryName}: the work at 8n takes less than 30 times the CPU time at n`,
      async () => {
        const slow: string[] = [];
        for (const [shapeName, shape] of Object.entries(shapes)) {
          // Quadratic work is slow every time; a machine busy with other work (the GC, the JIT, a cache flushed by a
          // neighbour) is slow now and then: a shape counts as slow only when three measurements in a row say so.
          const measured: string[] = [];
          for (let attempt = 0; attempt < 3; attempt++) {
            const atN = await cpuTime(() => swallow(run, shape(large)));
            const at8N = await cpuTime(() => swallow(run, shape(8 * large)));
            // Below a few milliseconds, start-up noise dominates any ratio; quadratic work at 20,000 characters
            // (hundreds of millions of steps) does not stay that small.
            if (!(at8N > 20_000 && at8N > 30 * Math.max(atN, 1_000))) break;
            measured.push(`${atN} µs → ${at8N} µs`);
          }
          if (measured.length === 3) slow.push(`${shapeName}: ${measured.join(', ')}`);
        }
        expect(slow).toEqual([]);
      },
      scaledMs(360_000),
    );
  }
});

/** The least CPU time (µs) of two runs: the run least disturbed by anything else on the machine. */
async function cpuTime(run: () => Promise<unknown>): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 2; attempt++) {
    const before = process.cpuUsage();
    await run();
    const spent = process.cpuUsage(before);
    least = Math.min(least, spent.user + spent.system);
  }
  return least;
}

/** The work is what counts here: an entry point may refuse a text with a ProfileError after reading it; any other error fails. */
async function swallow(run: (text: string) => unknown, text: string): Promise<void> {
  try {
    await run(text);
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
  }
}
