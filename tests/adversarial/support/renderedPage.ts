/**
 * A generated page as a visitor of the built site meets it: its front matter, and its body through markdown-it with
 * raw HTML on (as Jekyll passes it through), split into the text shown, the HTML comments and any live HTML.
 */
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';

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

export function renderPage(page: string): RenderedPage {
  const lines = page.split('\n');
  if (lines[0] !== '---') throw new Error('the page does not start with front matter');
  const end = lines.indexOf('---', 1);
  const frontMatter = parseYaml(lines.slice(1, end).join('\n')) as unknown;
  const rendered: RenderedPage = { frontMatter, visible: [], comments: [], liveHtml: [] };
  for (const token of markdown.parse(lines.slice(end + 1).join('\n'), {})) {
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
