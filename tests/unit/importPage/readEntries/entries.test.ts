// Proves news (list item, paragraph, lines, table row), service entries and contact lines are read with exact values.
import { describe, expect, test } from 'vitest';
import { parseContact } from '../../../../src/importPage/readEntries/contactLines.js';
import { parseNewsEntry, parseNewsLines, parseNewsRow } from '../../../../src/importPage/readEntries/newsEntry.js';
import { parseServiceEntry } from '../../../../src/importPage/readEntries/serviceEntry.js';

describe('news', () => {
  test('a dated item keeps its text as written, continuation lines included', () => {
    expect(parseNewsEntry('**\\[2025.07\\]** I joined [Tongyi Lab](https://x.org).\n  A second line.')).toEqual({
      kind: 'news',
      date: { date: { year: 2025, month: 7 }, style: 'dotted', text: '2025.07' },
      body: 'I joined [Tongyi Lab](https://x.org).\n  A second line.',
    });
  });

  test('a paragraph of dated lines is one item per line', () => {
    const entries = parseNewsLines('🎉 **[2025.07]** Accepted!<br>\n📢 [Jun 2025] Interning.  ');
    expect(entries?.map((entry) => [entry.date.date, entry.body])).toEqual([
      [{ year: 2025, month: 7 }, '🎉 Accepted!'],
      [{ year: 2025, month: 6 }, '📢 Interning.'],
    ]);
    expect(parseNewsLines('**[2025.07]** dated\nnot dated')).toBeUndefined();
  });

  test('a table row: the date cell, then the text', () => {
    expect(parseNewsRow(['Jan 15, 2025', 'Accepted at **ICRA**! :sparkles:'])).toEqual({
      kind: 'news',
      date: { date: { year: 2025, month: 1, day: 15 }, style: 'month-name', text: 'Jan 15, 2025' },
      body: 'Accepted at **ICRA**! :sparkles:',
    });
    expect(parseNewsRow(['Date', 'News'])).toBeUndefined();
  });
});

describe('service', () => {
  test.each([
    ['Session Chair of KDD 2025.', { role: 'chair', date: { year: 2025 } }],
    ['Invited Reviewers: TKDE, ICML 2024 2025, NeurIPS 2024', { role: 'reviewer' }],
    ['Co-organizer of the PPL Workshop at ICML 2024', { role: 'organizer', date: { year: 2024 } }],
    ['Associate Editor, TMLR', { role: 'editor' }],
    ['Program Committee member, ISMB 2023', { role: 'committee', date: { year: 2023 } }],
    ['Mentor for undergraduate research', {}],
  ])('%s', (text, fields) => {
    expect(parseServiceEntry(text)).toEqual({ kind: 'service', body: text, ...fields });
  });
});

describe('contact', () => {
  test("the seed's lines: obfuscated e-mails joined by /, and a phone", () => {
    expect(
      parseContact([
        'Email: zexi.li\\[at\\]zju.edu.cn / tomleeze\\[at\\]gmail.com ',
        'Wechat and Phone: (+86) 18868104540',
      ]),
    ).toEqual({
      lines: [
        { label: 'Email', emails: ['zexi.li@zju.edu.cn', 'tomleeze@gmail.com'] },
        { label: 'Wechat and Phone', text: '(+86) 18868104540' },
      ],
      obfuscated: true,
      emails: ['zexi.li@zju.edu.cn', 'tomleeze@gmail.com'],
      phone: '(+86) 18868104540',
    });
  });

  test('a linked value keeps its link; a paragraph that is not `Label: value` is not contact lines', () => {
    expect(parseContact(['GitHub: [@ada](https://github.com/ada)'])?.lines).toEqual([
      { label: 'GitHub', text: '@ada', url: 'https://github.com/ada' },
    ]);
    expect(parseContact(['Feel free to reach out by e-mail.'])).toBeUndefined();
  });
});
