/**
 * News as pages write it: a dated list item, a dated paragraph, several dated lines in one paragraph
 * (`<br>` or hard breaks between them), or a table row whose first cell is the date.
 */

import { withoutLineBreakAtEnd } from '../../model/lineBreakAtEnd.js';
import type { NewsEntry } from './importedItems.js';
import { leadingDate, parseDateText, trailingDate } from './pageDates.js';

/** One item's text (a list item's content or a paragraph) as one news item. */
export function parseNewsEntry(markdown: string): NewsEntry | undefined {
  const dated = leadingDate(markdown) ?? trailingDate(markdown);
  if (!dated) return undefined;
  return { kind: 'news', date: { date: dated.date, style: dated.style, text: dated.text }, body: dated.rest };
}

/** A paragraph whose every line starts with a date: one news item per line. Undefined otherwise. */
export function parseNewsLines(paragraph: string): NewsEntry[] | undefined {
  const lines = paragraph.split('\n');
  if (lines.length < 2) return undefined;
  const entries: NewsEntry[] = [];
  for (const line of lines) {
    const dated = leadingDate(withoutLineBreakAtEnd(line).trim());
    if (!dated) return undefined;
    entries.push({ kind: 'news', date: { date: dated.date, style: dated.style, text: dated.text }, body: dated.rest });
  }
  return entries;
}

/** A table row `| Jan 15, 2016 | text |`: the date cell, then the text. */
export function parseNewsRow(cells: readonly string[]): NewsEntry | undefined {
  if (cells.length !== 2) return undefined;
  const date = parseDateText(cells[0] ?? '');
  const body = (cells[1] ?? '').replace(/\\\|/g, '|').trim();
  if (!date || body === '') return undefined;
  return { kind: 'news', date, body };
}
