/** The number each item of a numbered list gets (`{number}` in its layout): counted over the visible items. */
import { continuationIndent, type LayoutNode, type LineLayout } from '../model/lineLayout.js';
import type { ListNumbering } from '../model/pageLayouts.js';

/** How the layout numbers its items: `up` for `{number}`, `down` for `{number:down}`, `undefined` when it does not. */
export function layoutNumbering(layout: LineLayout): ListNumbering | undefined {
  const find = (nodes: readonly LayoutNode[]): ListNumbering | undefined => {
    for (const node of nodes) {
      if (node.kind === 'field' && node.name === 'number') return node.choice === 'down' ? 'down' : 'up';
      if (node.kind === 'optional') {
        const inner = find(node.nodes);
        if (inner !== undefined) return inner;
      }
    }
    return undefined;
  };
  return find(layout.nodes);
}

/**
 * The items' numbers, in their order: `up` counts from `from` (1), `down` counts down to `from` at the last visible
 * item. A hidden item is not counted (the page does not show it): it carries the number of the visible item after it.
 */
export function listNumbers(hidden: readonly boolean[], numbering: ListNumbering = 'up', from = 1): number[] {
  const visible = hidden.filter((isHidden) => !isHidden).length;
  let before = 0;
  return hidden.map((isHidden) => {
    const number = numbering === 'up' ? from + before : from + visible - 1 - before;
    if (!isHidden) before++;
    return number;
  });
}

/**
 * An item numbered 10 or more has a wider marker (`10. `): its continuation lines get one more space per digit, as
 * a page indents them under the text; lines the layout does not indent stay as they are.
 */
export function widenedForNumber(text: string, layout: LineLayout, itemNumber: number | undefined): string {
  const extra = itemNumber === undefined ? 0 : String(itemNumber).length - 1;
  if (extra <= 0 || !/^\{number(?::[a-z]+)?\}[.)][ \t]/.test(layout.source)) return text;
  const indent = continuationIndent(layout);
  return text.replace(new RegExp(`\n(?=${indent})`, 'g'), `\n${' '.repeat(extra)}`);
}
