/** Plain text and the user's own Markdown made safe inside the page's Markdown (escapes, Liquid, links). */
import { safeLinkTarget } from '../model/linkSafety.js';
import { findCode } from './markdownCode.js';
import { neutraliseUnsafeLinks } from './markdownLinks.js';

/** Escapes what Markdown would read as markup in a plain-text value (a title, a name, a label). */
export function escapeMarkdownText(text: string): string {
  return neutraliseLiquid(text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/(?<!\s)\s*\n\s*/g, ' '));
}

/**
 * Jekyll runs `{{ }}` and `{% %}` in every file with front matter, before Markdown. A backslash does not stop
 * it; writing the first brace as an HTML entity does, and the reader still sees `{{`.
 */
export function neutraliseLiquid(text: string): string {
  // A brace escaped with a backslash (`\{{`) is a literal brace, as the entity is: the backslash goes, or it would
  // escape the entity's `&` and the page would show `&#123;`.
  return text.replace(/(?<!\\)(\\*)\{(?=[{%])/g, (_match, backslashes: string) =>
    backslashes.length % 2 === 1 ? `${backslashes.slice(1)}&#123;` : `${backslashes}&#123;`,
  );
}

/**
 * The user's own Markdown with its Liquid neutralised. In code an entity shows as written, so a code span or a code
 * block (fenced or indented) holding `{{` or `{%` is written as HTML (`<code>`, `<pre><code>`) whose punctuation is all
 * entities: it shows the same text, and neither Liquid nor Markdown reads anything in it.
 */
export function neutraliseLiquidInMarkdown(markdown: string): string {
  if (!liquidStart.test(markdown)) return markdown;
  let out = '';
  let done = 0;
  for (const code of findCode(markdown)) {
    if (!liquidStart.test(code.content)) continue;
    out += neutraliseLiquid(markdown.slice(done, code.start));
    // Every line after the first keeps the indentation of the list item the block is in.
    const html = code.content
      .replace(/[!-/:-@[-`{-~]/g, (char) => `&#${char.charCodeAt(0)};`)
      .replace(/\n/g, `\n${code.indent}`);
    out += code.block ? `<pre><code>${html}</code></pre>` : `<code>${html}</code>`;
    done = code.end;
  }
  return out + neutraliseLiquid(markdown.slice(done));
}

const liquidStart = /\{[{%]/;

/** A link target that survives any URL: angle brackets when it has spaces or unbalanced parentheses. */
export function markdownLinkTarget(url: string): string {
  let depth = 0;
  for (const char of url) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) break;
  }
  if (depth === 0 && !/[\s<>]/.test(url)) return url;
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}

/** `[text](url)`; only the text when there is no URL or the link rule refuses it (`javascript:`, `data:`…). */
export function markdownLink(text: string, url: string | undefined): string {
  const target = safeLinkTarget(url);
  return target === undefined ? text : `[${text}](${neutraliseLiquid(markdownLinkTarget(target))})`;
}

/**
 * How the user's own Markdown is published: links the link rule refuses written as text, and Liquid neutralised
 * unless the owner keeps it (`page.liquid: true`).
 */
export function publishedMarkdown(keepLiquid: boolean): (markdown: string) => string {
  return keepLiquid
    ? (markdown) => neutraliseUnsafeLinks(markdown)
    : (markdown) => neutraliseLiquidInMarkdown(neutraliseUnsafeLinks(markdown));
}

/** Indents every line after the first, so that a multi-line text stays inside its list item. */
export function indentContinuation(text: string, indent: string): string {
  return text.replace(/\n(?=.)/g, `\n${indent}`);
}
