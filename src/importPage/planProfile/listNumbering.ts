/**
 * A numbered list's numbers as the page wrote them (`1.`, `2.`, `3.`; `3.`, `2.`, `1.`; from another number), read
 * so that the section's layout writes them back with `{number}` rather than `1.` before every item.
 */
import type { ListNumbering } from '../../model/pageLayouts.js';

export interface PageNumbering {
  numbering: ListNumbering;
  /** The first item's number counting up, the last one's counting down. */
  from: number;
}

const listMarker = /^(\d{1,9})([.)])[ \t]/;

/** The numbering of items written one after the other; `undefined` when every item is `1.` or they are not counted. */
export function readListNumbering(written: readonly string[]): PageNumbering | undefined {
  const numbers: number[] = [];
  for (const text of written) {
    const number = listMarker.exec(text)?.[1];
    if (number === undefined) return undefined;
    numbers.push(Number(number));
  }
  const [first] = numbers;
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined || numbers.every((number) => number === 1)) return undefined;
  if (numbers.every((number, index) => number === first + index)) return { numbering: 'up', from: first };
  if (numbers.length > 1 && numbers.every((number, index) => number === first - index)) {
    return { numbering: 'down', from: last };
  }
  return undefined;
}

/** The layout found for the items written `1.`, numbering them as the page did: `{number}.` for `1.`. */
export function numberedLayout(layout: string, numbering: PageNumbering): string {
  const placeholder = numbering.numbering === 'down' ? '{number:down}' : '{number}';
  return layout.replace(/^1([.)])/, `${placeholder}$1`);
}
