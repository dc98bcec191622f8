/**
 * Inline Markdown as the importer needs it: links with their exact place in the text, whole-text emphasis, entities.
 * Hand code, because markdown-it's inline tokens carry no offsets into the text, and the importer cuts a line at its
 * links and rewrites around them. The plain text of Markdown is `markdown/plainText.ts`'s one rule.
 */

// The importer's readers take the plain-text rule from here, beside the link finder they use with it.
export { markdownToPlain } from '../../markdown/plainText.js';

export interface InlineLink {
  /** Offsets in the text: from `[` (or `![`) to after `)`. */
  start: number;
  end: number;
  /** The link text as written (Markdown). */
  text: string;
  url: string;
  image: boolean;
}

/** Every `[text](url)` and `![alt](src)`, outermost first; URLs may hold balanced parentheses or be in `<…>`. */
export function findLinks(text: string): InlineLink[] {
  const closers = matchingPairs(text, '[', ']');
  const parenClosers = matchingPairs(text, '(', ')');
  const links: InlineLink[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') {
      at++;
      continue;
    }
    if (char === '`') {
      const close = text.indexOf('`', at + 1);
      if (close > at) at = close;
      continue;
    }
    if (char !== '[') continue;
    const closeBracket = closers.get(at);
    if (closeBracket === undefined || text[closeBracket + 1] !== '(') continue;
    const destination = readDestination(text, closeBracket + 2, parenClosers.get(closeBracket + 1));
    if (!destination) continue;
    const image = at > 0 && text[at - 1] === '!';
    links.push({
      start: image ? at - 1 : at,
      end: destination.end,
      text: text.slice(at + 1, closeBracket),
      url: destination.url,
      image,
    });
    at = destination.end - 1;
  }
  return links;
}

/**
 * Each opener (`[` or `(`) with the closer that matches it, found in one pass (a page of a thousand `[` costs no more
 * than one); a blank line ends all. A link's destination and title end at the `)` that closes its `(`, so a `(`
 * without one is no link, found without reading the rest of the page again.
 */
function matchingPairs(text: string, opener: '[' | '(', closer: ']' | ')'): Map<number, number> {
  const closers = new Map<number, number>();
  const open: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === opener) open.push(at);
    else if (char === closer) {
      const start = open.pop();
      if (start !== undefined) closers.set(start, at);
    } else if (char === '\n' && text[at + 1] === '\n') open.length = 0;
  }
  return closers;
}

/** The destination and optional title after `(`, up to `close`, the `)` that closes it; read no further. */
function readDestination(
  text: string,
  from: number,
  close: number | undefined,
): { url: string; end: number } | undefined {
  if (close === undefined) return undefined;
  return readDestinationWithin(text.slice(0, close + 1), from);
}

function readDestinationWithin(text: string, from: number): { url: string; end: number } | undefined {
  let at = from;
  while (text[at] === ' ' || text[at] === '\t') at++;
  let url = '';
  if (text[at] === '<') {
    const close = text.indexOf('>', at);
    if (close < 0 || text.slice(at, close).includes('\n')) return undefined;
    url = text.slice(at + 1, close);
    at = close + 1;
  } else {
    let depth = 0;
    const start = at;
    while (at < text.length) {
      const char = text[at] ?? '';
      if (char === '\\') {
        at += 2;
        continue;
      }
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') break;
      if (char === '(') depth++;
      if (char === ')') {
        if (depth === 0) break;
        depth--;
      }
      at++;
    }
    url = text.slice(start, at);
  }
  while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n') at++;
  const quote = text[at];
  if (quote === '"' || quote === "'" || quote === '(') {
    const closeQuote = text.indexOf(quote === '(' ? ')' : quote, at + 1);
    if (closeQuote < 0) return undefined;
    at = closeQuote + 1;
    while (text[at] === ' ' || text[at] === '\t') at++;
  }
  if (text[at] !== ')') return undefined;
  return { url, end: at + 1 };
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  middot: '·',
  bull: '•',
  dagger: '†',
  Dagger: '‡',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return namedEntities[name] ?? entity;
  });
}

/** True when the whole text is wrapped in one emphasis (`*x*`, `_x_`, `**x**`, `<i>x</i>`, `<em>x</em>`). */
export function unwrapEmphasis(text: string): { inner: string; strong: boolean } | undefined {
  const trimmed = text.trim();
  const match =
    /^(\*\*\*|___|\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1$/.exec(trimmed) ??
    /^<(b|strong|i|em)>([\s\S]*)<\/\1>$/i.exec(trimmed);
  if (!match) return undefined;
  const marker = (match[1] ?? '').toLowerCase();
  const inner = match[2] ?? '';
  // `*a* and *b*` is two emphases, not one.
  if (marker.length <= 3 && /[*_]/.test(marker) && inner.includes(marker)) return undefined;
  return { inner, strong: marker === '**' || marker === '__' || marker === 'b' || marker === 'strong' };
}

/** A line shortened for a report. */
export function preview(text: string, width = 72): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

/** `text` without the characters of `strip` at its end; a loop, so that a long run costs no more than its length. */
export function trimEndOf(text: string, strip: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && strip(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

export function trimStartOf(text: string, strip: (char: string) => boolean): string {
  let start = 0;
  while (start < text.length && strip(text[start] ?? '')) start++;
  return text.slice(start);
}
