/**
 * A news text written inside an HTML block (`<li>…</li>` in a `<ul>`), where neither kramdown nor CommonMark reads
 * Markdown: its Markdown (`**bold**`, `[link](url)`) written as the HTML it stands for, and text that is HTML
 * already (as import-page reads it off such a list) kept byte for byte.
 */
import { decodeHTML } from 'entities';
import MarkdownIt from 'markdown-it';
import { neutraliseLiquid } from './markdownText.js';

let reader: InstanceType<typeof MarkdownIt> | undefined;

/** `markdown`, already published (unsafe links and, unless kept, Liquid neutralised), as inline HTML. */
export function newsTextAsHtml(markdown: string, keepLiquid: boolean): string {
  // Built on first use: only a page with an HTML news list needs it.
  reader ??= new MarkdownIt('commonmark', { html: true });
  const html = reader.renderInline(markdown).replace(/\n$/, '');
  // The same text once entities are read (`&nbsp;` and U+00A0 alike): nothing was Markdown, keep it as written.
  if (decodeHTML(html) === decodeHTML(markdown)) return markdown;
  // markdown-it writes `&#123;` back as `{`: a Liquid tag would run again.
  return keepLiquid ? html : neutraliseLiquid(html);
}
