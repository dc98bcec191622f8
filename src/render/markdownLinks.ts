/**
 * The link targets written in Markdown (inline links and images, reference definitions, autolinks, and the URL
 * attributes of HTML tags), found in one pass outside code, and the ones `linkSafety` refuses turned into text.
 */
import { isSafeLinkTarget, schemeWindow } from '../model/linkSafety.js';
import { findCode } from './markdownCode.js';

export interface MarkdownLinkTarget {
  /** Where the text that makes it a link starts (`](`, `]:`, `<`, or the attribute's `=`), and how it is written. */
  at: number;
  syntax: 'inline' | 'definition' | 'autolink' | 'attribute';
  target: string;
}

const whitespaceAnd = (stop: string) => ` \t\n\r\f\v${stop}`;

const urlAttributes =
  'href|src|srcset|action|formaction|poster|background|cite|codebase|ping|icon|manifest|dynsrc|lowsrc|longdesc';
// A candidate: `](` or `]:` after a link text, `<scheme:` of an autolink, or an URL attribute's `=`.
const candidate = new RegExp(`\\](?=[(:])|<(?=[A-Za-z][A-Za-z0-9+.-]{0,31}:)|\\b(?:${urlAttributes})\\s*=`, 'gi');

/** Every link target of `markdown` outside code, in order. */
export function findLinkTargets(markdown: string): MarkdownLinkTarget[] {
  const found: MarkdownLinkTarget[] = [];
  // Code is looked for only once there is a candidate: most texts (and every empty body) have none.
  let code: ReturnType<typeof findCode> | undefined;
  let region = 0;
  candidate.lastIndex = 0;
  for (let match = candidate.exec(markdown); match !== null; match = candidate.exec(markdown)) {
    code ??= findCode(markdown);
    while (region < code.length && (code[region] as { end: number }).end <= match.index) region++;
    const inCode = region < code.length && (code[region] as { start: number }).start <= match.index;
    if (!inCode) found.push(linkTarget(markdown, match.index, match[0]));
  }
  return found;
}

function linkTarget(text: string, at: number, written: string): MarkdownLinkTarget {
  if (written === ']') {
    const syntax = text[at + 1] === '(' ? 'inline' : 'definition';
    return { at, syntax, target: destinationAt(text, at + 2) };
  }
  if (written === '<') return { at, syntax: 'autolink', target: cutAt(text, at + 1, whitespaceAnd('>')) };
  const equals = at + written.length - 1;
  return { at: equals, syntax: 'attribute', target: attributeValueAt(text, equals + 1) };
}

/** A destination after `](` or `]:`: spaces and one line end skipped, `<…>` or up to a space or `)`. */
function destinationAt(text: string, start: number): string {
  let index = start;
  let lineEnds = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '\n' && lineEnds++ === 0) index++;
    else if (char === ' ' || char === '\t') index++;
    else break;
  }
  if (text[index] === '<') return cutAt(text, index + 1, '\n>');
  return cutAt(text, index, whitespaceAnd(')'));
}

function attributeValueAt(text: string, start: number): string {
  let index = start;
  while (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r') index++;
  const quote = text[index];
  if (quote === '"' || quote === "'") return cutAt(text, index + 1, quote);
  return cutAt(text, index, whitespaceAnd('>'));
}

/** The part of the target after `start` that decides its scheme (see linkSafety), ended early by any of `stops`. */
function cutAt(text: string, start: number, stops: string): string {
  const window = schemeWindow(text, start);
  let end = 0;
  while (end < window.length && !stops.includes(window[end] as string)) end++;
  return window.slice(0, end);
}

/** How each kind of link opening is written as text, and how many characters of the original it replaces. */
const escapedOpening: Readonly<Record<MarkdownLinkTarget['syntax'], { escaped: string; replaces: number }>> = {
  inline: { escaped: ']\\(', replaces: 2 },
  definition: { escaped: ']\\:', replaces: 2 },
  autolink: { escaped: '&lt;', replaces: 1 },
  attribute: { escaped: '&#61;', replaces: 1 },
};

/**
 * The Markdown with every refused link written as text: `](` becomes `]\(` and `]:` becomes `]\:` (CommonMark and
 * kramdown then read no link and show the brackets), an autolink's `<` becomes `&lt;`, and an attribute's `=`
 * becomes `&#61;` (in a tag the attribute is no longer one; in text it still shows `=`).
 */
export function neutraliseUnsafeLinks(markdown: string): string {
  const unsafe = findLinkTargets(markdown).filter((link) => !isSafeLinkTarget(link.target));
  if (unsafe.length === 0) return markdown;
  let out = '';
  let done = 0;
  for (const link of unsafe) {
    out += markdown.slice(done, link.at);
    const { escaped, replaces } = escapedOpening[link.syntax];
    out += escaped;
    done = link.at + replaces;
  }
  return out + markdown.slice(done);
}

/** The refused link targets of `markdown`, for a warning. */
export function unsafeLinkTargets(markdown: string): string[] {
  return findLinkTargets(markdown)
    .filter((link) => !isSafeLinkTarget(link.target))
    .map((link) => link.target);
}
