// Proves the page settings that write an imported page as it was written: news as lines of one paragraph with emoji
// bullets (`itemsAsLines`, `{text:emoji}`), a comment kept right under its item (`notesAfter`), a hidden text in its
// one-line form (`hiddenForm`, `blankBefore`), and what each does when the item or the text changes; the rendered
// page is checked with markdown-it and kramdown, and never shows hidden text.
import { describe, expect, test } from 'vitest';
import { renderFormat } from '../../../src/export/renderFormat.js';
import { serializeItemFile } from '../../../src/frontMatter/itemFile.js';
import { splitLeadingEmoji } from '../../../src/model/textEmoji.js';
import { joinAsLines } from '../../../src/render/paragraphLines.js';
import { loadValidProfile } from '../../../src/store/loadProfile.js';
import { engineTestName, pageEngines } from '../../adversarial/support/renderedPage.js';
import { useTempFolders, writeFiles } from '../../support/tempFolders.js';

const { fresh } = useTempFolders('profile-page-as-written-');

type News = { stem: string; date: string; text: string; hidden?: boolean; layout?: string };

async function page(section: Record<string, unknown>, news: readonly News[], sections: Record<string, string> = {}) {
  const dir = await fresh();
  const textSections = Object.keys(sections).map((name) => ({
    kind: 'text',
    section: name,
    ...(section[name] as object),
  }));
  await writeFiles(dir, {
    'profile.md': serializeItemFile(
      {
        name: 'Ada Lovelace',
        page: {
          frontMatter: { title: 'About' },
          sections: [{ kind: 'news', title: 'News', ...section }, ...textSections],
        },
      },
      '',
    ),
    ...Object.fromEntries(
      news.map(({ stem, date, text, hidden, layout }) => [
        `news/${stem}.md`,
        serializeItemFile({ date, ...(hidden ? { hidden } : {}), ...(layout ? { layout } : {}) }, text),
      ]),
    ),
    ...Object.fromEntries(
      Object.entries(sections).map(([name, body]) => [
        `sections/${name}.md`,
        serializeItemFile({ hidden: true }, body),
      ]),
    ),
  });
  const { profile } = await loadValidProfile(dir);
  return renderFormat(profile, 'md', {});
}

describe('{text:emoji} and {text:after-emoji}', () => {
  test.each([
    ['🎉 Our paper.', '🎉', 'Our paper.'],
    ['✈️ Attended NeurIPS.', '✈️', 'Attended NeurIPS.'],
    ['🎉🎉 Two papers.', '🎉🎉', 'Two papers.'],
    ['👩🏽‍🔬 A new lab member.', '👩🏽‍🔬', 'A new lab member.'],
    ['🇰🇷 Back home.', '🇰🇷', 'Back home.'],
    ['Plain text.', '', 'Plain text.'],
    ['🎉', '', '🎉'],
    ['2025 🎉 late emoji', '', '2025 🎉 late emoji'],
  ])('%s', (text, emoji, rest) => {
    expect(splitLeadingEmoji(text)).toEqual({ emoji, rest });
  });
});

test('joinAsLines: a line ending with a line break is followed by the next; another ends the paragraph', () => {
  expect(joinAsLines(['a<br>', 'b  ', 'c', 'd<br/>', 'e'])).toBe('a<br>\nb  \nc\n\nd<br/>\ne');
});

const emojiNews: News[] = [
  { stem: 'a', date: '2025-07', text: '🎉 Our paper was accepted.' },
  { stem: 'b', date: '2025-06', text: '📢 I will intern at NAVER.' },
  { stem: 'c', date: '2025-03', text: '🏆 Fellowship.', layout: '{text:emoji} **[{date:%Y.%m}]** {text:after-emoji}' },
  { stem: 'd', date: '2024-12', text: 'No emoji here.' },
];

describe('news as lines of one paragraph, emoji bullets first', () => {
  const section = { layout: '{text:emoji} **[{date:%Y.%m}]** {text:after-emoji}<br>', itemsAsLines: true };

  test('the lines, joined as the page wrote them; an item without an emoji starts with its date', async () => {
    expect(await page(section, emojiNews)).toBe(
      '---\ntitle: About\n---\n\n## News\n🎉 **[2025.07]** Our paper was accepted.<br>\n📢 **[2025.06]** I will intern at NAVER.<br>\n🏆 **[2025.03]** Fellowship.\n\n **[2024.12]** No emoji here.<br>\n',
    );
  });

  test('without itemsAsLines the same items are paragraphs a blank line apart', async () => {
    const written = await page({ layout: section.layout }, emojiNews.slice(0, 2));
    expect(written).toContain('accepted.<br>\n\n📢');
  });

  test('import-page writes the emoji as an optional part: an item without one then starts with its date, no space', async () => {
    const optional = { ...section, layout: '{?{text:emoji} }**[{date:%Y.%m}]** {text:after-emoji}<br>' };
    expect(await page(optional, [emojiNews[0] as News, emojiNews[3] as News])).toBe(
      '---\ntitle: About\n---\n\n## News\n🎉 **[2025.07]** Our paper was accepted.<br>\n**[2024.12]** No emoji here.<br>\n',
    );
  });

  describe.each(pageEngines)('read by $name', (engine) => {
    test.skipIf(engine.missing)(engineTestName(engine, 'one paragraph of lines, then another'), async () => {
      const rendered = await engine.render(await page(section, emojiNews));
      expect(rendered.visible.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
        'News',
        '🎉 [2025.07] Our paper was accepted. 📢 [2025.06] I will intern at NAVER. 🏆 [2025.03] Fellowship.',
        '[2024.12] No emoji here.',
      ]);
    });
  });
});

