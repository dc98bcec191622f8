/**
 * A page's body as a visitor sees it, for comparing an imported page with its export: the HTML markdown-it or
 * kramdown makes of it, comments left out (hidden items are compared by the round-trip test) and whitespace between
 * and around tags and words folded, so that only a difference a visitor can see remains.
 */
import MarkdownIt from 'markdown-it';
import { renderKramdown } from '../../support/kramdown.js';

const markdownIt = new MarkdownIt({ html: true });

/** The page without its front matter (YAML between `---` or TOML between `+++`). */
export function pageBody(page: string): string {
  const text = page.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const fence = /^(---|\+\+\+)\n/.exec(text)?.[1];
  if (fence === undefined) return text;
  const end = text.indexOf(`\n${fence}\n`, fence.length);
  return end < 0 ? text : text.slice(end + fence.length + 2);
}

export function foldHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?(<[^>]*>) ?/g, '$1')
    .replace(/ id="[^"]*"/g, '')
    .trim();
}

export function markdownItHtml(page: string): string {
  return foldHtml(markdownIt.render(pageBody(page)));
}

export async function kramdownHtml(page: string): Promise<string> {
  return foldHtml((await renderKramdown(pageBody(page))).html);
}
