/**
 * For any generated news text, hidden or not: the page `export --format md` writes shows exactly that text, or, when
 * hidden, keeps it inside one whole HTML comment and shows nothing of it.
 *
 * "Exactly that text": a news text is the user's Markdown, so `*x*` is meant to show as an emphasised x, not as
 * `*x*`. The generator therefore builds a text from tokens that each carry their Markdown source and the text a reader
 * is meant to see: plain words (accents, CJK, emoji, punctuation, lone braces), emphasis, code spans (whose content
 * shows literally, `*`, `<b>`, `{{ }}` and backslashes included), links, autolinks, inline HTML tags, backslash
 * escapes, Liquid `{{ }}`/`{% %}` (shown as written, since `page.liquid` is off), `-->`, `--!>` and `<!--`.
 * The oracle is then independent of the exporter: the page rendered by markdown-it (raw HTML on, as Jekyll passes it)
 * must show the date and the concatenated meant texts, whitespace runs collapsed (HTML shows any run as one space).
 * The generator keeps Markdown from reading more structure than the tokens say: every line starts with a letter (a
 * line starting with `-`, `#`, `>`, `1.` or `=` is a list, heading, quote or underline), tokens are separated by
 * whitespace, and a `<!--` never comes before a `-->` (together they are the user's own comment, which shows nothing).
 * Leading and trailing whitespace is generated too: the body of an item is its text trimmed, so the page shows the
 * trimmed text. Hidden: the page shows nothing of it, and the Markdown inside the one whole comment, with `-->` put
 * back together (the exporter writes `- ->`), would show exactly the text. No `{{` or `{%` is left for Jekyll, which
 * runs Liquid in comments too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { renderFormat } from '../../src/export/renderFormat.js';
import { serializeItemFile } from '../../src/frontMatter/itemFile.js';
import { loadProfile } from '../../src/store/loadProfile.js';
import { isWholeComment, renderPage } from '../adversarial/support/renderedPage.js';
import { propertyRuns } from './propertyRuns.js';

/** A piece of Markdown and the text it is meant to show. */
interface Token {
  source: string;
  shown: string;
  /** Safe as the first thing on a line: Markdown reads no block syntax into it. */
  startsLine: boolean;
}

const token = (source: string, shown: string, startsLine = false): Token => ({ source, shown, startsLine });

const letters = [...'abcxyzABCXYZ', 'é', 'ü', 'ß', 'Ж', '中', 'の', '😀'];
// No Markdown meaning between spaces: no `*_\`[]<>&~\\`; braces alone are only Liquid when doubled or with `%`.
const wordCharacters = [...letters, ...'0123456789.,;:!?\'"()/=+%$@|#^{}-'];

const letterWord = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 6 });
const word = fc
  .string({ unit: fc.constantFrom(...wordCharacters), minLength: 1, maxLength: 8 })
  .map((text) => token(text, text, /^[\p{L}\p{Extended_Pictographic}]/u.test(text)));

const emphasis = fc
  .tuple(fc.constantFrom('*', '_', '**', '__'), letterWord)
  .map(([mark, text]) => token(`${mark}${text}${mark}`, text));

// A code span shows its content literally; one space at both ends would be stripped, so the content has none there.
const codeCharacters = [...letters, ...' *_<>[]{}%\\#&!-=/.'];
const codeSpan = fc
  .string({ unit: fc.constantFrom(...codeCharacters), minLength: 1, maxLength: 12 })
  .filter((text) => !text.startsWith(' ') && !text.endsWith(' '))
  .map((text) => token(`\`${text}\``, text));

const link = fc
  .tuple(letterWord, fc.stringMatching(/^[a-z0-9]{1,6}$/))
  .map(([text, page]) => token(`[${text}](https://example.org/${page})`, text));
const autolink = fc
  .stringMatching(/^[a-z0-9]{1,6}$/)
  .map((page) => token(`<https://example.org/${page}>`, `https://example.org/${page}`));
const htmlTag = fc
  .tuple(fc.constantFrom('b', 'em', 'span', 'sub'), letterWord)
  .map(([tag, text]) => token(`<${tag}>${text}</${tag}>`, text));
const escaped = fc.constantFrom(...'*_`[]<>\\{}#!&').map((char) => token(`\\${char}`, char));
const liquid = fc
  .constantFrom('{{ site.title }}', '{{x}}', '{% if x %}', '{%raw%}', '{{', '{%', '}}', '%}')
  .map((text) => token(text, text));
const escapedLiquid = fc.constantFrom('\\{{ x }}', '\\{% x %}').map((text) => token(text, text.slice(1)));
const symbols = fc.constantFrom('-->', '--!>', '&', 'AT&T', '<', '<3').map((text) => token(text, text));
const commentStart = token('<!--', '<!--');

