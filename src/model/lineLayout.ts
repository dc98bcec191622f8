/**
 * The template language of a page layout (`* **\[{date}\]** {text}`): read and checked once, then filled with
 * an item's values. One brace opens a placeholder (`{title}`, `{date:%Y.%m}`), `{?…}` an optional part shown only
 * when its placeholders have values, `\{` and `\}` are braces as Markdown writes them. `{{` and `{%` (Liquid's and
 * Hugo's syntax) are refused, so a layout never reads as a template of the site generator.
 */
import { type DatePattern, parseDatePattern } from './datePattern.js';
import { withoutLineBreakAtEnd } from './lineBreakAtEnd.js';

export type LayoutNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly name: string; readonly datePattern?: DatePattern; readonly choice?: string }
  | { readonly kind: 'optional'; readonly nodes: readonly LayoutNode[] };

export interface LineLayout {
  readonly source: string;
  readonly nodes: readonly LayoutNode[];
}

export interface LayoutVocabulary {
  /** The placeholders an item of this kind has. */
  readonly names: readonly string[];
  /** Those that take a date pattern after a colon. */
  readonly dated: readonly string[];
  /** Those that take one of a few words after a colon (`{authors:commas}`), with the words. */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
}

export type LayoutParseResult = { ok: true; layout: LineLayout } | { ok: false; reason: string };

const namePattern = /^[a-z][a-z-]*/;

export function parseLineLayout(source: string, vocabulary: LayoutVocabulary): LayoutParseResult {
  let index = 0;
  const fail = (reason: string): LayoutParseResult => ({ ok: false, reason });

  const parseNodes = (inOptional: boolean): LayoutNode[] | string => {
    const nodes: LayoutNode[] = [];
    let text = '';
    const flushText = () => {
      if (text !== '') nodes.push({ kind: 'text', text });
      text = '';
    };
    while (index < source.length) {
      const char = source[index] ?? '';
      const next = source[index + 1];
      if (char === '\\' && (next === '{' || next === '}')) {
        text += `\\${next}`;
        index += 2;
        continue;
      }
      if (char === '}') {
        if (!inOptional) return `"}" at ${place(index)} closes nothing; write \\} for a brace`;
        flushText();
        index++;
        return nodes;
      }
      if (char !== '{') {
        text += char;
        index++;
        continue;
      }
      if (next === '{' || next === '%') {
        return `"{${next}" at ${place(index)} is Liquid's and Hugo's syntax; a placeholder has one brace: {title}`;
      }
      flushText();
      if (next === '?') {
        index += 2;
        const inner = parseNodes(true);
        if (typeof inner === 'string') return inner;
        if (!inner.some((node) => node.kind === 'field')) {
          return `the optional part "{?…}" ending at ${place(index - 1)} holds no placeholder`;
        }
        nodes.push({ kind: 'optional', nodes: inner });
        continue;
      }
      const field = parseField();
      if (typeof field === 'string') return field;
      nodes.push(field);
    }
    if (inOptional) return 'an optional part "{?…" is not closed with "}"';
    flushText();
    return nodes;
  };

  const parseField = (): LayoutNode | string => {
    const start = index;
    const name = namePattern.exec(source.slice(index + 1))?.[0];
    if (name === undefined) {
      return `"{" at ${place(start)} starts no placeholder; write {name}, {?…} for an optional part, or \\{ for a brace`;
    }
    index += 1 + name.length;
    let argument: string | undefined;
    if (source[index] === ':') {
      const end = source.indexOf('}', index);
      const open = source.indexOf('{', index);
      if (end < 0 || (open >= 0 && open < end)) return `the placeholder at ${place(start)} is not closed with "}"`;
      argument = source.slice(index + 1, end);
      index = end;
    }
    if (source[index] !== '}') return `the placeholder at ${place(start)} is not closed with "}"`;
    index++;
    if (!vocabulary.names.includes(name)) {
      return `unknown placeholder {${name}}; this layout knows ${vocabulary.names.map((known) => `{${known}}`).join(' ')}`;
    }
    if (argument === undefined) return { kind: 'field', name };
    const choices = vocabulary.choices?.[name];
    if (choices !== undefined) {
      if (choices.includes(argument)) return { kind: 'field', name, choice: argument };
      return `{${name}:${argument}}: "${argument}" is not one of ${choices.join(', ')}`;
    }
    if (!vocabulary.dated.includes(name)) return `{${name}} takes no ":" format; only ${datedList(vocabulary)} do`;
    const pattern = parseDatePattern(argument);
    if (!pattern.ok) return `{${name}:${argument}}: ${pattern.reason}`;
    return { kind: 'field', name, datePattern: pattern.pattern };
  };

  const nodes = parseNodes(false);
  if (typeof nodes === 'string') return fail(nodes);
  return { ok: true, layout: { source, nodes } };
}

