/**
 * A news section the page wrote in HTML: its lines between the page's own HTML (`wrap`: `<ul>` … `</ul>`), and the
 * items older than the `newest` ones in a block of their own (`older`: `<details>` … `</details>`). An item added
 * later takes its place by date: the newest stay in the list, the one pushed out opens the older block.
 */
import type { NewsItem } from '../model/items.js';
import type { LineLayout } from '../model/lineLayout.js';
import type { HtmlWrap } from '../model/newsBlocks.js';
import type { PageSection } from '../model/schema.js';
import { type LineContext, newsLine, ownLayout, parsedLayout } from './itemLines.js';
import { layoutNumbering, listNumbers } from './listNumbers.js';

export interface NewsListBlock {
  text: string;
  anyVisible: boolean;
}

/** The section's items (newest first) in its blocks; `markdownList` writes a list that has no `wrap` (Markdown). */
export function newsBlocks(
  items: readonly NewsItem[],
  section: PageSection,
  layout: LineLayout,
  context: LineContext,
  markdownList: (items: readonly NewsItem[]) => NewsListBlock,
): NewsListBlock {
  const older = section.older;
  const split = older === undefined ? items.length : splitAfterVisible(items, older.newest);
  const main = items.slice(0, split);
  const rest = items.slice(split);
  const first =
    section.wrap === undefined ? markdownList(main) : htmlBlock(main, layout, section.wrap, section, context);
  if (older === undefined || rest.length === 0) return first;
  const second = htmlBlock(rest, parsedLayout('news', older.layout), older, section, context);
  return {
    // With no item in the list, the older block opens the section: a blank line before it would be the first line.
    text: first.text === '' ? second.text.replace(/^\n+/, '') : `${first.text}\n${second.text}`,
    anyVisible: first.anyVisible || second.anyVisible,
  };
}

/** Where the older items start: after the `newest`-th visible one and the hidden ones just after it. */
function splitAfterVisible(items: readonly NewsItem[], newest: number): number {
  let visible = 0;
  for (const [index, item] of items.entries()) {
    if (item.fields.hidden === true) continue;
    if (visible === newest) return index;
    visible++;
  }
  return items.length;
}

/** One `<li>` line per item between the wrapper's lines; a hidden item's line inside a comment of its own line. */
function htmlBlock(
  items: readonly NewsItem[],
  layout: LineLayout,
  wrap: HtmlWrap,
  section: PageSection,
  context: LineContext,
): NewsListBlock {
  if (items.length === 0) return { text: '', anyVisible: false };
  const hidden = items.map((item) => item.fields.hidden === true);
  const numbers = listNumbers(hidden, layoutNumbering(layout), section.numberFrom);
  const lines = items.map((item, index) => {
    const line = newsLine(item, ownLayout('news', item, layout), {
      ...context,
      inHtml: true,
      itemNumber: numbers[index] ?? 1,
    });
    return hidden[index] ? hiddenLine(line) : line;
  });
  const around = (html: string) => (html === '' ? [] : [context.markdown(html)]);
  return {
    text: [...around(wrap.before), ...lines, ...around(wrap.after)].join('\n'),
    anyVisible: hidden.includes(false),
  };
}

/** `  <!-- <li>…</li> -->`: the line in a comment, at its indentation; a `-->` inside would end the comment early. */
function hiddenLine(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const safe = line.slice(indent.length).replace(/--!?>/g, (match) => match.replace('--', '- -'));
  return `${indent}<!-- ${safe} -->`;
}
