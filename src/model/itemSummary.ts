/** A one-line description of an item, for tables, reports and file names: read from a bounded start of its text. */
import type { CvItem, Item } from './items.js';
import type { PartialDate } from './partialDate.js';

/** A summary shows at most this many characters; a longer one ends in `…`. */
export const summaryLength = 300;
/** How much of a text a summary reads: enough Markdown for `summaryLength` characters of words. */
const summarySource = 4_000;

export function itemDate(item: Item): PartialDate | undefined {
  switch (item.kind) {
    case 'section':
      return undefined;
    case 'education':
    case 'position':
    case 'student':
    case 'grant':
      return item.fields.start ?? item.fields.end;
    default:
      return item.fields.date;
  }
}

export function itemSummary(item: Item): string {
  switch (item.kind) {
    case 'publication':
    case 'talk':
      return cutSummary(item.fields.title.slice(0, summarySource).replace(/\s+/g, ' ').trim());
    case 'section':
      return item.fields.title === undefined ? markdownSummary(item.body) : cutSummary(item.fields.title);
    case 'news':
    case 'service':
      return markdownSummary(item.body);
    default:
      return cvItemSummary(item);
  }
}

/** `PhD in Computer Science, Zhejiang University`, `Researcher, Tongyi Lab`. */
export function cvItemSummary(item: CvItem): string {
  const joined = (...parts: (string | undefined)[]) =>
    cutSummary(
      parts
        .filter((part) => part?.trim())
        .join(', ')
        .slice(0, summarySource)
        .replace(/\s+/g, ' '),
    );
  switch (item.kind) {
    case 'education': {
      const { degree, field, institution } = item.fields;
      return joined(field ? `${degree} in ${field}` : degree, institution);
    }
    case 'position':
      return joined(item.fields.title, item.fields.organisation);
    case 'award':
      return joined(item.fields.name, item.fields.by);
    case 'teaching':
      return joined(item.fields.course, item.fields.role, item.fields.term);
    case 'student':
      return joined(item.fields.name, item.fields.level);
    case 'grant':
      return joined(item.fields.title, item.fields.funder);
  }
}

/** The first words of a Markdown text as one plain line, however long the text is. */
export function markdownSummary(markdown: string): string {
  return cutSummary(markdownToPlainLine(markdown.slice(0, summarySource)));
}

function cutSummary(line: string): string {
  return line.length <= summaryLength ? line : `${line.slice(0, summaryLength - 1).trimEnd()}…`;
}

/**
 * Links become their text, emphasis and escapes go, lines are joined. Each step reads the text once: no pattern
 * restarts a scan at every position (a text of `[` or `<!--` would make that quadratic).
 */
export function markdownToPlainLine(markdown: string): string {
  return linksAsText(withoutComments(markdown))
    .replace(/[*_`]+/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every closed `<!-- … -->` removed; an unclosed one is left as written. */
function withoutComments(text: string): string {
  let out = '';
  let done = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', done)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(done, open);
    done = close + 3;
  }
  return out + text.slice(done);
}

/** `[text](target)` and `![text](target)` as `text`: a bracket, the first `]` after it, `(` at once, the first `)`. */
function linksAsText(text: string): string {
  let out = '';
  let done = 0;
  let from = 0;
  for (let open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', from)) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    // Every `[` before this `]` ends at it too, and fails or succeeds the same way: the scan goes on after it.
    if (text[close + 1] !== '(') {
      from = close + 1;
      continue;
    }
    const end = text.indexOf(')', close + 2);
    if (end < 0) break;
    const start = open > done && text[open - 1] === '!' ? open - 1 : open;
    out += text.slice(done, start) + text.slice(open + 1, close);
    done = end + 1;
    from = end + 1;
  }
  return out + text.slice(done);
}
