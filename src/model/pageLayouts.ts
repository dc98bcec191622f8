/** The placeholders each kind of page line has, and the layouts that write the bundled page as it always was. */
import { type LayoutParseResult, type LayoutVocabulary, parseLineLayout } from './lineLayout.js';
import { textChoices } from './textEmoji.js';
import { authorJoins } from './vocabulary.js';

export const layoutKinds = ['news', 'publications', 'talks', 'service', 'links'] as const;

/** `{number}` counts a numbered list's items up (`1.`, `2.`…); `{number:down}` down to the last one (`3.`, `2.`, `1.`). */
export const listNumberings = ['up', 'down'] as const;
export type ListNumbering = (typeof listNumberings)[number];
const numbered = { number: listNumberings };
export type LayoutKind = (typeof layoutKinds)[number];

export const layoutVocabularies: Readonly<Record<LayoutKind, LayoutVocabulary>> = {
  // `{text:emoji}`: the text's leading emoji, written as the item's bullet; `{text:after-emoji}`: the rest of it.
  news: { names: ['date', 'text', 'number'], dated: ['date'], choices: { ...numbered, text: textChoices } },
  publications: {
    names: [
      'label',
      'title',
      'title-linked',
      'url',
      'authors',
      'venue',
      'venue-short',
      'year',
      'date',
      'links',
      'award',
      'citations',
      'doi',
      'arxiv',
      'publisher',
      'volume',
      'issue',
      'pages',
      'status',
      'key',
      'number',
    ],
    dated: ['date'],
    // `{authors:commas}`: one entry's authors joined otherwise than the page's `authorList.join`.
    choices: { authors: authorJoins, ...numbered },
  },
  talks: {
    names: [
      'date',
      'title',
      'title-linked',
      'url',
      'venue',
      'location',
      'type',
      'links',
      'separator',
      'stop',
      'number',
    ],
    dated: ['date'],
    choices: numbered,
  },
  service: { names: ['text', 'date', 'role', 'number'], dated: ['date'], choices: numbered },
  links: { names: ['name', 'url', 'name-linked', 'type'], dated: [] },
};

/**
 * The bundled page's lines. Publications: `[**label**]` and the linked title, the authors on the next line (two
 * spaces end the first: a Markdown line break), the link buttons on a third line when there are any.
 */
export const defaultLayouts: Readonly<Record<LayoutKind, string>> = {
  news: '* **\\[{date}\\]** {text}',
  publications: '- {?[**{label}**] }{title-linked}  \n  {authors}{?  \n  {links}}',
  talks: '* \\[{date}\\] {?{venue}{separator}}{title-linked}{stop}',
  service: '* {text}',
  links: '[{name}]({url})',
};

/** Which layout a page section of this kind uses. */
export function layoutKindOfSection(kind: string): LayoutKind | undefined {
  return (layoutKinds as readonly string[]).includes(kind) && kind !== 'links' ? (kind as LayoutKind) : undefined;
}

export function parsePageLayout(kind: LayoutKind, source: string): LayoutParseResult {
  return parseLineLayout(source, layoutVocabularies[kind]);
}
