/**
 * `javascript:`, `vbscript:`, `data:`, `file:` and protocol-relative links never become live links in any output,
 * however they are written (case, leading control characters, entities, percent-encoding, backslashes), and wherever
 * they come from (a BibTeX url/pdf/code field, an imported page, a hand-edited item, the owner's Markdown). They are
 * reported (import-bib names the entry, import-page the line, validate the field's line) and kept in the item as text.
 *
 * The outputs are read as a browser would meet them: Markdown rendered with every link kept (as kramdown does, which
 * checks no scheme), then each href and src resolved by WHATWG URL against the site's own address.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isSafeLinkTarget } from '../../src/model/linkSafety.js';
import { neutraliseUnsafeLinks } from '../../src/render/markdownLinks.js';
import { stackTraceLine, useScenes } from './support/adversarialProfile.js';
import { useBuiltCli } from './support/builtCli.js';

const cli = useBuiltCli();
const scene = useScenes();

const refused = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106;avascript:alert(1)',
  '&amp;#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  'javascript\\:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  '//evil.example/x',
  '\\\\evil.example/x',
  '/\\evil.example/x',
  `${'j'.repeat(600)}:x`,
];

const allowed = [
  'https://example.org/paper.pdf',
  'HTTP://EXAMPLE.ORG/',
  'mailto:ada@example.org',
  'https://doi.org/10.1145/3539618.3591976',
  'papers/wise.pdf',
  '/files/cv.pdf',
  '#publications',
  '?page=2&sort=year',
  './notes:2024.pdf',
];

describe('the link rule', () => {
  test.each(refused.map((target) => [JSON.stringify(target), target]))('%s is refused', (_name, target) => {
    expect(isSafeLinkTarget(target)).toBe(false);
  });

  test.each(allowed)('%s is allowed', (target) => {
    expect(isSafeLinkTarget(target)).toBe(true);
  });

  test('in Markdown, each way of writing a refused link is turned into text, and safe links are kept as written', () => {
    const markdown = [
      '[inline](javascript:alert(1)) ![image](data:image/svg+xml,x) [spaced]( <vbscript:x>)',
      '<javascript:alert(2)> <https://example.org/ok>',
      '[ref][r] <a href = "javascript:alert(3)">a</a> <img src=JAVASCRIPT:alert(4)>',
      '',
      '[r]: javascript:alert(5)',
      '',
      '`[in code](javascript:stays-code)` [fine](https://example.org/) [also](papers/x.pdf)',
    ].join('\n');
    expect(neutraliseUnsafeLinks(markdown)).toBe(
      [
        '[inline]\\(javascript:alert(1)) ![image]\\(data:image/svg+xml,x) [spaced]\\( &lt;vbscript:x>)',
        '&lt;javascript:alert(2)> <https://example.org/ok>',
        '[ref][r] <a href &#61; "javascript:alert(3)">a</a> <img src&#61;JAVASCRIPT:alert(4)>',
        '',
        '[r]\\: javascript:alert(5)',
        '',
        '`[in code](javascript:stays-code)` [fine](https://example.org/) [also](papers/x.pdf)',
      ].join('\n'),
    );
  });
});

const hostileBib = [
  '@inproceedings{hostile2024,',
  '  author = {Lovelace, Ada and Babbage, Charles},',
  '  title = {A Hostile Entry},',
  '  booktitle = {Proceedings of Somewhere},',
  '  year = {2024},',
  '  url = {JaVaScRiPt:alert(document.domain)},',
  '  pdf = {data:text/html;base64,PHNjcmlwdD4=},',
  '  code = {&#106;avascript:alert(1)},',
  '  html = {https://example.org/fine},',
  '}',
  '',
].join('\n');

const hostileItems = {
  'profile/profile.md': [
    '---',
    'name: Ada Lovelace',
    'links:',
    '  - { name: Home, url: "vbscript:msgbox(1)" }',
    '  - { name: Scholar, url: "https://scholar.example.org/ada" }',
    'contact:',
    '  - { label: Web, text: my page, url: "//evil.example/x" }',
    'page:',
    '  sections:',
    '    - { kind: bio }',
    '    - { kind: contact, title: Contact }',
    '    - { kind: news, title: News }',
    '    - { kind: publications, title: Publications }',
    '    - { kind: talks, title: Talks }',
    '---',
    'Bio with [a bad link](javascript:alert(1)) and [a good one](https://example.org/).',
    '',
  ].join('\n'),
  'profile/news/2025-02-links.md': [
    '---',
    'date: "2025-02"',
    '---',
    'News with [x](%6Aavascript:alert(1)), <javascript:alert(2)>, [ref][r] and <a href="javascript:alert(3)">html</a>.',
    '',
    '[r]: data:text/html,hi',
    '',
  ].join('\n'),
  'profile/talks/2025-03-talk.md': [
    '---',
    'date: "2025-03"',
    'title: A Talk',
    'url: "java\\tscript:alert(1)"',
    'slides: "data:application/pdf;base64,AAAA"',
    'video: "https://video.example.org/talk"',
    '---',
    'Abstract with [a link](javascript:alert(4)).',
    '',
  ].join('\n'),
  'bad.bib': hostileBib,
};

/** An address a browser on https://site.example/ would follow somewhere other than http(s) or mail. */
function isDangerous(href: string): boolean {
  try {
    const url = new URL(href, 'https://site.example/page/');
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return true;
    const explicit = /^\s*(?:https?|mailto):/i.test(href);
    return !explicit && url.host !== 'site.example';
  } catch {
    return false;
  }
}

