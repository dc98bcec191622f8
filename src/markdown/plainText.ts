/**
 * Markdown as the plain text a reader sees, one rule for every caller (JSON Resume's summaries, the importer's
 * titles, venues and names), read from markdown-it's tokens: emphasis and code marks go, links become their text
 * and images their alt text, autolinks their address, tags go, escapes and entities are resolved as CommonMark does.
 *
 * Two steps stay hand code because the page has rules markdown-it does not know: an HTML comment hides what it holds
 * even when it is never closed (kramdown and a browser hide the rest of the page), and `[text][label]` shows its text
 * because its definition may be anywhere on the page the text ends up in, not in the text given here.
 */
import { markdownReader, type Token } from './markdownReader.js';

const hiddenComment = /<!--[\s\S]*?(?:-->|$)/g;
// `][label]`: each match stops at the next `]`, so the scan is linear.
const fullReferenceLabel = /\]\[([^\]\n]+)\]/g;
const htmlTag = /<\/?[A-Za-z][^<>]*>/g;
const blankLine = /^[ \t]*$/;

/** One line of text: for a title, a venue or a name, read as inline Markdown (a leading `1.` or `#` is text). */
export function markdownToPlain(markdown: string): string {
  const visible = withoutComments(markdown);
  const tokens = markdownReader.parseInline(visible, referenceEnv(visible));
  return oneLine(inlineText(tokens[0]?.children ?? []));
}

/** Paragraphs (blocks apart by a blank line) separated by a blank line; the lines of one paragraph are joined. */
export function markdownToPlainText(markdown: string): string {
  const visible = withoutComments(markdown);
  const lines = visible.split('\n');
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previousEnd: number | undefined;
  for (const token of markdownReader.parse(visible, referenceEnv(visible))) {
    const text = blockText(token);
    if (text === undefined || token.map === null) continue;
    const [start, end] = token.map;
    if (previousEnd !== undefined && lines.slice(previousEnd, start).some((line) => blankLine.test(line))) {
      paragraphs.push(oneLine(current.join(' ')));
      current = [];
    }
    current.push(text);
    previousEnd = end;
  }
  paragraphs.push(oneLine(current.join(' ')));
  return paragraphs.filter((paragraph) => paragraph !== '').join('\n\n');
}

function withoutComments(markdown: string): string {
  return markdown.replace(hiddenComment, '');
}

/** Every label written `[text][label]` counts as defined, so that the link shows as its text. */
function referenceEnv(markdown: string): { references: Record<string, { href: string; title: string }> } {
  const references: Record<string, { href: string; title: string }> = {};
  for (const match of markdown.matchAll(fullReferenceLabel)) {
    const label = markdownReader.utils.normalizeReference(match[1] ?? '');
    if (label !== '') references[label] = { href: '', title: '' };
  }
  return { references };
}

/** The text a block shows, for the blocks that hold text (paragraphs, headings and cells hold it in `inline`). */
function blockText(token: Token): string | undefined {
  switch (token.type) {
    case 'inline':
      return inlineText(token.children ?? []);
    case 'fence':
    case 'code_block':
      return token.content;
    case 'html_block':
      // Raw HTML shows the text between its tags; `\` is a plain character there, `&amp;` an entity.
      return markdownReader.utils.unescapeAll(token.content.replace(htmlTag, '').replace(/\\/g, '\\\\'));
    default:
      return undefined;
  }
}

function inlineText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else if (token.type === 'image') text += inlineText(token.children ?? []);
  }
  return text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