function datedList(vocabulary: LayoutVocabulary): string {
  const names = [...vocabulary.dated, ...Object.keys(vocabulary.choices ?? {})];
  return names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(' ');
}

function place(index: number): string {
  return `column ${index + 1}`;
}

export interface LayoutFill {
  /** A placeholder's value, already safe Markdown; `undefined` or `''` when the item has none. */
  value: (name: string, datePattern: DatePattern | undefined, choice?: string) => string | undefined;
  /** The layout's own text as Markdown the page may hold (Liquid neutralised unless `page.liquid`). */
  text: (text: string) => string;
}

export function fillLineLayout(layout: LineLayout, fill: LayoutFill): string {
  let out = '';
  let line = 0;
  const linesWithFields = new Set<number>();
  const append = (piece: string) => {
    // A brace that ends one piece and a brace or percent that starts the next would make `{{` or `{%`
    // together, which Jekyll would run: the first is written as the entity, which shows the same brace.
    if (out.endsWith('{') && /^[{%]/.test(piece)) {
      let backslashes = 0;
      while (out[out.length - 2 - backslashes] === '\\') backslashes++;
      // As neutraliseLiquid does: a backslash that escaped the brace goes, or it would escape the entity.
      out = `${out.slice(0, out.length - 1 - (backslashes % 2))}&#123;`;
    }
    out += piece;
    for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) line++;
  };
  const write = (nodes: readonly LayoutNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') append(fill.text(node.text));
      else if (node.kind === 'field') {
        linesWithFields.add(line);
        append(fill.value(node.name, node.datePattern, node.choice) ?? '');
      } else if (node.nodes.every((inner) => inner.kind !== 'field' || hasValue(fill, inner))) write(node.nodes);
    }
  };
  write(layout.nodes);
  return blankLine.test(out) ? withoutEmptiedLines(out, linesWithFields) : out;
}

const blankLine = /(?:^|\n)[ \t]*(?:\n|$)/;

/**
 * Drops the lines that held only placeholders without values (`  {authors}` of a publication with no authors): a
 * line of spaces inside a list item would end the item's paragraph, or show as an empty line. When the item's
 * last lines go, the line break the line before them ended in goes too.
 */
function withoutEmptiedLines(out: string, linesWithFields: ReadonlySet<number>): string {
  const lines = out.split('\n');
  const emptied = (index: number) => linesWithFields.has(index) && (lines[index] ?? '').trim() === '';
  const kept = lines.filter((_text, index) => !emptied(index));
  if (lines.length === 1 || kept.length === lines.length || kept.length === 0) return out;
  if (!emptied(lines.length - 1)) return kept.join('\n');
  while (kept.length > 1 && (kept.at(-1) ?? '').trim() === '') kept.pop();
  kept[kept.length - 1] = withoutLineBreakAtEnd(kept.at(-1) ?? '');
  return kept.join('\n');
}

function hasValue(fill: LayoutFill, node: Extract<LayoutNode, { kind: 'field' }>): boolean {
  const value = fill.value(node.name, node.datePattern, node.choice);
  return value !== undefined && value !== '';
}

/** The indentation that keeps a value's second line inside the list item the layout starts (`- `, `1. `). */
export function continuationIndent(layout: LineLayout): string {
  // `{number}. ` is as wide as `1. `: the list's first items, which a page's continuation lines are indented for.
  const marker = /^(?:[-*+]|\d{1,9}[.)]|\{number(?::[a-z]+)?\}[.)])[ \t]+/.exec(layout.source)?.[0];
  return marker === undefined ? '' : ' '.repeat(marker.replace(/^\{[^}]*\}/, '1').length);
}

/** Items of a list layout follow each other line by line; other layouts are paragraphs, a blank line apart. */
export function itemSeparator(layout: LineLayout): string {
  return continuationIndent(layout) === '' ? '\n\n' : '\n';
}