// kramdown and Jekyll link whatever they are given: render the same way, every link kept.
const permissive = new MarkdownIt({ html: true });
permissive.validateLink = () => true;

/** Every href and src a rendered Markdown text holds: its links and images, and the attributes of its raw HTML. */
function liveTargets(markdown: string): string[] {
  const targets: string[] = [];
  const visit = (tokens: readonly MarkdownToken[]) => {
    for (const token of tokens) {
      if (token.type === 'link_open') targets.push(String(token.attrGet('href') ?? ''));
      if (token.type === 'image') targets.push(String(token.attrGet('src') ?? ''));
      if (token.type === 'html_inline' || token.type === 'html_block') {
        for (const match of token.content.matchAll(
          /\s(?:href|src|action|formaction|poster)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
        )) {
          targets.push(decodeHtml((match[1] ?? '').replace(/^["']|["']$/g, '')));
        }
      }
      if (token.children) visit(token.children);
    }
  };
  visit(permissive.parse(markdown, {}));
  return targets;
}

type MarkdownToken = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

function decodeHtml(text: string): string {
  return text
    .replace(/&#(\d+);?/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');
}

const linkKey = /url|link|href|^(?:pdf|html|code|slides|video|poster|website|blog|supp|URL)$/i;

/** The values of link-like keys of a parsed front matter or JSON document, at any depth. */
function linkValues(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return linkKey.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((entry) => linkValues(entry, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([child, entry]) => linkValues(entry, child));
  }
  return [];
}

/** The live links of an output file: Markdown bodies rendered, front matter and JSON link fields, BibTeX link fields. */
function liveLinksOf(file: string, text: string): string[] {
  if (file.endsWith('.json')) return linkValues(JSON.parse(text));
  if (file.endsWith('.bib')) {
    return [...text.matchAll(/^\s*(url|pdf|html|code|slides|poster|video|website|blog|supp)\s*=\s*\{(.*)\},?$/gim)].map(
      (match) => match[2] ?? '',
    );
  }
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return liveTargets(text);
  return [...linkValues(parseYaml(match[1] ?? '')), ...liveTargets(match[2] ?? '')];
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('no output links a refused address', () => {
  test('import-bib names the entry and keeps the text; validate warns at each field; no export links one', async () => {
    const { root } = scene(hostileItems);
    const imported = await cli(['import-bib', 'bad.bib', '--dir', 'profile'], { cwd: root });
    expect(imported.status).toBe(0);
    const hint = 'only http:, https:, mailto: and relative links are published as links; the text is kept as written';
    expect(imported.stderr).toContain(
      `bad.bib:1: warning: hostile2024: "url" points at "JaVaScRiPt:alert(document.domain)", which is kept as text and never linked\n  hint: ${hint}\n`,
    );
    expect(imported.stderr).toContain(
      'bad.bib:1: warning: hostile2024: "links.1.url" points at "&#106;avascript:alert(1)", which is kept as text and never linked',
    );
    const item = readFileSync(path.join(root, 'profile/publications/hostile2024.md'), 'utf8');
    expect(item).toContain('url: JaVaScRiPt:alert(document.domain)');

    const validated = await cli(['validate', '--dir', 'profile'], { cwd: root });
    expect(validated.status).toBe(0);
    const warnings = validated.stderr.split('\n').filter((line) => line.includes(': warning: '));
    expect(warnings).toEqual([
      'profile/news/2025-02-links.md: warning: a link in the text points at "%6Aavascript:", which no export writes as a link',
      'profile/news/2025-02-links.md: warning: a link in the text points at "javascript:", which no export writes as a link',
      'profile/news/2025-02-links.md: warning: a link in the text points at "javascript:", which no export writes as a link',
      'profile/news/2025-02-links.md: warning: a link in the text points at "data:", which no export writes as a link',
      'profile/profile.md: warning: a link in the text points at "javascript:", which no export writes as a link',
      'profile/profile.md:4: warning: "links.0.url" points at "vbscript:msgbox(1)", which no export writes as a link',
      'profile/profile.md:7: warning: "contact.0.url" points at "//evil.example/x", which no export writes as a link',
      'profile/publications/hostile2024.md:10: warning: "url" points at "JaVaScRiPt:alert(document.domain)", which no export writes as a link',
      'profile/publications/hostile2024.md:14: warning: "links.0.url" points at "data:text/html;base64,PHNjcmlwdD4=", which no export writes as a link',
      'profile/publications/hostile2024.md:15: warning: "links.1.url" points at "&#106;avascript:alert(1)", which no export writes as a link',
      'profile/talks/2025-03-talk.md: warning: a link in the text points at "javascript:", which no export writes as a link',
      // The tab is shown as an escape: text from files never reaches the terminal with its control characters.
      'profile/talks/2025-03-talk.md:4: warning: "url" points at "java\\tscript:alert(1)", which no export writes as a link',
      'profile/talks/2025-03-talk.md:5: warning: "slides" points at "data:application/pdf;base64,AAAA", which no export writes as a link',
    ]);

    const outputs: string[] = [];
    for (const format of ['md', 'bib', 'csl-json', 'jsonresume']) {
      const out = path.join(root, `out.${format === 'md' ? 'md' : format === 'bib' ? 'bib' : 'json'}`);
      const run = await cli(['export', '--format', format, '--dir', 'profile', '--out', out], { cwd: root });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(stackTraceLine);
      outputs.push(out);
    }
    for (const site of ['academicpages', 'al-folio', 'hugo-blox']) {
      const out = path.join(root, `site-${site}`);
      const run = await cli(['export', '--site', site, '--dir', 'profile', '--out', out], { cwd: root });
      expect(run.status, run.stderr).toBe(0);
      outputs.push(...filesUnder(out).filter((file) => /\.(md|bib|json|ya?ml)$/.test(file)));
    }
    // The oracle sees them: the hostile text as written, rendered the same way, has live links (a browser reads
    // `%6Aavascript:` as a relative path; the rule refuses it all the same).
    const newsAsWritten = hostileItems['profile/news/2025-02-links.md'].split('---\n')[2] ?? '';
    expect(liveTargets(newsAsWritten).filter(isDangerous)).toEqual([
      'javascript:alert(2)',
      'data:text/html,hi',
      'javascript:alert(3)',
    ]);
    const dangerous = outputs.flatMap((file) =>
      liveLinksOf(file, readFileSync(file, 'utf8'))
        .filter(isDangerous)
        .map((href) => `${path.relative(root, file)}: ${href}`),
    );
    expect(dangerous).toEqual([]);
    // The good links are still links.
    const page = readFileSync(path.join(root, 'out.md'), 'utf8');
    expect(liveTargets(page)).toEqual(expect.arrayContaining(['https://example.org/']));
  });

  test('import-page reports each refused link by its line and keeps it as text', async () => {
    const { root } = scene({
      'about.md': [
        '---',
        'title: About',
        '---',
        '',
        'I am **Ada Lovelace**. [Click](javascript:alert(1)).',
        '',
        '## News',
        '',
        '- 2025.01: A paper was accepted. [link](data:text/html,hi)',
        '',
      ].join('\n'),
    });
    const run = await cli(['import-page', 'about.md', '--dir', 'imported', '--name', 'Ada Lovelace'], { cwd: root });
    expect(run.status, run.stderr).toBe(0);
    const hint = 'only http:, https:, mailto: and relative links are published as links; the text is kept as written';
    expect(run.stderr).toContain(
      `warning: line 9 (news) links to "data:", which is kept as text and never linked (${hint})\n`,
    );
    expect(run.stderr).toContain(
      `warning: the text links to "javascript:", which is kept as text and never linked (${hint})\n`,
    );
    const news = readdirSync(path.join(root, 'imported/news'));
    expect(readFileSync(path.join(root, 'imported/news', news[0] as string), 'utf8')).toContain(
      '[link](data:text/html,hi)',
    );
    const exported = await cli(['export', '--format', 'md', '--dir', 'imported'], { cwd: root });
    expect(liveTargets(exported.stdout).filter(isDangerous)).toEqual([]);
  });
});
