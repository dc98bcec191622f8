/** The line layout language: what it refuses (and says why), optional parts, braces, and Liquid at the joins. */
import { describe, expect, test } from 'vitest';
import { fillLineLayout, type LayoutVocabulary, parseLineLayout } from '../../../src/model/lineLayout.js';
import { layoutVocabularies, parsePageLayout } from '../../../src/model/pageLayouts.js';

const vocabulary: LayoutVocabulary = { names: ['title', 'venue', 'date'], dated: ['date'] };

function filled(source: string, values: Record<string, string>): string {
  const parsed = parseLineLayout(source, vocabulary);
  if (!parsed.ok) throw new Error(parsed.reason);
  return fillLineLayout(parsed.layout, { value: (name) => values[name], text: (text) => text });
}

describe('parseLineLayout refuses', () => {
  test.each([
    ['- {titel}', 'unknown placeholder {titel}; this layout knows {title} {venue} {date}'],
    ['- {title:%Y}', '{title} takes no ":" format; only {date} do'],
    ['- {date:%Q}', '{date:%Q}: "%Q" is not a date field; use %Y %y %m %-m %b %b. %B %d %-d %% (e.g. %Y.%m, %b %Y)'],
    ['- {{ title }}', '"{{" at column 3 is Liquid\'s and Hugo\'s syntax; a placeholder has one brace: {title}'],
    ['- {% if x %}', '"{%" at column 3 is Liquid\'s and Hugo\'s syntax; a placeholder has one brace: {title}'],
    ['- {?, {venue}', 'an optional part "{?…" is not closed with "}"'],
    ['- {? plain text}', 'the optional part "{?…}" ending at column 16 holds no placeholder'],
    ['- {title} }', '"}" at column 11 closes nothing; write \\} for a brace'],
    [
      '- { title}',
      '"{" at column 3 starts no placeholder; write {name}, {?…} for an optional part, or \\{ for a brace',
    ],
    ['- {title', 'the placeholder at column 3 is not closed with "}"'],
    ['- {date:%Y', 'the placeholder at column 3 is not closed with "}"'],
  ])('%s', (source, reason) => {
    expect(parseLineLayout(source, vocabulary)).toEqual({ ok: false, reason });
  });
});

describe('fillLineLayout', () => {
  test('an optional part shows only when every placeholder directly in it has a value; parts nest', () => {
    const layout = '- {title}{?, *{venue}*{? ({date})}}.';
    expect(filled(layout, { title: 'T', venue: 'V', date: '2025' })).toBe('- T, *V* (2025).');
    expect(filled(layout, { title: 'T', venue: 'V' })).toBe('- T, *V*.');
    expect(filled(layout, { title: 'T', date: '2025' })).toBe('- T.');
    expect(filled(layout, { title: 'T', venue: '' })).toBe('- T.');
  });

  test('\\{ and \\} are written as Markdown escapes them', () => {
    expect(filled('- \\{{title}\\}', { title: 'T' })).toBe('- \\{T\\}');
  });

  test('a brace of the layout meeting a brace or percent of a value never makes {{ or {%: the entity shows the brace', () => {
    expect(filled('- \\{{title}', { title: '{ x }}' })).toBe('- &#123;{ x }}');
    expect(filled('- \\{{title}', { title: '% x' })).toBe('- &#123;% x');
    expect(filled('- \\\\\\{{title}', { title: '{' })).toBe('- \\\\&#123;{');
  });
});

describe('fillLineLayout drops a line left with only its empty placeholders', () => {
  test.each([
    ['the last line: the hard break before it goes too', '- {title}  \n  {venue}', { title: 'T' }, '- T'],
    [
      'a line between two: the break before it stays',
      '- {title}  \n  {venue}  \n  {date}',
      { title: 'T', date: '2025' },
      '- T  \n  2025',
    ],
    ['a backslash break', '- {title}\\\n  {venue}', { title: 'T' }, '- T'],
    ['a <br> break', '{title}<br>\n{venue}', { title: 'T' }, 'T'],
    [
      'a paragraph layout keeps its blank line when the line after it has a value',
      '**{title}**\n\n{venue}',
      { title: 'T', venue: 'V' },
      '**T**\n\nV',
    ],
    [
      'a paragraph layout loses the blank line before its emptied last line',
      '**{title}**\n\n{venue}',
      { title: 'T' },
      '**T**',
    ],
    ['a line of text with a placeholder stays', '- {title}  \n  in {venue}', { title: 'T' }, '- T  \n  in '],
    ['a one-line layout stays as filled', '- {venue}', {}, '- '],
  ])('%s', (_what, layout, values, expected) => {
    expect(filled(layout, values as Record<string, string>)).toBe(expected);
  });
});

describe('the shipped layouts', () => {
  test('parse with their own vocabularies', () => {
    for (const kind of Object.keys(layoutVocabularies) as (keyof typeof layoutVocabularies)[]) {
      expect(parsePageLayout(kind, '{?{date:%Y}}').ok).toBe(layoutVocabularies[kind].dated.includes('date'));
    }
  });
});
