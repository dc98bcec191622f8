/**
 * One bibliography entry as a line of the page: the text of the plain rendering, the owner in bold and the
 * marks placed where the marked rendering says each name is, the title linked, the style's emphasis kept.
 */
import { authorMarkers } from '../../render/authorList.js';
import { escapeMarkdownText, markdownLink, neutraliseLiquid } from '../../render/markdownText.js';
import { htmlUnits, isEndTag, isTag, tagAttribute, tagName } from './citeprocHtml.js';
import { type MarkedSpan, readMarkers } from './cslMarkers.js';
import { matchSequences } from './matchSequences.js';

type Node =
  | { readonly kind: 'text'; text: string }
  | { readonly kind: 'tag'; readonly tag: string; readonly children: Node[] }
  | { readonly kind: 'span'; readonly span: MarkedSpan; readonly children: Node[] };

/**
 * `plainHtml` is the entry as the style writes it; `markedHtml` the same entry rendered with markers, which
 * can differ a little besides them (citeproc does not merge the period of "N. D." with the one after the
 * names when a marker sits between). Matching the two renderings carries each span over to the plain one; two
 * renderings too different to match (never seen) fall back to the marked one's own text.
 */
export function cslEntryMarkdown(plainHtml: string, markedHtml: string, titleUrl: string | undefined): string {
  const plain = htmlUnits(plainHtml);
  const marked = readMarkers(htmlUnits(markedHtml));
  const match = matchSequences(marked.units, plain);
  const units = match ? plain : marked.units;
  const spans = match ? marked.spans.map((span) => carrySpan(span, match, plain.length)) : marked.spans;
  const tree = buildTree(units, wellNestedSpans(units, spans));
  return finishLine(renderNodes(tree, titleUrl));
}

/** A span's start lands just after the last matched unit before it, its end just before the next matched one. */
function carrySpan(span: MarkedSpan, match: Int32Array, plainLength: number): MarkedSpan {
  let start = 0;
  for (let index = span.start - 1; index >= 0; index--) {
    const target = match[index] ?? -1;
    if (target >= 0) {
      start = target + 1;
      break;
    }
  }
  let end = plainLength;
  for (let index = span.end; index < match.length; index++) {
    const target = match[index] ?? -1;
    if (target >= 0) {
      end = target;
      break;
    }
  }
  return { ...span, start, end: Math.max(start, end) };
}

/** Spans that are not empty, do not overlap an earlier one and do not cut through a tag pair. */
function wellNestedSpans(units: readonly string[], spans: readonly MarkedSpan[]): MarkedSpan[] {
  const kept: MarkedSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const previous = kept[kept.length - 1];
    if (span.end <= span.start || (previous && span.start < previous.end)) continue;
    let depth = 0;
    for (const unit of units.slice(span.start, span.end)) {
      if (isTag(unit)) depth += isEndTag(unit) ? -1 : 1;
      if (depth < 0) break;
    }
    if (depth === 0) kept.push(span);
  }
  return kept;
}

function buildTree(units: readonly string[], spans: readonly MarkedSpan[]): Node[] {
  const root: Node[] = [];
  const open: Node[][] = [root];
  const current = () => open[open.length - 1] ?? root;
  const starts = new Map(spans.map((span) => [span.start, span]));
  const endCounts = new Map<number, number>();
  for (const span of spans) endCounts.set(span.end, (endCounts.get(span.end) ?? 0) + 1);
  for (let index = 0; index <= units.length; index++) {
    for (let count = endCounts.get(index) ?? 0; count > 0; count--) open.pop();
    const span = starts.get(index);
    if (span) {
      const node: Node = { kind: 'span', span, children: [] };
      current().push(node);
      open.push(node.children);
    }
    const unit = units[index];
    if (unit === undefined) break;
    if (!isTag(unit)) {
      const last = current()[current().length - 1];
      if (last?.kind === 'text') last.text += unit;
      else current().push({ kind: 'text', text: unit });
    } else if (isEndTag(unit)) {
      if (open.length > 1) open.pop();
    } else {
      const node: Node = { kind: 'tag', tag: unit, children: [] };
      current().push(node);
      open.push(node.children);
    }
  }
  return root;
}

function renderNodes(nodes: readonly Node[], titleUrl: string | undefined): string {
  return nodes.map((node) => renderNode(node, titleUrl)).join('');
}

function renderNode(node: Node, titleUrl: string | undefined): string {
  if (node.kind === 'text') return escapeText(node.text);
  const inner = renderNodes(node.children, titleUrl);
  if (node.kind === 'span') {
    if (node.span.kind === 'title') return markdownLink(inner, titleUrl);
    const named = `${inner}${authorMarkers(node.span.decoration)}`;
    return node.span.decoration.owner ? emphasis('**', named) : named;
  }
  const name = tagName(node.tag);
  const style = tagAttribute(node.tag, 'style') ?? '';
  switch (name) {
    case 'i':
    case 'em':
      return emphasis('*', inner);
    case 'b':
    case 'strong':
      return emphasis('**', inner);
    case 'sup':
    case 'sub':
      return `<${name}>${inner}</${name}>`;
    case 'a': {
      const href = tagAttribute(node.tag, 'href');
      return href === undefined ? inner : markdownLink(inner, href);
    }
    case 'div':
      // Citation numbers and labels follow the style's order, not the page's.
      return tagAttribute(node.tag, 'class') === 'csl-left-margin' ? '' : ` ${inner} `;
    case 'span':
      // Markdown has no small capitals or underline; "normal" spans only undo an outer style.
      return /small-caps|underline/.test(style) ? `<span style="${style.replace(/;$/, '')}">${inner}</span>` : inner;
    default:
      return inner;
  }
}

/** Markdown emphasis must hug its text: spaces go outside the delimiters. */
function emphasis(delimiter: string, inner: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, before = '', content = '', after = ''] = match ?? [];
  return content === '' ? inner : `${before}${delimiter}${content}${delimiter}${after}`;
}

/** Plain text as Markdown; an `&` that would start an entity is written `&amp;` so the text stays what it says. */
function escapeText(text: string): string {
  return escapeMarkdownText(text.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;'));
}

/** One line; what would open a block at the start of a line (`1.`, `#`, `-`, `+`) is escaped. */
function finishLine(markdown: string): string {
  const line = markdown
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([#+-])(?=\s|$)/, '\\$1');
  return neutraliseLiquid(line);
}
