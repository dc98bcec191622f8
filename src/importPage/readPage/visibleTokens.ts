/**
 * What a reader gets from a piece of Markdown, as a bag of tokens: the words and emoji shown, the targets of
 * links and images, and Liquid tags (which Jekyll runs). Comparing two bags tells whether rewriting a line lost
 * anything a visitor could see or follow; layout, emphasis and punctuation do not count.
 */
import { decodeEntities, findLinks } from './inlineMarkdown.js';

// A tag is short and ends before the next one opens: a page of unclosed `{{` costs one reading, not the square of its
// length, nor 2,000 characters per brace pair.
const liquid = /\{\{(?:(?!\{\{)[\s\S]){0,2000}?\}\}|\{%(?:(?!\{%)[\s\S]){0,2000}?%\}/g;
// Letters with their marks, digits, and each pictograph on its own; ✉ is an author mark, written `#` on export.
const wordOrEmoji = /[\p{L}\p{N}\p{M}]+|\p{Extended_Pictographic}/gu;

export function visibleTokens(markdown: string): string[] {
  const tokens: string[] = [];
  let text = markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/[\uFE0E\uFE0F\u200D]/g, '');
  text = text.replace(liquid, (tag) => {
    tokens.push(`liquid:${tag.replace(/\s+/g, ' ')}`);
    return ' ';
  });
  for (const link of findLinks(text).reverse()) {
    tokens.push(`url:${normalizeUrl(link.url)}`);
    text = `${text.slice(0, link.start)} ${link.text} ${text.slice(link.end)}`;
  }
  // `[text][ref]`: the link lives in a definition elsewhere on the page.
  text = text.replace(/\]\[([^\]\n]*)\]/g, (_whole, ref: string) => {
    tokens.push(`ref:${ref.trim().toLowerCase()}`);
    return '] ';
  });
  text = text.replace(/<((?:https?|ftp|mailto):[^\s<>]*)>/gi, (_whole, url: string) => {
    tokens.push(`url:${normalizeUrl(url)}`);
    return ` ${url} `;
  });
  text = text.replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => {
    for (const attribute of tag.matchAll(/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      tokens.push(`url:${normalizeUrl(attribute[1] ?? attribute[2] ?? attribute[3] ?? '')}`);
    }
    return ' ';
  });
  for (const match of decodeEntities(text).matchAll(wordOrEmoji)) {
    if (match[0] !== '✉') tokens.push(match[0]);
  }
  return tokens;
}

function normalizeUrl(url: string): string {
  return url.trim().replace(/^<|>$/g, '');
}

/** The tokens of `original` that `rewritten` lacks, counting repeats, in the order of `original`. */
export function missingTokens(original: readonly string[], rewritten: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const token of rewritten) available.set(token, (available.get(token) ?? 0) + 1);
  const missing: string[] = [];
  for (const token of original) {
    const left = available.get(token) ?? 0;
    if (left > 0) available.set(token, left - 1);
    else missing.push(token);
  }
  return missing;
}

/** `original` without one occurrence of each of `removed` (e.g. the tokens of a date that the export rewrites). */
export function withoutTokens(original: readonly string[], removed: readonly string[]): string[] {
  const rest = [...original];
  for (const token of removed) {
    const at = rest.indexOf(token);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}
