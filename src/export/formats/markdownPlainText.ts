/** The user's Markdown as plain text for JSON: hidden comments dropped, links and emphasis reduced to their words. */

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const punctuation = /[\p{P}\p{S}]/u;

/** Paragraphs are kept (separated by a blank line); the lines of one paragraph are joined. */
export function markdownToPlainText(markdown: string): string {
  // An unclosed comment hides the rest, as it does on the page.
  const visible = markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  return visible
    .split(/\n[ \t]*\n/)
    .map(paragraphText)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function paragraphText(paragraph: string): string {
  // Escaped characters are text, never markup: set them aside (as a private-use character of their own) until the end.
  let text = paragraph.replace(/\\([!-/:-@[-`{-~])/g, (_, character: string) =>
    String.fromCharCode(escapedBase + character.charCodeAt(0)),
  );
  text = referenceLinksAsText(
    inlineLinksAsText(
      text
        .split('\n')
        .map((line) => line.replace(/^ {0,3}(?:#{1,6}(?=\s|$)|>)\s*/, ''))
        .join(' '),
    ),
  )
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/[*_]+/g, (run: string, offset: number, whole: string) =>
      isEmphasisDelimiter(whole[offset - 1], whole[offset + run.length]) ? '' : run,
    )
    .replace(/&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);/g, (entity: string, name: string) => decodeEntity(entity, name))
    .replace(/\s+/g, ' ')
    .trim();
  return text.replace(/[\uE000-\uE07F]/g, (placeholder) =>
    String.fromCharCode(placeholder.charCodeAt(0) - escapedBase),
  );
}

/** Escaped ASCII punctuation is kept aside as U+E000 plus its code. */
const escapedBase = 0xe000;

/**
 * `[text](destination "title")` and `![alt](src)` as their text. One pass: a `[` with no `](` after its `]` is
 * skipped together with every `[` before that `]` (they end there too), and a search that finds nothing is not
 * repeated, so a text of `[` or `[a](` costs one reading, not one per bracket.
 */
function inlineLinksAsText(text: string): string {
  let out = '';
  let done = 0;
  let from = 0;
  let quoteMissingFrom = Number.POSITIVE_INFINITY;
  for (let open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', from)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    from = close + 1;
    if (text[close + 1] !== '(') continue;
    const end = destinationEnd(text, close + 2, (at) => {
      if (at >= quoteMissingFrom) return -1;
      const quote = text.indexOf('"', at);
      if (quote < 0) quoteMissingFrom = at;
      return quote;
    });
    if (end < 0) continue;
    const start = open > done && text[open - 1] === '!' ? open - 1 : open;
    out += text.slice(done, start) + text.slice(open + 1, close);
    done = end;
    from = end;
  }
  return out + text.slice(done);
}

/** After `(`: characters other than spaces and parentheses or one `(…)` level, an optional `"title"`, then `)`. */
function destinationEnd(text: string, from: number, nextQuote: (at: number) => number): number {
  let at = from;
  for (;;) {
    const char = text[at];
    if (char === undefined) return -1;
    if (char === '(') {
      at++;
      while (at < text.length && !/[()\s]/.test(text[at] as string)) at++;
      if (text[at] !== ')') return -1;
      at++;
    } else if (char === ')' || /\s/.test(char)) break;
    else at++;
  }
  if (text[at] === ')') return at + 1;
  let afterSpace = at;
  while (afterSpace < text.length && /\s/.test(text[afterSpace] as string)) afterSpace++;
  if (text[afterSpace] !== '"') return -1;
  const closeQuote = nextQuote(afterSpace + 1);
  return closeQuote >= 0 && text[closeQuote + 1] === ')' ? closeQuote + 2 : -1;
}

/** `[text][label]` as its text: the first `]` after a `[`, `[` at once, the next `]`. */
function referenceLinksAsText(text: string): string {
  let out = '';
  let done = 0;
  let from = 0;
  for (let open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', from)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    from = close + 1;
    if (text[close + 1] !== '[') continue;
    const end = text.indexOf(']', close + 2);
    if (end < 0) break;
    const start = open > done && text[open - 1] === '!' ? open - 1 : open;
    out += text.slice(done, start) + text.slice(open + 1, close);
    done = end + 1;
    from = end + 1;
  }
  return out + text.slice(done);
}

/**
 * A run of `*` and `_` (`__*` opens bold italics) that opens or closes emphasis: flanking text on exactly one
 * side. Runs inside a word (snake_case) and between spaces (2 * 3) are text.
 */
function isEmphasisDelimiter(before: string | undefined, after: string | undefined): boolean {
  const space = (character: string | undefined) => character === undefined || /\s/.test(character);
  const mark = (character: string | undefined) => character !== undefined && punctuation.test(character);
  const leftFlanking = !space(after) && (!mark(after) || space(before) || mark(before));
  const rightFlanking = !space(before) && (!mark(before) || space(after) || mark(after));
  return leftFlanking !== rightFlanking;
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return entities[name] ?? entity;
}
