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
  const escaped: string[] = [];
  // Escaped characters are text, never markup: set them aside until the end.
  let text = paragraph.replace(/\\([!-/:-@[-`{-~])/g, (_, character: string) => {
    escaped.push(character);
    return `\uE000${escaped.length - 1}\uE001`;
  });
  text = text
    .split('\n')
    .map((line) => line.replace(/^ {0,3}(?:#{1,6}(?=\s|$)|>)\s*/, ''))
    .join(' ')
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/[*_]+/g, (run: string, offset: number, whole: string) =>
      isEmphasisDelimiter(whole[offset - 1], whole[offset + run.length]) ? '' : run,
    )
    .replace(/&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);/g, (entity: string, name: string) => decodeEntity(entity, name))
    .replace(/\s+/g, ' ')
    .trim();
  return text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => escaped[Number(index)] ?? '');
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