const tokens = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      emphasis,
      codeSpan,
      link,
      autolink,
      htmlTag,
      escaped,
      liquid,
      escapedLiquid,
      symbols,
      fc.constant(commentStart),
    ),
    { minLength: 1, maxLength: 12 },
  )
  // Text before the first `<!--`, then the rest without `-->`: no `<!--` … `-->` pair for Markdown to read as a comment.
  .map((list) => {
    const start = list.indexOf(commentStart);
    return start < 0 ? list : [...list.slice(0, start), ...list.slice(start).filter((t) => !t.source.includes('-->'))];
  });

const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '  \n');
const padding = fc.constantFrom('', ' ', '\n', ' \n  ', '\t');

interface NewsText {
  /** The item's body as written in its file. */
  body: string;
  /** What the page is meant to show, whitespace collapsed. */
  shown: string;
  hidden: boolean;
}

const newsText: fc.Arbitrary<NewsText> = fc
  .record({
    first: word.filter((t) => t.startsLine),
    rest: tokens,
    separators: fc.array(separator, { minLength: 12, maxLength: 12 }),
    before: padding,
    after: padding,
    hidden: fc.boolean(),
  })
  .map(({ first, rest, separators, before, after, hidden }) => {
    let body = first.source;
    const shown = [first.shown];
    rest.forEach((next, index) => {
      const chosen = separators[index] ?? ' ';
      // A line starts only with a token Markdown reads no block syntax into.
      body += next.startsLine ? chosen : chosen.replace('\n', ' ');
      body += next.source;
      shown.push(next.shown);
    });
    return { body: `${before}${body}${after}`, shown: collapse(shown.join(' ')), hidden };
  });

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const root = mkdtempSync(path.join(os.tmpdir(), 'profile-property-news-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

const ownerFile = serializeItemFile(
  { name: 'Ada Lovelace', page: { sections: [{ kind: 'news', title: 'News' }] } },
  '',
);
const neighbourFile = serializeItemFile({ date: '2024-01' }, 'Older neighbour.');

/** The page `export --format md` writes for a profile holding the generated news and an older visible one. */
async function exportedPage(news: NewsText): Promise<string> {
  const dir = path.join(root, `run-${runs++}`);
  mkdirSync(path.join(dir, 'news'), { recursive: true });
  writeFileSync(path.join(dir, 'profile.md'), ownerFile);
  writeFileSync(path.join(dir, 'news', '2024-01-neighbour.md'), neighbourFile);
  writeFileSync(
    path.join(dir, 'news', '2025-06-generated.md'),
    `---\ndate: "2025-06"\n${news.hidden ? 'hidden: true\n' : ''}---\n${news.body}\n`,
  );
  const { profile, problems } = await loadProfile(dir);
  expect(problems).toEqual([]);
  if (!profile) throw new Error('no profile');
  rmSync(dir, { recursive: true, force: true });
  return renderFormat(profile, 'md', {});
}

/** The Markdown inside a hiding comment, `-->` and `--!>` put back together (the exporter breaks them up). */
function commentMarkdown(comment: string): string {
  return comment
    .trim()
    .slice('<!--'.length, -'-->'.length)
    .replace(/- -(!?>)/g, '--$1');
}

async function checkNewsShown(news: NewsText): Promise<void> {
  const markdown = await exportedPage(news);
  // Jekyll runs Liquid everywhere in the file, comments included.
  expect(markdown.split('\n---\n').slice(1).join('\n---\n')).not.toMatch(/\{[{%]/);
  const page = renderPage(markdown);
  const visible = page.visible.map(collapse);
  if (news.hidden) {
    expect(visible).toEqual(['News', '[2024.01] Older neighbour.']);
    expect(page.comments).toHaveLength(1);
    const [comment = ''] = page.comments;
    expect(isWholeComment(comment)).toBe(true);
    // Shown again, the comment's Markdown would show exactly the text.
    expect(renderPage(`---\n---\n${commentMarkdown(comment)}`).visible.map(collapse)).toEqual([
      `[2025.06] ${news.shown}`,
    ]);
  } else {
    expect(visible).toEqual(['News', `[2025.06] ${news.shown}`, '[2024.01] Older neighbour.']);
    expect(page.comments).toEqual([]);
  }
}

describe('news text on the exported page', () => {
  test('export --format md shows exactly the news text, or hides it whole in a comment', async () => {
    await fc.assert(fc.asyncProperty(newsText, checkNewsShown), propertyRuns(200));
  });

  test('found by this property: an escaped brace before Liquid showed &#123;, and so did Liquid in a code span', async () => {
    await checkNewsShown({ body: 'a \\{{ x }}', shown: 'a {{ x }}', hidden: false });
    await checkNewsShown({ body: 'a `{%a`', shown: 'a {%a', hidden: false });
    await checkNewsShown({ body: 'a `{%a`', shown: 'a {%a', hidden: true });
  });
});