describe('notesAfter: a comment of the owner’s own right under an item', () => {
  const news: News[] = [
    { stem: 'a', date: '2025-03', text: 'Award.' },
    { stem: 'b', date: '2024-12', text: 'Two papers.' },
    { stem: 'c', date: '2024-09', text: 'Welcome!' },
  ];
  const note = (item: string, comment = '<!-- TODO: add the photo -->') => ({ notesAfter: [{ item, comment }] });

  test('written right under its item, where the page had it', async () => {
    expect(await page(note('news/b'), news)).toContain(
      '* **\\[2024.12\\]** Two papers.\n<!-- TODO: add the photo -->\n* **\\[2024.09\\]** Welcome!',
    );
  });

  test('its item gone or hidden: after the list, in a comment of its own lines', async () => {
    const list = '* **\\[2025.03\\]** Award.\n* **\\[2024.12\\]** Two papers.\n* **\\[2024.09\\]** Welcome!';
    expect(await page(note('news/gone'), news)).toContain(`${list}\n\n<!--\nTODO: add the photo\n-->`);
    const hidden = news.map((item) => (item.stem === 'b' ? { ...item, hidden: true } : item));
    expect(await page(note('news/b'), hidden)).toMatch(/Welcome!\n\n<!--\nTODO: add the photo\n-->\n$/);
  });

  test('a comment edited so that a line of it could start a block: written in its own lines after the list', async () => {
    const written = await page(note('news/b', '<!-- TODO\n- SECRET -->'), news);
    expect(written).toMatch(/Welcome!\n\n<!--\nTODO\n- SECRET\n-->\n$/);
  });

  describe.each(pageEngines)('read by $name', (engine) => {
    test.skipIf(engine.missing)(
      engineTestName(engine, 'the page shows its items and nothing of the comment'),
      async () => {
        for (const comment of ['<!-- TODO: add the photo -->', '<!-- TODO\n- SECRET -->', '<!--TODO\n# SECRET-->']) {
          const rendered = await engine.render(await page(note('news/b', comment), news));
          expect(rendered.visible.map((text) => text.trim())).toEqual([
            'News',
            '[2025.03] Award.',
            '[2024.12] Two papers.',
            '[2024.09] Welcome!',
          ]);
        }
      },
    );
  });
});

describe('a hidden text section in its one-line form, right under the list (hiddenForm, blankBefore: false)', () => {
  const news: News[] = [{ stem: 'a', date: '2025-03', text: 'Award.' }];
  const settings = { sample: { hiddenForm: '<!-- {hidden} -->', blankBefore: false } };

  test('written on the line under the list', async () => {
    const written = await page(settings, news, { sample: '- *2022.02*: Lorem ipsum.' });
    expect(written).toBe(
      '---\ntitle: About\n---\n\n## News\n* **\\[2025.03\\]** Award.\n<!-- - *2022.02*: Lorem ipsum. -->\n',
    );
  });

  test('a text of lines that could start blocks: a comment of its own lines after a blank line', async () => {
    const written = await page(settings, news, { sample: 'One\n- SECRET' });
    expect(written).toBe('---\ntitle: About\n---\n\n## News\n* **\\[2025.03\\]** Award.\n\n<!--\nOne\n- SECRET\n-->\n');
  });

  describe.each(pageEngines)('read by $name', (engine) => {
    test.skipIf(engine.missing)(engineTestName(engine, 'shows nothing of the hidden text'), async () => {
      for (const sample of ['- *2022.02*: SECRET.', 'One\n- SECRET', '> SECRET', 'SECRET -->']) {
        const rendered = await engine.render(await page(settings, news, { sample }));
        expect(rendered.visible.map((text) => text.trim())).toEqual(['News', '[2025.03] Award.']);
      }
    });
  });
});

describe('hiddenRuns: lines, several hidden items in a row one per comment', () => {
  const news: News[] = [
    { stem: 'a', date: '2025-03', text: 'Award.' },
    { stem: 'b', date: '2024-12', text: 'Draft one.', hidden: true },
    { stem: 'c', date: '2024-11', text: 'Draft two.', hidden: true },
  ];

  test('line after line, after a blank line', async () => {
    expect(await page({ hiddenForm: '<!-- {hidden} -->', hiddenRuns: 'lines' }, news)).toBe(
      '---\ntitle: About\n---\n\n## News\n* **\\[2025.03\\]** Award.\n\n<!-- * **\\[2024.12\\]** Draft one. -->\n<!-- * **\\[2024.11\\]** Draft two. -->\n',
    );
  });

  test('one item whose text could start a block: the run shares a comment of its own lines', async () => {
    const unsafe = news.map((item) => (item.stem === 'c' ? { ...item, text: 'Draft\n# two' } : item));
    expect(await page({ hiddenForm: '<!-- {hidden} -->', hiddenRuns: 'lines' }, unsafe)).toContain(
      'Award.\n\n<!--\n* **\\[2024.12\\]** Draft one.\n* **\\[2024.11\\]** Draft\n  # two\n-->',
    );
  });
});
