/**
 * A generated page as a visitor of the built site meets it: its front matter, and its body through markdown-it with
 * raw HTML on (CommonMark, as Hugo's Goldmark renders it) or through kramdown (as Jekyll renders it), split into the
 * text shown, the HTML comments and any live HTML.
 */
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { kramdownMissing, renderKramdown } from '../../support/kramdown.js';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const markdown = new MarkdownIt({ html: true });

export interface RenderedPage {
  /** The front matter's YAML between the first two `---` lines, parsed. */
  frontMatter: unknown;
  /** The text shown, one entry per paragraph, heading or list item line, entities decoded, breaks as spaces. */
  visible: string[];
  /** The HTML comments, whole, from `<!--` to the end of the block or tag that holds them. */
  comments: string[];
  /** Raw HTML other than comments: what a browser would act on. */
  liveHtml: string[];
}

function splitPage(page: string): { frontMatter: unknown; body: string } {
  const lines = page.split('\n');
  if (lines[0] !== '---') throw new Error('the page does not start with front matter');
  const end = lines.indexOf('---', 1);
  return { frontMatter: parseYaml(lines.slice(1, end).join('\n')) as unknown, body: lines.slice(end + 1).join('\n') };
}

export function renderPage(page: string): RenderedPage {
  const { frontMatter, body } = splitPage(page);
  const rendered: RenderedPage = { frontMatter, visible: [], comments: [], liveHtml: [] };
  for (const token of markdown.parse(body, {})) {
    if (token.type === 'html_block') classifyHtml(token.content, rendered);
    if (token.type === 'inline') rendered.visible.push(inlineText(token.children ?? [], rendered));
  }
  return rendered;
}

function inlineText(children: readonly Token[], rendered: RenderedPage): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'html_inline') classifyHtml(child.content, rendered);
  }
  return text;
}

function classifyHtml(html: string, rendered: RenderedPage): void {
  if (html.trimStart().startsWith('<!--')) rendered.comments.push(html);
  else rendered.liveHtml.push(html);
}

/** A comment that a browser ends exactly where it was meant to end: nothing after the only `-->`. */
export function isWholeComment(html: string): boolean {
  const text = html.trim();
  return (
    text.startsWith('<!--') && text.endsWith('-->') && text.indexOf('-->') === text.length - 3 && !text.includes('--!>')
  );
}

/**
 * The page through kramdown as Jekyll renders it. Its typography (curly quotes, dashes for `--` and `---`, an ellipsis
 * for `...`) is the site's way of setting the same text, so `visible` has it put back as typed: the tests compare the
 * text a reader gets, not the glyphs. Line breaks inside a paragraph read as spaces, as in `renderPage`.
 */
export async function renderPageWithKramdown(page: string): Promise<RenderedPage> {
  const { frontMatter, body } = splitPage(page);
  const rendered = await renderKramdown(body);
  return {
    frontMatter,
    visible: rendered.visible.map((text) => asTyped(text).replace(/\n/g, ' ')),
    comments: rendered.comments,
    liveHtml: rendered.liveHtml,
  };
}

const typed: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '--',
  '\u2014': '---',
  '\u2026': '...',
  '\u00AB': '<<',
  '\u00BB': '>>',
};

function asTyped(text: string): string {
  return text.replace(/[\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00AB\u00BB]/g, (char) => typed[char] ?? char);
}

/** A Markdown engine a site renders with, and why it cannot run here (undefined when it can). */
export interface PageEngine {
  readonly name: string;
  readonly missing: string | undefined;
  readonly render: (page: string) => Promise<RenderedPage>;
}

/** markdown-it (CommonMark: Hugo's Goldmark) and kramdown (Jekyll), for tests that check a page under both. */
export const pageEngines: readonly PageEngine[] = [
  { name: 'markdown-it', missing: undefined, render: async (page) => renderPage(page) },
  { name: 'kramdown', missing: kramdownMissing, render: renderPageWithKramdown },
];

/** A test's name, with the reason it is skipped when its engine cannot run here. */
export function engineTestName(engine: PageEngine, name: string): string {
  return engine.missing === undefined
    ? `${name} (${engine.name})`
    : `${name} (${engine.name}; skipped: ${engine.missing})`;
}
